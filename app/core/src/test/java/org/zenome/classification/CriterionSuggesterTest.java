package org.zenome.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Zygosity;

class CriterionSuggesterTest {
    private final CriterionSuggester suggester = new CriterionSuggester(SuggestionSettings.defaults());

    /** A variant with nothing that suggests anything; tests change what they look at. */
    private static Builder variant() {
        return new Builder();
    }

    static final class Builder {
        String gene = "GENE1";
        Set<String> consequences = Set.of("intron_variant");
        String exon;
        Boolean nmdEscape;
        Integer proteinPosition;
        Integer proteinLength;
        String source;
        Double af;
        Double revel;
        Double cadd;
        Zygosity proband;
        Zygosity mother;
        Zygosity father;
        boolean parentage;
        Boolean inTrans;
        boolean lof;
        InheritanceMode inheritance = InheritanceMode.AUTOSOMAL_DOMINANT;
        ClinicalSignificance clinvar = ClinicalSignificance.NONE;
        ClinVarAssertion clinvarRecord;

        Builder consequence(String... terms) {
            consequences = Set.of(terms);
            return this;
        }

        Builder frequency(String src, Double value) {
            source = src;
            af = value;
            return this;
        }

        VariantEvidence build() {
            return new VariantEvidence(gene, consequences, exon, nmdEscape, proteinPosition, proteinLength, source,
                    af, revel, cadd, proband, mother, father, parentage, inTrans, lof, inheritance, clinvar,
                    clinvarRecord);
        }
    }

    private static String label(Optional<CriterionSuggestion> s) {
        return s.map(x -> x.applied().label()).orElse("none");
    }

    @Nested
    class Predictors {
        @ParameterizedTest(name = "REVEL {0} -> {1}")
        @CsvSource({
            "1.0, PP3_Strong", "0.932, PP3_Strong", "0.9319, PP3_Moderate", "0.773, PP3_Moderate",
            "0.7729, PP3", "0.644, PP3", "0.6439, none", "0.5, none", "0.2901, none", "0.290, BP4",
            "0.1831, BP4", "0.183, BP4_Moderate", "0.0161, BP4_Moderate", "0.016, BP4_Strong",
            "0.0031, BP4_Strong", "0.003, BP4_VeryStrong", "0.0, BP4_VeryStrong"})
        void revelAtThePejaverBoundaries(double score, String expected) {
            Builder v = variant().consequence("missense_variant");
            v.revel = score;
            assertThat(label(suggester.predictor(v.build()))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "CADD {0} -> {1}")
        @CsvSource({
            "45, PP3_Moderate", "28.1, PP3_Moderate", "28.09, PP3", "25.3, PP3", "25.29, none", "23, none",
            "22.71, none", "22.7, BP4", "17.31, BP4", "17.3, BP4_Moderate", "0.151, BP4_Moderate", "0.15, BP4_Strong",
            "0.0, BP4_Strong"})
        void caddAtThePejaverBoundaries(double score, String expected) {
            Builder v = variant().consequence("missense_variant");
            v.cadd = score;
            assertThat(label(suggester.predictor(v.build()))).isEqualTo(expected);
        }

        @Test
        void revelIsUsedWhenPresentCaddOnlyAsFallback() {
            Builder v = variant().consequence("missense_variant");
            v.revel = 0.5;
            v.cadd = 30.0;
            assertThat(suggester.predictor(v.build())).isEmpty();
            v.revel = null;
            CriterionSuggestion s = suggester.predictor(v.build()).orElseThrow();
            assertThat(s.applied().label()).isEqualTo("PP3_Moderate");
            assertThat(s.evidence()).isEqualTo("CADD 30 \u2265 28.1: PP3_Moderate (Pejaver et al. 2022)");
            CriterionSuggester noFallback = new CriterionSuggester(SuggestionSettings.defaults()
                    .withPredictors(CalibratedPredictor.REVEL, null));
            assertThat(noFallback.predictor(v.build())).isEmpty();
        }

        @Test
        void onlyForMissenseVariants() {
            Builder v = variant().consequence("synonymous_variant");
            v.revel = 0.99;
            assertThat(suggester.predictor(v.build())).isEmpty();
            v.consequences = Set.of("missense_variant&splice_region_variant");
            CriterionSuggestion s = suggester.predictor(v.build()).orElseThrow();
            assertThat(s.evidence()).isEqualTo("REVEL 0.99 \u2265 0.932: PP3_Strong (Pejaver et al. 2022)");
            assertThat(s.evidence(Locale.JAPANESE)).isEqualTo("REVEL 0.99 \u2265 0.932: PP3_Strong（Pejaver ら 2022）");
        }

        @Test
        void thresholdsAreThoseOfTable2() {
            assertThat(CalibratedPredictor.REVEL.pp3Threshold(Strength.STRONG)).contains(0.932);
            assertThat(CalibratedPredictor.REVEL.bp4Threshold(Strength.VERY_STRONG)).contains(0.003);
            assertThat(CalibratedPredictor.CADD.pp3Threshold(Strength.STRONG)).isEmpty();
            assertThat(CalibratedPredictor.CADD.bp4Threshold(Strength.VERY_STRONG)).isEmpty();
            assertThat(CalibratedPredictor.CADD.bp4Threshold(Strength.STRONG)).contains(0.15);
        }
    }

