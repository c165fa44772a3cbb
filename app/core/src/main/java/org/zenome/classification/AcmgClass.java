package org.zenome.classification;

import java.util.Locale;
import java.util.Optional;

/**
 * The five ACMG/AMP 2015 classes. {@link #label()} is the canonical English term, used in machine-readable output
 * (the {@code acmg --batch} lines, exports); {@link #displayName(Locale)} reads the message bundle
 * (Japanese: 病的, 病的の可能性が高い, 意義不明, 良性の可能性が高い, 良性).
 */
public enum AcmgClass {
    PATHOGENIC("Pathogenic", Direction.PATHOGENIC),
    LIKELY_PATHOGENIC("Likely pathogenic", Direction.PATHOGENIC),
    UNCERTAIN_SIGNIFICANCE("Uncertain significance", null),
    LIKELY_BENIGN("Likely benign", Direction.BENIGN),
    BENIGN("Benign", Direction.BENIGN);

    private final String label;
    private final Direction side;

    AcmgClass(String label, Direction side) {
        this.label = label;
        this.side = side;
    }

    /** Canonical English name: Pathogenic, Likely pathogenic, Uncertain significance, Likely benign, Benign. */
    public String label() {
        return label;
    }

    /** The side of the scale this class is on, or empty for uncertain significance. */
    public Optional<Direction> side() {
        return Optional.ofNullable(side);
    }

    public String displayName(Locale locale) {
        return ClassificationText.message(locale, "class." + name());
    }

    /** The class with this canonical English name (case-insensitive) or enum name. */
    public static Optional<AcmgClass> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (AcmgClass c : values()) {
            if (c.label.equalsIgnoreCase(t) || c.name().equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
