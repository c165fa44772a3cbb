package org.zenome.classification.somatic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zenome.classification.somatic.OncogenicityCriterion.OM1;
import static org.zenome.classification.somatic.OncogenicityCriterion.OM3;
import static org.zenome.classification.somatic.OncogenicityCriterion.OP1;
import static org.zenome.classification.somatic.OncogenicityCriterion.OP3;
import static org.zenome.classification.somatic.OncogenicityCriterion.OP4;
import static org.zenome.classification.somatic.OncogenicityCriterion.OS1;
import static org.zenome.classification.somatic.OncogenicityCriterion.OS2;
import static org.zenome.classification.somatic.OncogenicityCriterion.OS3;
import static org.zenome.classification.somatic.OncogenicityCriterion.OVS1;
import static org.zenome.classification.somatic.OncogenicityCriterion.SBP1;
import static org.zenome.classification.somatic.OncogenicityCriterion.SBP2;
import static org.zenome.classification.somatic.OncogenicityCriterion.SBS1;
import static org.zenome.classification.somatic.OncogenicityCriterion.SBS2;
import static org.zenome.classification.somatic.OncogenicityCriterion.SBVS1;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SomaticClassificationTest {

    @Test
    void oncogenicityPointsAreThoseOfHorak2022() {
        assertThat(Stream.of(OncogenicityCriterion.values()).mapToInt(OncogenicityCriterion::points))
                .containsExactly(8, 4, 4, 4, 2, 2, 2, 2, 1, 1, 1, 1, -8, -4, -4, -1, -1);
    }

    @Test
    void oncogenicityClassBoundaries() {
        assertThat(Oncogenicity.of(OVS1, OM1).points()).isEqualTo(10);
        assertThat(Oncogenicity.of(OVS1, OM1).classification()).isEqualTo(OncogenicityClass.ONCOGENIC);
        assertThat(Oncogenicity.of(OVS1, OP1).classification()).isEqualTo(OncogenicityClass.LIKELY_ONCOGENIC);
        assertThat(Oncogenicity.of(OS1, OM1).classification()).isEqualTo(OncogenicityClass.LIKELY_ONCOGENIC);
        assertThat(Oncogenicity.of(OS2, OP1).classification()).isEqualTo(OncogenicityClass.UNCERTAIN_SIGNIFICANCE);
        assertThat(Oncogenicity.of().classification()).isEqualTo(OncogenicityClass.UNCERTAIN_SIGNIFICANCE);
        assertThat(Oncogenicity.of(SBP1).classification()).isEqualTo(OncogenicityClass.LIKELY_BENIGN);
        assertThat(Oncogenicity.of(SBS2, SBP1, SBP2).points()).isEqualTo(-6);
        assertThat(Oncogenicity.of(SBS2, SBP1, SBP2).classification()).isEqualTo(OncogenicityClass.LIKELY_BENIGN);
        assertThat(Oncogenicity.of(SBS1, SBS2).classification()).isEqualTo(OncogenicityClass.BENIGN);
        assertThat(Oncogenicity.of(SBVS1).classification()).isEqualTo(OncogenicityClass.BENIGN);
        for (int p = -12; p <= 14; p++) {
            OncogenicityClass expected = p >= 10 ? OncogenicityClass.ONCOGENIC
                    : p >= 6 ? OncogenicityClass.LIKELY_ONCOGENIC
                    : p >= 0 ? OncogenicityClass.UNCERTAIN_SIGNIFICANCE
                    : p >= -6 ? OncogenicityClass.LIKELY_BENIGN : OncogenicityClass.BENIGN;
            assertThat(OncogenicityClass.ofPoints(p)).as("%d points", p).isEqualTo(expected);
        }
        assertThat(OncogenicityClass.LIKELY_ONCOGENIC.displayName(Locale.JAPANESE)).isEqualTo("オンコジェニックの可能性が高い");
    }

    @Test
    void levelsOfOneEvidenceAreExclusiveAndCriteriaCountOnce() {
        assertThatThrownBy(() -> Oncogenicity.of(OS3, OM3)).hasMessageContaining("OS3 and OM3");
        assertThatThrownBy(() -> Oncogenicity.of(OM3, OP3)).hasMessageContaining("apply only one");
        assertThatThrownBy(() -> Oncogenicity.of(OP4, SBS1)).hasMessageContaining("OP4 and SBS1");
        assertThatThrownBy(() -> Oncogenicity.of(SBVS1, SBS1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Oncogenicity.of(OS1, OS1)).hasMessage("OS1 is given twice");
        assertThat(Oncogenicity.of(OP1, OVS1, OS3).criteria()).containsExactly(OVS1, OS3, OP1);
    }

    @Test
    void ampTiers() {
        assertThat(Stream.of(AmpTier.values()).map(AmpTier::code)).containsExactly("I-A", "I-B", "II-C", "II-D",
                "III", "IV");
        assertThat(AmpTier.parse("Tier I, level A")).contains(AmpTier.TIER_I_A);
        assertThat(AmpTier.parse("iic")).contains(AmpTier.TIER_II_C);
        assertThat(AmpTier.parse("tier iv")).contains(AmpTier.TIER_IV);
        assertThat(AmpTier.parse("II-A")).isEmpty();
        assertThat(AmpTier.TIER_III.level()).isEmpty();
        assertThat(AmpTier.TIER_II_D.level()).contains("D");
        assertThat(AmpTier.TIER_I_B.displayName(Locale.JAPANESE)).startsWith("Tier I レベルB");
    }

    @Test
    void japaneseEvidenceLevelsWithBilingualDescriptions() {
        assertThat(Stream.of(JapaneseEvidenceLevel.values()).map(Enum::name)).containsExactly("A", "B", "C", "D",
                "E", "F", "R");
        assertThat(JapaneseEvidenceLevel.R.resistance()).isTrue();
        assertThat(JapaneseEvidenceLevel.R.description(Locale.ENGLISH)).isEqualTo("Evidence of resistance to a drug");
        assertThat(JapaneseEvidenceLevel.E.description(Locale.JAPANESE)).contains("前臨床試験");
        assertThat(JapaneseEvidenceLevel.parse(" c ")).contains(JapaneseEvidenceLevel.C);
        assertThat(JapaneseEvidenceLevel.parse("G")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jRCT2031210001", "jRCTs031180001", "jRCTa030190093", "JRCT2031210001", "NCT01234567",
        "nct04588480", "UMIN000012345", " NCT01234567 "})
    void validTrialIdentifiers(String id) {
        ClinicalTrial t = ClinicalTrial.of(id);
        assertThat(t.identifier()).isEqualTo(id.strip().replaceFirst("(?i)^jrct", "jRCT")
                .replaceFirst("(?i)^nct", "NCT").replaceFirst("(?i)^umin", "UMIN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jRCT203121000", "jRCT20312100011", "jRCTS031180001", "jRCTs03118000", "NCT1234567",
        "NCT012345678", "UMIN00001234", "UMIN0000123456", "EudraCT 2019-001234-22", "", "jRCT", "NCT0123456X"})
    void invalidTrialIdentifiers(String id) {
        assertThatThrownBy(() -> ClinicalTrial.of(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a jRCT, NCT or UMIN trial identifier");
    }

    @Test
    void trialRegistries() {
        assertThat(ClinicalTrial.of("jRCTs031180001").registry()).isEqualTo(TrialRegistry.JRCT);
        assertThat(ClinicalTrial.of("NCT04588480").registry()).isEqualTo(TrialRegistry.NCT);
        assertThat(ClinicalTrial.of("UMIN000012345").registry()).isEqualTo(TrialRegistry.UMIN);
    }

    @Test
    void therapies() {
        Therapy approved = new Therapy(" osimertinib ", JapanApprovalStatus.APPROVED_SAME_CANCER,
                JapaneseEvidenceLevel.A, "PMID:29151359", null);
        assertThat(approved.drug()).isEqualTo("osimertinib");
        assertThat(approved.trials()).isEmpty();
        Therapy trial = new Therapy("investigational KRAS G12D inhibitor", JapanApprovalStatus.CLINICAL_TRIAL,
                JapaneseEvidenceLevel.D, "", List.of(ClinicalTrial.of("jRCT2031210001")));
        assertThat(trial.trials()).extracting(ClinicalTrial::identifier).containsExactly("jRCT2031210001");
        assertThatThrownBy(() -> new Therapy("drug X", JapanApprovalStatus.CLINICAL_TRIAL, JapaneseEvidenceLevel.C,
                "", List.of())).hasMessageContaining("names no trial");
        assertThatThrownBy(() -> new Therapy(" ", JapanApprovalStatus.OFF_LABEL, JapaneseEvidenceLevel.C, "", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JapanApprovalStatus.PATIENT_PROPOSED.displayName(Locale.JAPANESE)).isEqualTo("患者申出療養");
    }
}
