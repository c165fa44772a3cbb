package org.zenome.classification.somatic;

import java.util.Optional;
import java.util.regex.Pattern;

/** Clinical trial registries whose identifiers Zenome accepts. */
public enum TrialRegistry {
    /**
     * Japan Registry of Clinical Trials: {@code jRCT} and 10 digits for clinical trials under the PMD Act (e.g.
     * {@code jRCT2031210001}), or {@code jRCT}, one lower-case letter and 9 digits for studies under the Clinical
     * Trials Act and related categories (e.g. {@code jRCTs031180001}).
     */
    JRCT("jRCT", Pattern.compile("jRCT([0-9]{10}|[a-z][0-9]{9})")),
    /** ClinicalTrials.gov: {@code NCT} and 8 digits. */
    NCT("NCT", Pattern.compile("NCT[0-9]{8}")),
    /** UMIN Clinical Trials Registry: {@code UMIN} and 9 digits. */
    UMIN("UMIN", Pattern.compile("UMIN[0-9]{9}"));

    private final String prefix;
    private final Pattern pattern;

    TrialRegistry(String prefix, Pattern pattern) {
        this.prefix = prefix;
        this.pattern = pattern;
    }

    public String prefix() {
        return prefix;
    }

    /** Whether the identifier (in canonical form) belongs to this registry. */
    public boolean matches(String identifier) {
        return identifier != null && pattern.matcher(identifier).matches();
    }

    /**
     * The canonical identifier: surrounding space removed and the registry prefix in its registered case
     * ({@code nct01234567} becomes {@code NCT01234567}, {@code JRCTs031180001} becomes {@code jRCTs031180001}).
     */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (TrialRegistry r : values()) {
            if (t.length() > r.prefix.length() && t.regionMatches(true, 0, r.prefix, 0, r.prefix.length())) {
                String id = r.prefix + t.substring(r.prefix.length());
                return r.matches(id) ? Optional.of(id) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The registry of a canonical identifier. */
    public static Optional<TrialRegistry> of(String identifier) {
        for (TrialRegistry r : values()) {
            if (r.matches(identifier)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static String expected() {
        return "jRCT and 10 digits (jRCT2031210001), jRCT, a letter and 9 digits (jRCTs031180001),"
                + " NCT and 8 digits, or UMIN and 9 digits";
    }
}
