package org.zenome.classification.somatic;

import java.util.Locale;
import java.util.Optional;
import org.zenome.classification.ClassificationText;

/**
 * Evidence levels of the joint JSMO / JSCO / JCA guidance on cancer genomic profiling (次世代シークエンサー等を用いた
 * 遺伝子パネル検査に基づくがん診療ガイダンス), as C-CAT reports them. Haematological malignancies use the Japanese
 * Society of Hematology's own levels, which this enum does not cover.
 */
public enum JapaneseEvidenceLevel {
    A, B, C, D, E, F, R;

    public String description(Locale locale) {
        return ClassificationText.message(locale, "evidence." + name());
    }

    /** True for R, resistance. */
    public boolean resistance() {
        return this == R;
    }

    public static Optional<JapaneseEvidenceLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (JapaneseEvidenceLevel l : values()) {
            if (l.name().equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
