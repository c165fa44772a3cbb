package org.zenome.phenotype;

import java.time.Instant;
import java.util.Objects;

/**
 * One feature of a patient as an HPO term.
 *
 * @param termId     e.g. {@code HP:0001250}
 * @param label      the term's label when it was recorded
 * @param excluded   the patient is known NOT to have it (a negated term)
 * @param onsetId    onset term (under HP:0003674), or null
 * @param onsetLabel its label, or null
 * @param note       free text, empty when none
 * @param addedBy    who recorded it
 * @param addedAt    when
 */
public record CaseFeature(String termId, String label, boolean excluded, String onsetId, String onsetLabel,
                          String note, String addedBy, Instant addedAt) {
    public CaseFeature {
        Objects.requireNonNull(termId, "termId");
        label = label == null ? "" : label;
        note = note == null ? "" : note;
        addedBy = addedBy == null ? "" : addedBy;
    }
}
