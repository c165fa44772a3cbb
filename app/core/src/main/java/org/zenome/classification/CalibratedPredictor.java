package org.zenome.classification;

import java.util.Optional;

/**
 * Score thresholds of missense predictors calibrated by Pejaver et al. 2022 (Calibration of computational tools for
 * missense variant pathogenicity classification and ClinGen recommendations for PP3/BP4 criteria, Am J Hum Genet
 * 109:2163-2177, doi:10.1016/j.ajhg.2022.10.013, Table 2):
 * <pre>
 *          BP4 very strong  BP4 strong      BP4 moderate     BP4 supporting   PP3 supporting   PP3 moderate    PP3 strong
 * REVEL    ≤ 0.003          (0.003, 0.016]  (0.016, 0.183]   (0.183, 0.290]   [0.644, 0.773)   [0.773, 0.932)  ≥ 0.932
 * CADD     -                ≤ 0.15          (0.15, 17.3]     (17.3, 22.7]     [25.3, 28.1)     ≥ 28.1          -
 * </pre>
 * "-": the tool did not reach that strength. Scores between the BP4 supporting and PP3 supporting thresholds give
 * no evidence. CADD is the PHRED-scaled score (the paper took its scores from dbNSFP, CADD v1.6). The calibration is
 * for missense variants only. The paper recommends choosing one tool in advance for all variants, not the most
 * favourable of several, and capping PP3 combined with PM1 at strong; Zenome uses one primary tool per settings.
 */
public enum CalibratedPredictor {
    REVEL("REVEL", new double[] {0.644, 0.773, 0.932, Double.NaN}, new double[] {0.290, 0.183, 0.016, 0.003}),
    CADD("CADD", new double[] {25.3, 28.1, Double.NaN, Double.NaN}, new double[] {22.7, 17.3, 0.15, Double.NaN});

    private static final Strength[] LEVELS = {Strength.SUPPORTING, Strength.MODERATE, Strength.STRONG,
        Strength.VERY_STRONG};

    private final String displayName;
    /** PP3 thresholds (score ≥ t) for supporting, moderate, strong, very strong; NaN where not reached. */
    private final double[] pp3AtLeast;
    /** BP4 thresholds (score ≤ t) for supporting, moderate, strong, very strong; NaN where not reached. */
    private final double[] bp4AtMost;

    CalibratedPredictor(String displayName, double[] pp3AtLeast, double[] bp4AtMost) {
        this.displayName = displayName;
        this.pp3AtLeast = pp3AtLeast;
        this.bp4AtMost = bp4AtMost;
    }

    public String displayName() {
        return displayName;
    }

    /** The PP3 threshold for a strength, if the tool reaches it. */
    public Optional<Double> pp3Threshold(Strength strength) {
        return threshold(pp3AtLeast, strength);
    }

    /** The BP4 threshold for a strength, if the tool reaches it. */
    public Optional<Double> bp4Threshold(Strength strength) {
        return threshold(bp4AtMost, strength);
    }

    private static Optional<Double> threshold(double[] values, Strength strength) {
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i] == strength) {
                return Double.isNaN(values[i]) ? Optional.empty() : Optional.of(values[i]);
            }
        }
        return Optional.empty();
    }

    /** PP3 or BP4 at the strongest strength the score reaches, or empty for a score in the indeterminate range. */
    public Optional<AppliedCriterion> criterionFor(double score) {
        if (Double.isNaN(score)) {
            return Optional.empty();
        }
        for (int i = LEVELS.length - 1; i >= 0; i--) {
            if (!Double.isNaN(pp3AtLeast[i]) && score >= pp3AtLeast[i]) {
                return Optional.of(new AppliedCriterion(AcmgCriterion.PP3, LEVELS[i]));
            }
        }
        for (int i = LEVELS.length - 1; i >= 0; i--) {
            if (!Double.isNaN(bp4AtMost[i]) && score <= bp4AtMost[i]) {
                return Optional.of(new AppliedCriterion(AcmgCriterion.BP4, LEVELS[i]));
            }
        }
        return Optional.empty();
    }
}
