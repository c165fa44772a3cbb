package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phenopackets.schema.v2.Phenopacket;
import org.phenopackets.schema.v2.core.PhenotypicFeature;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.PhenotypeFile;
import org.zenome.report.export.PhenopacketExporter;
import org.zenome.store.sqlite.SqliteCaseStore;

/** The case's recorded HPO features (present, excluded, onset) and HPO release go into the Phenopacket export. */
class PhenotypeExportTest {

    @Test
    void phenopacketCarriesTheCasePhenotypeWithOnsetAndTheHpoRelease(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            long pk = store.cases().find(TestCases.RARE).orElseThrow().id();
            store.phenotypes().put(pk, new CaseFeature("HP:0001250", "Seizures", false, "HP:0003593",
                    "Infantile onset", "", "tanaka", Instant.parse("2026-12-01T10:00:00Z")));
            store.phenotypes().put(pk, new CaseFeature("HP:0000365", "Hearing impairment", true, null, null,
                    "normal ABR", "tanaka", Instant.parse("2026-12-01T10:01:00Z")));
            store.phenotypes().recordFiles(pk, List.of(
                    new PhenotypeFile(PhenotypeFile.ONTOLOGY, "/x/hp.obo", "hp.obo", "2017-04-13", "ab".repeat(32), 1),
                    new PhenotypeFile(PhenotypeFile.DISEASES, "/x/p.hpoa", "phenotype.hpoa", "2017-02-24",
                            "cd".repeat(32), 1)));
            // the store's own records (the command line adds the test records of this module first)
            ExportService exports = new ExportService(store, ReportWiring.combine(List.of(
                    new org.zenome.report.records.InterpretationRecords(store))), ReportTemplates.builtIn(),
                    ReportEvents.none(), java.time.Clock.systemUTC());
            Phenopacket p = PhenopacketExporter.parse(new String(exports.export(TestCases.RARE,
                    ExportService.Format.PHENOPACKET, false), StandardCharsets.UTF_8));
        assertThat(p.getPhenotypicFeaturesList()).extracting(f -> f.getType().getId())
                .containsExactly("HP:0001250", "HP:0000365");
        PhenotypicFeature seizures = p.getPhenotypicFeatures(0);
        assertThat(seizures.getExcluded()).isFalse();
        assertThat(seizures.getType().getLabel()).isEqualTo("Seizures");
        assertThat(seizures.getOnset().getOntologyClass().getId()).isEqualTo("HP:0003593");
        assertThat(seizures.getOnset().getOntologyClass().getLabel()).isEqualTo("Infantile onset");
        assertThat(p.getPhenotypicFeatures(1).getExcluded()).isTrue();
        assertThat(p.getMetaData().getResourcesList()).filteredOn(res -> res.getId().equals("hp"))
                .singleElement().satisfies(res -> assertThat(res.getVersion()).isEqualTo("2017-04-13"));
        }
    }
}