    @Nested
    class Frequency {
        @ParameterizedTest(name = "AF {0} ({1}) -> {2}")
        @CsvSource({
            "0.5, AUTOSOMAL_DOMINANT, BA1", "0.0501, AUTOSOMAL_DOMINANT, BA1", "0.05, AUTOSOMAL_DOMINANT, BS1",
            "0.0101, UNKNOWN, BS1", "0.01, UNKNOWN, none", "0.001, AUTOSOMAL_RECESSIVE, none",
            "0.0007, AUTOSOMAL_RECESSIVE, PM2_Supporting", "0.00071, AUTOSOMAL_RECESSIVE, none",
            "0.0007, AUTOSOMAL_DOMINANT, none", "0.0001, AUTOSOMAL_DOMINANT, PM2_Supporting",
            "0.00011, X_LINKED, none", "0.0001, X_LINKED, PM2_Supporting", "0.0001, UNKNOWN, PM2_Supporting",
            "0.0, AUTOSOMAL_DOMINANT, PM2_Supporting"})
        void thresholds(double af, InheritanceMode mode, String expected) {
            Builder v = variant().frequency("gnomAD v4.0", af);
            v.inheritance = mode;
            assertThat(label(suggester.frequency(v.build()))).isEqualTo(expected);
        }

        @Test
        void evidenceTextsCarryTheData() {
            assertThat(suggester.frequency(variant().frequency("gnomAD v4.0", 0.00002).build()).orElseThrow()
                    .evidence()).isEqualTo(
                            "gnomAD v4.0 AF 0.00002 \u2264 0.0001 (dominant, X-linked or unknown inheritance)");
            assertThat(suggester.frequency(variant().frequency("ToMMo 54KJPN", null).build()).orElseThrow()
                    .evidence()).isEqualTo("absent from ToMMo 54KJPN");
            CriterionSuggestion ba1 = suggester.frequency(variant().frequency("gnomAD v4.0", 0.12).build())
                    .orElseThrow();
            assertThat(ba1.applied()).isEqualTo(AppliedCriterion.of(AcmgCriterion.BA1));
            assertThat(ba1.evidence()).startsWith("gnomAD v4.0 AF 0.12 > 0.05");
        }

        @Test
        void noFrequencyAnnotationIsNotAbsence() {
            assertThat(suggester.frequency(variant().frequency(null, null).build())).isEmpty();
        }

