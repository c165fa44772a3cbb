package org.zenome.domain;

import java.util.Locale;
import java.util.Optional;

/** The role of a sample in its case. */
public enum SampleRole {
    PROBAND,
    MOTHER,
    FATHER,
    SIBLING,
    TUMOUR,
    NORMAL,
    OTHER;

    /** Accepts the enum name in any case and the common synonyms (tumor, affected, index, germline). */
    public static Optional<SampleRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "TUMOR":
                return Optional.of(TUMOUR);
            case "INDEX":
            case "AFFECTED":
            case "CHILD":
                return Optional.of(PROBAND);
            case "GERMLINE":
                return Optional.of(NORMAL);
            case "BROTHER":
            case "SISTER":
                return Optional.of(SIBLING);
            default:
                for (SampleRole r : values()) {
                    if (r.name().equals(t)) {
                        return Optional.of(r);
                    }
                }
                return Optional.empty();
        }
    }
}
