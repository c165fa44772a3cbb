package org.zenome.classification;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Thresholds and switches of the {@link CriterionSuggester}. {@link #defaults()} documents each default.
 *
 * @param frequency          default frequency thresholds ({@link FrequencyThresholds#DEFAULT})
 * @param geneFrequency      per-gene frequency thresholds (gene symbol, case-insensitive), e.g. from a ClinGen
 *                           expert panel's specification; genes not listed use {@code frequency}
 * @param pm2Strength        strength PM2 is suggested at: SUPPORTING by default, as the ClinGen SVI recommends
 *                           ("SVI Recommendation for Absence/Rarity (PM2) - Version 1.0", 2020)
 * @param predictor          the one missense predictor chosen in advance for PP3/BP4 (default REVEL)
 * @param fallbackPredictor  used only when the variant has no score from {@code predictor}; null for none
 *                           (default CADD)
 * @param reputableSource    whether PP5/BP6 are suggested from ClinVar; off by default, as the ClinGen SVI recommends
 *                           (Biesecker and Harrison 2018, Genet Med 20:1687)
 * @param reputableMinStars  when on, the ClinVar review status (gold stars, 1 to 4) a record needs to suggest PP5/BP6;
 *                           {@value #DEFAULT_REPUTABLE_MIN_STARS} by default (multiple submitters with no conflicts),
 *                           see docs/adr/suggestion-thresholds.md
 */
public record SuggestionSettings(FrequencyThresholds frequency, Map<String, FrequencyThresholds> geneFrequency,
                                 Strength pm2Strength, CalibratedPredictor predictor,
                                 CalibratedPredictor fallbackPredictor, boolean reputableSource,
                                 int reputableMinStars) {

    /** Review status a ClinVar record needs for PP5/BP6 unless set otherwise: two stars. */
    public static final int DEFAULT_REPUTABLE_MIN_STARS = 2;

    /** With the default review status for PP5/BP6 ({@value #DEFAULT_REPUTABLE_MIN_STARS} stars). */
    public SuggestionSettings(FrequencyThresholds frequency, Map<String, FrequencyThresholds> geneFrequency,
                              Strength pm2Strength, CalibratedPredictor predictor,
                              CalibratedPredictor fallbackPredictor, boolean reputableSource) {
        this(frequency, geneFrequency, pm2Strength, predictor, fallbackPredictor, reputableSource,
                DEFAULT_REPUTABLE_MIN_STARS);
    }

    /** Whether a number of stars can be the minimum for PP5/BP6: 1 to 4 (0 stars has no assertion criteria). */
    public static void checkMinStars(int stars) {
        if (stars < 1 || stars > 4) {
            throw new IllegalArgumentException("the ClinVar review status for PP5/BP6 must be 1 to 4 stars, not "
                    + stars);
        }
    }

    public SuggestionSettings {
        checkMinStars(reputableMinStars);
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(pm2Strength, "pm2Strength");
        Objects.requireNonNull(predictor, "predictor");
        if (fallbackPredictor == predictor) {
            fallbackPredictor = null;
        }
        TreeMap<String, FrequencyThresholds> genes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        genes.putAll(geneFrequency == null ? Map.of() : geneFrequency);
        geneFrequency = java.util.Collections.unmodifiableMap(genes);
        if (pm2Strength == Strength.STAND_ALONE) {
            throw new IllegalArgumentException("PM2 cannot be stand-alone");
        }
    }

    /**
     * BA1 AF &gt; 0.05, BS1 AF &gt; 0.01, PM2 absent or AF &le; 0.0001 (dominant, X-linked, unknown) or &le; 0.0007
     * (recessive) at Supporting; PP3/BP4 from REVEL, else CADD, with the Pejaver 2022 thresholds; PP5/BP6 off.
     */
    public static SuggestionSettings defaults() {
        return new SuggestionSettings(FrequencyThresholds.DEFAULT, Map.of(), Strength.SUPPORTING,
                CalibratedPredictor.REVEL, CalibratedPredictor.CADD, false);
    }

    /** The frequency thresholds for a gene. */
    public FrequencyThresholds frequencyFor(String gene) {
        if (gene == null) {
            return frequency;
        }
        return geneFrequency.getOrDefault(gene.toUpperCase(Locale.ROOT), frequency);
    }

    public SuggestionSettings withGeneFrequency(String gene, FrequencyThresholds thresholds) {
        TreeMap<String, FrequencyThresholds> genes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        genes.putAll(geneFrequency);
        genes.put(gene, thresholds);
        return new SuggestionSettings(frequency, genes, pm2Strength, predictor, fallbackPredictor, reputableSource,
                reputableMinStars);
    }

    public SuggestionSettings withReputableSource(boolean on) {
        return new SuggestionSettings(frequency, geneFrequency, pm2Strength, predictor, fallbackPredictor, on,
                reputableMinStars);
    }

    /** PP5/BP6 on or off, and the ClinVar review status (stars) they need when on. */
    public SuggestionSettings withReputableSource(boolean on, int minStars) {
        return new SuggestionSettings(frequency, geneFrequency, pm2Strength, predictor, fallbackPredictor, on,
                minStars);
    }

    public SuggestionSettings withPm2Strength(Strength strength) {
        return new SuggestionSettings(frequency, geneFrequency, strength, predictor, fallbackPredictor,
                reputableSource, reputableMinStars);
    }

    public SuggestionSettings withPredictors(CalibratedPredictor primary, CalibratedPredictor fallback) {
        return new SuggestionSettings(frequency, geneFrequency, pm2Strength, primary, fallback, reputableSource,
                reputableMinStars);
    }
}
