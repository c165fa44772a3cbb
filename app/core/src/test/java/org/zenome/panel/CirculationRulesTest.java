package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.domain.DiseaseArea;

/** The circulation rules data file: the shipped default, a hospital's file, and clear messages for bad files. */
class CirculationRulesTest {
    @TempDir
    Path dir;

    @Test
    void theShippedRulesCoverBothDiseaseAreas() {
        CirculationRules r = CirculationRules.builtIn();
        assertThat(r.version()).isEqualTo("zenome-circulation-2026.1");
        CirculationRules.Rule cancer = r.rule(DiseaseArea.CANCER).orElseThrow();
        assertThat(cancer.id()).isEqualTo("cancer-circulation");
        assertThat(cancer.requirements()).extracting(CirculationRules.Requirement::condition).containsExactly(
                CirculationRules.Condition.NO_PRESUMED_GERMLINE, CirculationRules.Condition.NO_SECONDARY_FINDING,
                CirculationRules.Condition.NO_CLASSIFICATION_DISAGREEMENT, CirculationRules.Condition.QC_ACKNOWLEDGED,
                CirculationRules.Condition.TREATING_PHYSICIAN_INFORMATION,
                CirculationRules.Condition.ESTABLISHED_EVIDENCE_ONLY);
        assertThat(cancer.requirements().get(5).levels()).isEqualTo(Set.of(JapaneseEvidenceLevel.A,
                JapaneseEvidenceLevel.B));
        assertThat(cancer.requirements().get(3).requireQc()).isTrue();
        assertThat(r.rule(DiseaseArea.RARE_DISEASE).orElseThrow().requirements())
                .extracting(CirculationRules.Requirement::condition)
                .contains(CirculationRules.Condition.PHENOTYPE_RECORDED)
                .doesNotContain(CirculationRules.Condition.ESTABLISHED_EVIDENCE_ONLY);
    }

    @Test
    void aHospitalFileBesideTheDatabaseReplacesTheShippedRules() throws Exception {
        Path db = dir.resolve("zenome.db");
        assertThat(CirculationRules.forDatabase(db).version()).isEqualTo("zenome-circulation-2026.1");
        Files.writeString(dir.resolve("circulation-rules.json"), "{\"version\": \"kita-2027.1\", \"rules\": [{\"id\": "
                + "\"kita-cancer\", \"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"qc-acknowledged\", "
                + "\"requireQc\": false}, {\"condition\": \"established-evidence-only\", \"levels\": [\"A\", \"B\", "
                + "\"R\"]}]}]}");
        CirculationRules r = CirculationRules.forDatabase(db);
        assertThat(r.version()).isEqualTo("kita-2027.1");
        assertThat(r.rule(DiseaseArea.CANCER).orElseThrow().requirements().get(0).requireQc()).isFalse();
        assertThat(r.rule(DiseaseArea.CANCER).orElseThrow().requirements().get(1).levels())
                .contains(JapaneseEvidenceLevel.R);
        assertThat(r.rule(DiseaseArea.RARE_DISEASE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"version\": \"x\", \"rules\": [ |not valid JSON",
        "{\"rules\": []}|missing text field \"version\"",
        "{\"version\": \"x\"}|missing \"rules\" array",
        "{\"version\": \"x\", \"rules\": [{\"diseaseArea\": \"cancer\", \"conditions\": []}]}|rule 1: missing text field \"id\"",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"heart\", \"conditions\": []}]}|rule 'a': unknown disease area 'heart' (cancer, rare-disease)",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\"}]}|rule 'a' has no \"conditions\" array",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"no-vus\"}]}]}|rule 'a': unknown condition 'no-vus' (no-presumed-germline, no-secondary-finding, no-classification-disagreement, qc-acknowledged, treating-physician-information, established-evidence-only, phenotype-recorded)",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"established-evidence-only\"}]}]}|rule 'a': condition 'established-evidence-only' needs a \"levels\" array",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"established-evidence-only\", \"levels\": [\"A\", \"X\"]}]}]}|rule 'a': evidence level 'X' is not one of A-F or R",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"qc-acknowledged\", \"requireQC\": false}]}]}|rule 'a': condition 'qc-acknowledged' has no setting \"requireQC\"",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"qc-acknowledged\", \"requireQc\": \"yes\"}]}]}|rule 'a': \"requireQc\" must be true or false",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"qc-acknowledged\"}, {\"condition\": \"qc-acknowledged\"}]}]}|rule 'a': condition 'qc-acknowledged' twice",
        "{\"version\": \"x\", \"rules\": [{\"id\": \"a\", \"diseaseArea\": \"cancer\", \"conditions\": []}, {\"id\": \"b\", \"diseaseArea\": \"cancer\", \"conditions\": []}]}|two rules for disease area cancer",
    })
    void aBadRulesFileIsRefusedNamingTheFileAndTheProblem(String json, String problem) throws Exception {
        Path f = dir.resolve("circulation-rules.json");
        Files.writeString(f, json);
        assertThatThrownBy(() -> CirculationRules.load(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(f + ": " + problem);
        assertThatThrownBy(() -> CirculationRules.forDatabase(dir.resolve("zenome.db")))
                .hasMessageStartingWith(f + ": ");
    }
}
