package org.zenome.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.ReferenceGenomeFiles;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.ManualTaskExecutor;

/** The reference genomes preferences page on a real SQLite store and the real BRCA1 reference excerpt. */
class ReferenceGenomesViewModelTest {
    @TempDir
    Path dir;
    private SqliteCaseStore store;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private Path data;

    @BeforeEach
    void open() {
        String root = System.getProperty("zenome.shared.data");
        Assumptions.assumeTrue(root != null, "system property zenome.shared.data is not set");
        data = Path.of(root, "reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(data), "shared test data not present: " + data);
        store = SqliteCaseStore.open(dir.resolve("cases.db"));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void savesCheckedFilesAndRefusesAFastaWithoutIndex() throws Exception {
        ReferenceGenomesViewModel vm = new ReferenceGenomesViewModel(executor, new I18n(Locale.ENGLISH), store.references());
        ReferenceGenomesViewModel.Build grch37 = vm.build(GenomeBuild.GRCh37);
        Path unindexed = dir.resolve("ref.fa");
        Files.copy(data.resolve("ref_brca1.fa"), unindexed);
        grch37.fastaProperty().set(unindexed.toString());
        vm.save(GenomeBuild.GRCh37);
        executor.runAll();
        assertThat(grch37.errorProperty().get()).startsWith("its index is missing").endsWith(unindexed.toString());
        assertThat(store.references().list()).isEmpty();

        grch37.fastaProperty().set(data.resolve("ref_brca1.fa").toString());
        grch37.annotationProperty().set(data.resolve("brca1_gencodev19.gff3").toString());
        vm.save(GenomeBuild.GRCh37);
        executor.runAll();
        assertThat(grch37.errorProperty().get()).isEmpty();
        assertThat(grch37.messageProperty().get()).isEqualTo("Saved the reference genome of GRCh37.");
        ReferenceGenomeFiles saved = store.references().find(GenomeBuild.GRCh37).orElseThrow();
        assertThat(saved.fasta()).isEqualTo(data.resolve("ref_brca1.fa"));
        assertThat(saved.annotation()).isEqualTo(data.resolve("brca1_gencodev19.gff3"));
        assertThat(saved.cytoband()).isNull();

        // a new page shows what is stored
        ReferenceGenomesViewModel again = new ReferenceGenomesViewModel(executor, new I18n(Locale.ENGLISH),
                store.references());
        again.load();
        executor.runAll();
        assertThat(again.build(GenomeBuild.GRCh37).fastaProperty().get()).isEqualTo(data.resolve("ref_brca1.fa").toString());
        assertThat(again.build(GenomeBuild.GRCh38).fastaProperty().get()).isEmpty();
    }
}