        @Test
        void pm2StrengthAndGeneThresholdsAreConfigurable() {
            SuggestionSettings settings = SuggestionSettings.defaults().withPm2Strength(Strength.MODERATE)
                    .withGeneFrequency("MYH7", new FrequencyThresholds(0.001, 0.0002, 0.00004, 0.00004));
            CriterionSuggester custom = new CriterionSuggester(settings);
            Builder v = variant().frequency("gnomAD", 0.0003);
            v.gene = "myh7";
            assertThat(label(custom.frequency(v.build()))).isEqualTo("BS1");
            v.af = 0.00004;
            assertThat(label(custom.frequency(v.build()))).isEqualTo("PM2");
            v.gene = "TTN";
            assertThat(label(custom.frequency(v.build()))).isEqualTo("PM2");
            v.af = 0.0003;
            assertThat(label(custom.frequency(v.build()))).isEqualTo("none");
        }
    }

    @Nested
    class Pvs1 {
        private Builder nullVariant(String consequence, String exon) {
            Builder v = variant().consequence(consequence);
            v.lof = true;
            v.exon = exon;
            return v;
        }

        @Test
        void onlyInGenesWhereLossOfFunctionIsAMechanism() {
            Builder v = nullVariant("stop_gained", "3/10");
            v.lof = false;
            assertThat(suggester.pvs1(v.build())).isEmpty();
        }

        @Test
        void nmdPredictedIsVeryStrong() {
            CriterionSuggestion s = suggester.pvs1(nullVariant("stop_gained", "3/10").build()).orElseThrow();
            assertThat(s.applied().label()).isEqualTo("PVS1");
            assertThat(s.evidence()).startsWith("stop_gained in exon 3/10 of GENE1: nonsense-mediated decay predicted");
            assertThat(label(suggester.pvs1(nullVariant("frameshift_variant", "8/10").build()))).isEqualTo("PVS1");
        }

        @Test
        void lastExonLowersByTheLostFraction() {
            Builder v = nullVariant("stop_gained", "10/10");
            assertThat(label(suggester.pvs1(v.build()))).as("size unknown").isEqualTo("PVS1_Strong");
            v.proteinLength = 1000;
            v.proteinPosition = 800; // removes 201 of 1000 residues
            CriterionSuggestion large = suggester.pvs1(v.build()).orElseThrow();
            assertThat(large.applied().label()).isEqualTo("PVS1_Strong");
            assertThat(large.evidence()).contains("removes 20.1% of the protein (>10%)");
            v.proteinPosition = 900; // removes 101 of 1000: 10.1% > 10%
            assertThat(label(suggester.pvs1(v.build()))).isEqualTo("PVS1_Strong");
            v.proteinPosition = 901; // removes 100 of 1000: exactly 10%, not more
            assertThat(label(suggester.pvs1(v.build()))).isEqualTo("PVS1_Moderate");
            v.proteinPosition = 990;
            assertThat(suggester.pvs1(v.build()).orElseThrow().evidence()).contains("removes 1.1% of the protein");
            assertThat(label(suggester.pvs1(nullVariant("frameshift_variant", "1/1").build())))
                    .as("single-exon gene").isEqualTo("PVS1_Strong");
        }

        @Test
        void annotatedNmdEscapeCountsLikeTheLastExon() {
            Builder v = nullVariant("stop_gained", "4/10");
            v.nmdEscape = true;
            v.proteinPosition = 950;
            v.proteinLength = 1000;
            assertThat(label(suggester.pvs1(v.build()))).isEqualTo("PVS1_Moderate");
            v.nmdEscape = false;
            v.exon = "9/10";
            assertThat(label(suggester.pvs1(v.build()))).as("annotated NMD in the penultimate exon")
                    .isEqualTo("PVS1");
        }

