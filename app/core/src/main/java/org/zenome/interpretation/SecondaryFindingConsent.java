package org.zenome.interpretation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The patient's consent recorded on a case: whether they wish to learn of secondary findings (all, none, or only
 * some categories where the hospital distinguishes them), whether the data may be used for research, and who
 * recorded it when. A case without a consent record shows no secondary finding.
 *
 * @param choice      what the patient chose for secondary findings
 * @param categories  the categories consented to when {@code choice} is {@link Choice#BY_CATEGORY} (as the gene
 *                    list names them, e.g. Cancer, Cardiovascular); empty otherwise
 * @param geneListId  the secondary-finding gene list the consent was taken against, e.g. {@code acmg-sf-3.1}
 * @param researchUse the patient agrees to research use of the data
 * @param consentDate the date on the consent form, null when not given
 */
public record SecondaryFindingConsent(Choice choice, Set<String> categories, String geneListId, boolean researchUse,
                                      LocalDate consentDate, String note, String user, Instant at) {

    /** What the patient chose. */
    public enum Choice {
        /** Wishes to learn of all secondary findings. */
        ALL,
        /** Wishes to learn of none. */
        NONE,
        /** Wishes to learn of the listed categories only. */
        BY_CATEGORY
    }

    public SecondaryFindingConsent {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(geneListId, "geneListId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        TreeSet<String> c = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (categories != null) {
            categories.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(c::add);
        }
        if (choice != Choice.BY_CATEGORY) {
            c.clear();
        } else if (c.isEmpty()) {
            throw new IllegalArgumentException("consent by category needs at least one category (or choose none)");
        }
        categories = java.util.Collections.unmodifiableSet(c);
        note = note == null ? "" : note;
    }

    /** Whether findings of a gene in this category may be shown and reported. */
    public boolean allows(String category) {
        switch (choice) {
            case ALL:
                return true;
            case NONE:
                return false;
            default:
                return category != null && categories.contains(category.strip());
        }
    }

    /** {@code ALL}, {@code NONE} or {@code BY_CATEGORY:Cancer,Cardiovascular}; research use appended. */
    public String summary() {
        String sf = choice == Choice.BY_CATEGORY ? "BY_CATEGORY:" + String.join(",", categories) : choice.name();
        return "SF " + sf + " (" + geneListId + "), research " + (researchUse ? "yes" : "no")
                + (consentDate == null ? "" : ", signed " + consentDate);
    }

    static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
