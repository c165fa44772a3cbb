package org.zenome.classification.somatic;

import java.util.Locale;
import org.zenome.classification.ClassificationText;

/**
 * Oncogenicity classes of Horak et al. 2022: Oncogenic ≥ 10 points, Likely oncogenic 6 to 9, Uncertain significance
 * 0 to 5, Likely benign -1 to -6, Benign ≤ -7.
 */
public enum OncogenicityClass {
    ONCOGENIC("Oncogenic"),
    LIKELY_ONCOGENIC("Likely oncogenic"),
    UNCERTAIN_SIGNIFICANCE("Uncertain significance"),
    LIKELY_BENIGN("Likely benign"),
    BENIGN("Benign");

    private final String label;

    OncogenicityClass(String label) {
        this.label = label;
    }

    /** Canonical English name. */
    public String label() {
        return label;
    }

    public String displayName(Locale locale) {
        return ClassificationText.message(locale, "oncogenicityClass." + name());
    }

    public static OncogenicityClass ofPoints(int points) {
        if (points >= 10) {
            return ONCOGENIC;
        }
        if (points >= 6) {
            return LIKELY_ONCOGENIC;
        }
        if (points >= 0) {
            return UNCERTAIN_SIGNIFICANCE;
        }
        if (points >= -6) {
            return LIKELY_BENIGN;
        }
        return BENIGN;
    }

    @Override
    public String toString() {
        return label;
    }
}
