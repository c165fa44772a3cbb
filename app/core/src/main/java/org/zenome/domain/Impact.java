package org.zenome.domain;

import java.util.Locale;

/** VEP / SnpEff putative impact, most severe first. */
public enum Impact {
    HIGH,
    MODERATE,
    LOW,
    MODIFIER;

    /** Parses an impact, returning null for blank or unknown text. */
    public static Impact parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        switch (text) {
            case "HIGH":
                return HIGH;
            case "MODERATE":
                return MODERATE;
            case "LOW":
                return LOW;
            case "MODIFIER":
                return MODIFIER;
            default:
                try {
                    return valueOf(text.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }
}
