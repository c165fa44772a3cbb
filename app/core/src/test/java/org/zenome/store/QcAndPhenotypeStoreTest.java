package org.zenome.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CopyNumberSegment;
import org.zenome.interpretation.InterpretationCases;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.PhenotypeFile;
import org.zenome.qc.QcAcknowledgement;
import org.zenome.testing.StoreEngine;

/**
 * The QC acknowledgements, copy-number segments, installed HPO files and case phenotypes through their repositories,
 * read back from a second connection (a subclass runs the same on PostgreSQL).
 */
class QcAndPhenotypeStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    StoreEngine engine() {
        return StoreEngine.SQLITE;
    }

    @Test
    void acknowledgementsAndSegmentsAreKeptReplacedAndReadBack() throws Exception {
        long pk;
        try (CaseStore s = engine().open(dir, "z.db")) {
            pk = InterpretationCases.importTrio(s, "T1");
            s.qc().acknowledge(pk, new QcAcknowledgement("sex:PROBAND", "sato", T0, "karyotype 46,XY known"));
            // acknowledged again: the newer note replaces the older
            s.qc().acknowledge(pk, new QcAcknowledgement("sex:PROBAND", "kato", T0.plusSeconds(60), "re-checked"));
            s.qc().acknowledge(pk, new QcAcknowledgement("callrate:MOTHER", "sato", T0.plusSeconds(120), "low input"));
            s.qc().replaceSegments(pk, "old.seg", List.of(new CopyNumberSegment("T", "chr1", 1, 1000, 5, 0.1, 2)));
            s.qc().replaceSegments(pk, "tumour.seg", List.of(
                    new CopyNumberSegment("TUMOR", "chr1", 10_000, 2_000_000, 120, -0.8, 1),
                    new CopyNumberSegment("TUMOR", "chr2", 5_000, 9_000_000, -1, 0.58, Double.NaN)));
        }
        try (CaseStore s = engine().open(dir, "z.db")) {
            assertThat(s.qc().acknowledgements(pk)).containsExactly(
                    new QcAcknowledgement("sex:PROBAND", "kato", T0.plusSeconds(60), "re-checked"),
                    new QcAcknowledgement("callrate:MOTHER", "sato", T0.plusSeconds(120), "low input"));
            List<CopyNumberSegment> segs = s.qc().segments(pk);
            assertThat(segs).hasSize(2);
            assertThat(segs.get(0)).isEqualTo(new CopyNumberSegment("TUMOR", "chr1", 10_000, 2_000_000, 120, -0.8, 1));
            assertThat(segs.get(1).markers()).isEqualTo(-1);
            assertThat(segs.get(1).copyNumber()).isNaN();
            assertThat(s.qc().latest(pk)).isEmpty();
        }
    }

    @Test
    void hpoFilesAndCaseFeaturesAreKeptAndReplaced() throws Exception {
        long pk;
        PhenotypeFile obo = new PhenotypeFile(PhenotypeFile.ONTOLOGY, "/opt/hpo/hp.obo", "hp.obo", "2025-05-06",
                "ab".repeat(32), 1234);
        PhenotypeFile genes = new PhenotypeFile(PhenotypeFile.GENES, "/opt/hpo/genes_to_phenotype.txt",
                "genes_to_phenotype.txt", "2025-05-06", "cd".repeat(32), 99);
        try (CaseStore s = engine().open(dir, "z.db")) {
            pk = InterpretationCases.importTrio(s, "T1");
            s.phenotypes().install(List.of(obo), "admin");
            s.phenotypes().install(List.of(obo, genes), "admin");
            s.phenotypes().put(pk, new CaseFeature("HP:0001250", "Seizure", false, "HP:0003593", "Infantile onset",
                    "", "sato", T0));
            s.phenotypes().put(pk, new CaseFeature("HP:0001263", "Global developmental delay", false, null, null,
                    "", "sato", T0.plusSeconds(1)));
            s.phenotypes().put(pk, new CaseFeature("HP:0001250", "Seizure", true, null, null, "excluded after EEG",
                    "kato", T0.plusSeconds(2)));
            assertThat(s.phenotypes().remove(pk, "HP:0001263")).isTrue();
            assertThat(s.phenotypes().remove(pk, "HP:0001263")).isFalse();
            s.phenotypes().recordFiles(pk, List.of(genes, obo, obo));
        }
        try (CaseStore s = engine().open(dir, "z.db")) {
            assertThat(s.phenotypes().installed()).containsExactly(obo, genes);
            List<CaseFeature> features = s.phenotypes().features(pk);
            assertThat(features).hasSize(1);
            assertThat(features.get(0).excluded()).isTrue();
            assertThat(features.get(0).note()).isEqualTo("excluded after EEG");
            assertThat(s.phenotypes().caseFiles(pk)).extracting(PhenotypeFile::name)
                    .containsExactly("hp.obo", "genes_to_phenotype.txt");
        }
    }
}