        @Test
        void penultimateExonOrUnknownExonIsStrongBecauseNmdCannotBeTold() {
            assertThat(label(suggester.pvs1(nullVariant("stop_gained", "9/10").build()))).isEqualTo("PVS1_Strong");
            assertThat(label(suggester.pvs1(nullVariant("stop_gained", null).build()))).isEqualTo("PVS1_Strong");
            assertThat(label(suggester.pvs1(nullVariant("stop_gained", "8/10").build()))).isEqualTo("PVS1");
        }

        @Test
        void spliceStartAndAblation() {
            assertThat(label(suggester.pvs1(nullVariant("splice_donor_variant", null).build())))
                    .isEqualTo("PVS1_Strong");
            assertThat(label(suggester.pvs1(nullVariant("splice_acceptor_variant", null).build())))
                    .isEqualTo("PVS1_Strong");
            assertThat(label(suggester.pvs1(nullVariant("start_lost", "1/10").build()))).isEqualTo("PVS1_Moderate");
            assertThat(label(suggester.pvs1(nullVariant("transcript_ablation", null).build()))).isEqualTo("PVS1");
            assertThat(suggester.pvs1(nullVariant("missense_variant", "3/10").build())).isEmpty();
        }
    }

    @Nested
    class TrioAndPhase {
        @Test
        void deNovoWithConfirmedParentageIsPs2OtherwisePm6() {
            Builder v = variant();
            v.proband = Zygosity.HET;
            v.mother = Zygosity.HOM_REF;
            v.father = Zygosity.HOM_REF;
            assertThat(label(suggester.deNovo(v.build()))).isEqualTo("PM6");
            v.parentage = true;
            CriterionSuggestion ps2 = suggester.deNovo(v.build()).orElseThrow();
            assertThat(ps2.applied().label()).isEqualTo("PS2");
            assertThat(ps2.evidence()).isEqualTo(
                    "proband HET, mother and father homozygous reference; maternity and paternity confirmed");
            v.father = Zygosity.HET;
            assertThat(suggester.deNovo(v.build())).as("inherited").isEmpty();
            v.father = null;
            assertThat(suggester.deNovo(v.build())).as("father not sequenced").isEmpty();
            v.father = Zygosity.MISSING;
            assertThat(suggester.deNovo(v.build())).as("no call in the father").isEmpty();
        }

        @Test
        void pm3OnlyForRecessiveDisordersInTrans() {
            Builder v = variant();
            v.inTrans = true;
            v.inheritance = InheritanceMode.AUTOSOMAL_RECESSIVE;
            assertThat(label(suggester.pm3(v.build()))).isEqualTo("PM3");
            v.inTrans = false;
            assertThat(suggester.pm3(v.build())).as("in cis").isEmpty();
            v.inTrans = null;
            assertThat(suggester.pm3(v.build())).as("phase unknown").isEmpty();
            v.inTrans = true;
            v.inheritance = InheritanceMode.AUTOSOMAL_DOMINANT;
            assertThat(suggester.pm3(v.build())).isEmpty();
        }
    }

    @Test
    void pp5AndBp6AreOffByDefault() {
        Builder v = variant();
        v.clinvarRecord = new ClinVarAssertion(ClinicalSignificance.PATHOGENIC, 3, "reviewed by expert panel",
                "12345", "ClinVar 20260226");
        assertThat(suggester.settings().reputableSource()).isFalse();
        assertThat(suggester.suggest(v.build())).isEmpty();
        CriterionSuggester on = new CriterionSuggester(SuggestionSettings.defaults().withReputableSource(true));
        assertThat(on.settings().reputableMinStars()).isEqualTo(2);
        CriterionSuggestion pp5 = on.reputableSource(v.build()).orElseThrow();
        assertThat(pp5.applied().label()).isEqualTo("PP5");
        assertThat(pp5.evidence()).isEqualTo("ClinVar Pathogenic, 3 stars (reviewed by expert panel), variation 12345"
                + " in ClinVar 20260226: suggested because PP5/BP6 from ClinVar are switched on in the suggestion"
                + " settings for records of at least 2 stars (the ClinGen SVI advises against PP5)");
        assertThat(on.suggest(v.build())).extracting(CriterionSuggestion::criterion).containsExactly(AcmgCriterion.PP5);
        v.clinvarRecord = new ClinVarAssertion(ClinicalSignificance.LIKELY_BENIGN, 2,
                "criteria provided, multiple submitters, no conflicts", "99", "ClinVar");
        assertThat(label(on.reputableSource(v.build()))).isEqualTo("BP6");
        v.clinvarRecord = new ClinVarAssertion(ClinicalSignificance.CONFLICTING, 1,
                "criteria provided, conflicting classifications", "7", "ClinVar");
        assertThat(on.reputableSource(v.build())).isEmpty();
    }

