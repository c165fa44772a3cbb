package org.zenome.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.Genotype;
import org.zenome.domain.Impact;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;
import org.zenome.domain.TranscriptAnnotation;
import org.zenome.domain.VariantType;
import org.zenome.domain.Zygosity;

/** {@link VariantEvidence#from} reads a stored finding (display transcript, trio genotypes) for the suggester. */
class SuggestionFromFindingTest {

    private static final List<Sample> TRIO = List.of(
            new Sample("ADM1059A2", SampleRole.PROBAND, Sex.MALE, true, 1),
            new Sample("ADM1059A3", SampleRole.MOTHER, Sex.FEMALE, false, 2),
            new Sample("ADM1059A1", SampleRole.FATHER, Sex.MALE, false, 0));

    private static Finding finding(String consequence, Double af, Double revel, Zygosity mother) {
        return new Finding(1L, "17", 41245466, 41245466, "G", "A", ".", 50.0, "PASS", 1, 1, VariantType.SNV, null,
                null, "BRCA1", "ENST00000357654", consequence, Impact.HIGH, "c.1234C>T", "p.Gln412Ter", af,
                "Pathogenic", "criteria_provided,_multiple_submitters,_no_conflicts", 38.0, revel, null, 40,
                List.of(new Genotype("ADM1059A1", "0/0", Zygosity.HOM_REF, 30, 0, 30, 99),
                        new Genotype("ADM1059A2", "0/1", Zygosity.HET, 15, 14, 29, 99),
                        new Genotype("ADM1059A3", mother == Zygosity.HET ? "0/1" : "0/0", mother, 20, 0, 20, 99)));
    }

    private static FindingDetail detail(Finding f, String exon, Map<String, String> fields) {
        TranscriptAnnotation other = new TranscriptAnnotation("VEP", "BRCA1", "ENSG00000012048", "ENST00000493795",
                "protein_coding", "stop_gained", Impact.HIGH, "", "", "23/23", "", false, "", Map.of());
        TranscriptAnnotation display = new TranscriptAnnotation("VEP", "BRCA1", "ENSG00000012048", "ENST00000357654",
                "protein_coding", f.consequence(), Impact.HIGH, f.hgvsC(), f.hgvsP(), exon, "", true,
                "NM_007294.4", fields);
        return new FindingDetail(f, List.of(other, display), new LinkedHashMap<>(), List.of("GT"), Map.of());
    }

    private static VariantEvidence.GeneContext context(boolean parentageConfirmed) {
        return new VariantEvidence.GeneContext(Set.of("brca1", "BRCA2"), InheritanceMode.AUTOSOMAL_DOMINANT,
                "gnomAD v2.1 exomes", parentageConfirmed, null);
    }

    @Test
    void readsTheDisplayTranscriptAndTheTrio() {
        Finding f = finding("stop_gained", null, null, Zygosity.HOM_REF);
        VariantEvidence v = VariantEvidence.from(detail(f, "10/23", Map.of("Protein_position", "412")), TRIO,
                context(true));
        assertThat(v.exon()).isEqualTo("10/23");
        assertThat(v.exonNumber()).contains(10);
        assertThat(v.exonCount()).contains(23);
        assertThat(v.proteinPosition()).isEqualTo(412);
        assertThat(v.proteinLength()).isNull();
        assertThat(v.lofMechanism()).isTrue();
        assertThat(v.proband()).isEqualTo(Zygosity.HET);
        assertThat(v.mother()).isEqualTo(Zygosity.HOM_REF);
        assertThat(v.father()).isEqualTo(Zygosity.HOM_REF);
        assertThat(v.clinvar()).isEqualTo(ClinicalSignificance.PATHOGENIC);
        List<CriterionSuggestion> s = new CriterionSuggester(SuggestionSettings.defaults()).suggest(v);
        assertThat(s).extracting(x -> x.applied().label()).containsExactly("PVS1", "PS2", "PM2_Supporting");
        assertThat(s.get(2).evidence()).isEqualTo("absent from gnomAD v2.1 exomes");
    }

    @Test
    void snpEffProteinLengthAndNmdEscapeAnnotation() {
        Finding f = finding("stop_gained", 0.00001, null, Zygosity.HET);
        VariantEvidence v = VariantEvidence.from(detail(f, "23/23",
                Map.of("AA.pos / AA.length", "1850/1863", "NMD", "NMD_escaping_variant")), TRIO, context(false));
        assertThat(v.proteinPosition()).isEqualTo(1850);
        assertThat(v.proteinLength()).isEqualTo(1863);
        assertThat(v.nmdEscape()).isTrue();
        List<CriterionSuggestion> s = new CriterionSuggester(SuggestionSettings.defaults()).suggest(v);
        assertThat(s).extracting(x -> x.applied().label()).containsExactly("PVS1_Moderate", "PM2_Supporting");
        assertThat(s.get(0).evidence()).contains("removes 0.8% of the protein");
    }

    @Test
    void missenseGetsPp3FromRevelAndNoPvs1() {
        Finding f = finding("missense_variant", 0.0004, 0.95, Zygosity.HET);
        VariantEvidence v = VariantEvidence.from(detail(f, "11/23", Map.of()), TRIO, context(false));
        assertThat(new CriterionSuggester(SuggestionSettings.defaults()).suggest(v))
                .extracting(x -> x.applied().label()).containsExactly("PP3_Strong");
    }
}
