package org.zenome.domain;

import java.util.Locale;

/** VEP / SnpEff putative impact, most severe first. */
public enum Impact {
    HIGH,
    MODERATE,
    LOW,
    MODIFIER;

    /** The four names by their last letter (H, E, W, R: all different), for {@link #parse}. */
    private static final Impact[] BY_LAST_LETTER = new Impact[128];

    static {
        for (Impact i : values()) {
            BY_LAST_LETTER[i.name().charAt(i.name().length() - 1)] = i;
        }
    }

    /** Parses an impact, returning null for blank or unknown text. */
    public static Impact parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        // the four names as VEP and SnpEff write them all take one path (a table look-up and one comparison), so
        // the import's compiled code meets no name it has not seen before
        char last = text.charAt(text.length() - 1);
        Impact candidate = BY_LAST_LETTER[last & 127];
        if (candidate != null && last < 128 && candidate.name().equals(text)) {
            return candidate;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
