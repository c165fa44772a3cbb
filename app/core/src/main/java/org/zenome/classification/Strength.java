package org.zenome.classification;

import java.util.Locale;
import java.util.Optional;

/**
 * Strength of one applied criterion. One enum serves both directions; the direction comes from the criterion, so a
 * strength has a magnitude and {@link AppliedCriterion#points()} gives it its sign.
 *
 * <p>Points follow Tavtigian et al. 2018 (Genet Med 20:1054) and 2020 (Hum Mutat 41:1734): supporting 1, moderate 2,
 * strong 4, very strong 8, negative for benign criteria. {@link #STAND_ALONE} exists only for BA1.
 * Tavtigian 2020 keeps BA1 outside the point scale as stand-alone evidence, as ClinGen SVI does (Ghosh et al. 2018,
 * Hum Mutat 39:1525); Zenome scores it -8 so that BA1 on its own reaches Benign (&le; -7) in the points scheme as it
 * does in the combining rules, and pathogenic points can still pull a contradicted BA1 back towards uncertain.
 *
 * <p>Benign very strong and benign moderate exist since the ClinGen calibrations (e.g. BP4_VeryStrong, BP4_Moderate
 * from Pejaver et al. 2022). Table 5 of Richards 2015 has no such benign levels; see
 * {@link Richards2015Rules} for how they count there.
 */
public enum Strength {
    STAND_ALONE(8, "StandAlone"),
    VERY_STRONG(8, "VeryStrong"),
    STRONG(4, "Strong"),
    MODERATE(2, "Moderate"),
    SUPPORTING(1, "Supporting");

    private final int magnitude;
    private final String suffix;

    Strength(int magnitude, String suffix) {
        this.magnitude = magnitude;
        this.suffix = suffix;
    }

    /** Absolute points of this strength. */
    public int magnitude() {
        return magnitude;
    }

    /** The ClinGen SVI modifier suffix, e.g. {@code Supporting} in {@code PM2_Supporting}. */
    public String suffix() {
        return suffix;
    }


    /**
     * Reads a strength suffix, case-insensitive: {@code VeryStrong}, {@code VStrong}, {@code Very_Strong},
     * {@code Strong}, {@code Moderate}, {@code Supporting}, {@code StandAlone}, {@code Stand_Alone}.
     */
    public static Optional<Strength> parseSuffix(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "verystrong":
            case "very_strong":
            case "vstrong":
                return Optional.of(VERY_STRONG);
            case "strong":
                return Optional.of(STRONG);
            case "moderate":
                return Optional.of(MODERATE);
            case "supporting":
                return Optional.of(SUPPORTING);
            case "standalone":
            case "stand_alone":
                return Optional.of(STAND_ALONE);
            default:
                return Optional.empty();
        }
    }
}