    @ParameterizedTest(name = "{0} stars, at least {1} -> {2}")
    @CsvSource({"0, 1, none", "1, 1, PP5", "1, 2, none", "2, 2, PP5", "3, 2, PP5", "3, 4, none", "4, 4, PP5"})
    void pp5NeedsTheReviewStatusTheSettingAsksFor(int stars, int min, String expected) {
        Builder v = variant();
        v.clinvarRecord = new ClinVarAssertion(ClinicalSignificance.LIKELY_PATHOGENIC, stars, "x", "1", "ClinVar");
        CriterionSuggester on = new CriterionSuggester(SuggestionSettings.defaults().withReputableSource(true, min));
        assertThat(label(on.reputableSource(v.build()))).isEqualTo(expected);
    }

    @Test
    void aSignificanceWithoutAReviewStatusNeverSuggestsPp5() {
        Builder v = variant();
        v.clinvar = ClinicalSignificance.PATHOGENIC; // e.g. the imported VCF's own CLNSIG: no stars to judge
        CriterionSuggester on = new CriterionSuggester(SuggestionSettings.defaults().withReputableSource(true, 1));
        assertThat(on.reputableSource(v.build())).isEmpty();
        assertThatThrownBy(() -> SuggestionSettings.defaults().withReputableSource(true, 0))
                .hasMessageContaining("1 to 4 stars");
        assertThatThrownBy(() -> SuggestionSettings.defaults().withReputableSource(true, 5))
                .hasMessageContaining("1 to 4 stars");
    }

    @Test
    void allSuggestionsOfATypicalDeNovoNonsenseVariantInGuidelineOrder() {
        Builder v = variant().consequence("stop_gained").frequency("gnomAD v4.0", null);
        v.lof = true;
        v.exon = "5/12";
        v.proband = Zygosity.HET;
        v.mother = Zygosity.HOM_REF;
        v.father = Zygosity.HOM_REF;
        v.parentage = true;
        List<CriterionSuggestion> all = suggester.suggest(v.build());
        assertThat(all).extracting(s -> s.applied().label()).containsExactly("PVS1", "PS2", "PM2_Supporting");
        // suggestions never count until accepted; accepted they give Pathogenic (i)(a)
        Instant t = Instant.parse("2025-02-01T10:00:00Z");
        List<CriterionCall> calls = List.of(all.get(0).accept(Strength.VERY_STRONG, "", "dr.ito", t),
                all.get(1).accept(Strength.STRONG, "trio kinship OK", "dr.ito", t), all.get(2).asSuggestedCall(t));
        AcmgEvaluation e = AcmgClassifier.standard().evaluate(calls);
        assertThat(e.counted()).extracting(AppliedCriterion::label).containsExactly("PVS1", "PS2");
        assertThat(e.rulesClass()).isEqualTo(AcmgClass.PATHOGENIC);
        assertThat(calls.get(1).note()).endsWith("| trio kinship OK");
        assertThat(calls.get(2).user()).isEqualTo(CriterionSuggestion.SUGGESTER);
    }
}
