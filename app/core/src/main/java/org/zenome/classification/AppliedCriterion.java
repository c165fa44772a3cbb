package org.zenome.classification;

import java.util.Objects;

/**
 * A criterion at the strength it is applied with: the unit both combining schemes count. A criterion whose strength
 * differs from its default counts at the new strength (ClinGen SVI, "Recommendations for ACMG/AMP guideline criteria
 * code modifications nomenclature", 2017), written with the modifier suffix, e.g. {@code PM2_Supporting},
 * {@code PVS1_Strong}, {@code PP3_Moderate}.
 */
public record AppliedCriterion(AcmgCriterion criterion, Strength strength) {

    public AppliedCriterion {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(strength, "strength");
        if (strength == Strength.STAND_ALONE && criterion != AcmgCriterion.BA1) {
            throw new IllegalArgumentException(criterion.code() + " cannot be applied as " + strength.suffix()
                    + ": only BA1 is stand-alone evidence");
        }
    }

    /** The criterion at its default strength. */
    public static AppliedCriterion of(AcmgCriterion criterion) {
        return new AppliedCriterion(criterion, criterion.defaultStrength());
    }

    /**
     * Reads {@code CRITERION[_STRENGTH]}, e.g. {@code PM2}, {@code pm2_supporting}, {@code PVS1_VStrong},
     * {@code BA1_Stand_Alone}; the criterion and the suffix are case-insensitive.
     *
     * @throws IllegalArgumentException naming the token when the criterion or the strength is unknown, or the
     *                                  strength is not allowed for the criterion
     */
    public static AppliedCriterion parse(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("empty criterion");
        }
        String t = token.trim();
        int underscore = t.indexOf('_');
        String code = underscore < 0 ? t : t.substring(0, underscore);
        AcmgCriterion criterion = AcmgCriterion.parse(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown criterion '" + t + "' (expected PVS1, PS1-PS4, PM1-PM6, PP1-PP5, BA1, BS1-BS4 or BP1-BP7,"
                        + " optionally with _VeryStrong, _Strong, _Moderate, _Supporting or _StandAlone)"));
        if (underscore < 0) {
            return of(criterion);
        }
        String suffix = t.substring(underscore + 1);
        Strength strength = Strength.parseSuffix(suffix).orElseThrow(() -> new IllegalArgumentException(
                "unknown strength '" + suffix + "' in '" + t
                        + "' (expected VeryStrong, Strong, Moderate, Supporting or StandAlone)"));
        try {
            return new AppliedCriterion(criterion, strength);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + t + "': " + e.getMessage(), e);
        }
    }

    public Direction direction() {
        return criterion.direction();
    }

    /** Signed points: positive for pathogenic, negative for benign. */
    public int points() {
        return criterion.direction().sign() * strength.magnitude();
    }

    /** True when the strength differs from the criterion's default. */
    public boolean modified() {
        return strength != criterion.defaultStrength();
    }

    /** {@code PM2} at the default strength, {@code PM2_Supporting} when modified. */
    public String label() {
        return modified() ? criterion.code() + "_" + strength.suffix() : criterion.code();
    }

    @Override
    public String toString() {
        return label();
    }
}
