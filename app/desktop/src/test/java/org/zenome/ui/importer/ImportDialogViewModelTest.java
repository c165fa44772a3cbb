package org.zenome.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;
import org.zenome.ui.CoreBackend;
import org.zenome.ui.SharedData;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.ManualTaskExecutor;

/** The import dialog's view model with the real importer and SQLite store. */
class ImportDialogViewModelTest {
    @TempDir
    Path dir;
    private CaseStore store;
    private ManualTaskExecutor executor;
    private final List<ImportResult> imported = new ArrayList<>();
    private ImportDialogViewModel vm;

    @BeforeEach
    void open() throws Exception {
        CoreBackend backend = new CoreBackend();
        store = backend.open(dir.resolve("cases.db"));
        executor = new ManualTaskExecutor();
        vm = new ImportDialogViewModel(executor, new I18n(Locale.ENGLISH), new Formats(Locale.ENGLISH, ZoneOffset.UTC),
                backend.importService(store), imported::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void inspectsTheHeaderThenImports() {
        vm.chooseVcf(SharedData.scoutTrioVcf());
        assertThat(vm.stateProperty().get()).isEqualTo(ImportDialogViewModel.State.INSPECTING);
        assertThat(vm.canStartProperty().get()).isFalse();
        executor.runAll();
        assertThat(vm.samples()).extracting(SampleRoleRow::name).containsExactly("ADM1059A1", "ADM1059A2", "ADM1059A3");
        assertThat(vm.buildProperty().get()).isEqualTo(GenomeBuild.GRCh37);
        assertThat(vm.buildDetectedProperty().get()).isTrue();
        assertThat(vm.caseIdProperty().get()).isEqualTo("643594");

        vm.choosePed(SharedData.scoutTrioPed());
        executor.runAll();
        assertThat(vm.samples()).extracting(SampleRoleRow::role)
                .containsExactly(SampleRole.FATHER, SampleRole.PROBAND, SampleRole.MOTHER);
        assertThat(vm.diseaseAreaProperty().get()).isEqualTo(DiseaseArea.RARE_DISEASE);
        assertThat(vm.canStartProperty().get()).isTrue();

        vm.start();
        executor.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportDialogViewModel.State.DONE);
        assertThat(imported).singleElement().satisfies(r -> assertThat(r.caseId()).isEqualTo("643594"));
        assertThat(store.cases().find("643594")).hasValueSatisfying(c -> {
            assertThat(c.findingCount()).isEqualTo(imported.get(0).findings());
            assertThat(c.samples()).extracting(s -> s.role())
                    .containsExactlyInAnyOrder(SampleRole.FATHER, SampleRole.PROBAND, SampleRole.MOTHER);
        });
    }

    @Test
    void readsOfEachSampleAreCheckedAndRecordedForTheGenomeBrowser() throws Exception {
        String root = System.getProperty("zenome.shared.data");
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "system property zenome.shared.data is not set");
        Path data = Path.of(root, "reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G")
                .toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(data), "shared test data not present: " + data);
        vm.chooseVcf(data.resolve("brca1_1kgPhase3_variants.vcf.gz"));
        executor.runAll();
        vm.buildProperty().set(GenomeBuild.GRCh37);
        vm.samples().get(0).roleProperty().set(SampleRole.PROBAND);
        assertThat(vm.canStartProperty().get()).isTrue();

        Path unindexed = dir.resolve("HG00096.bam");
        Files.copy(data.resolve("brca1_HG00096.bam"), unindexed);
        vm.samples().get(0).readsProperty().set(unindexed.toString());
        assertThat(vm.validationTextProperty().get()).isEqualTo("Reads of HG00096: no index beside HG00096.bam "
                + "(.bai or .csi for a BAM, .crai for a CRAM; samtools index)");
        assertThat(vm.canStartProperty().get()).isFalse();

        vm.samples().get(0).readsProperty().set(data.resolve("brca1_HG00096.bam").toString());
        vm.samples().get(1).readsProperty().set(data.resolve("brca1_HG00099.cram").toString());
        assertThat(vm.validationTextProperty().get()).isEmpty();
        assertThat(vm.canStartProperty().get()).isTrue();
        vm.start();
        executor.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportDialogViewModel.State.DONE);
        long pk = store.cases().find(vm.caseIdProperty().get()).orElseThrow().id();
        assertThat(store.cases().sourceFiles(pk)).filteredOn(org.zenome.domain.SourceFile::isAlignments)
                .extracting(org.zenome.domain.SourceFile::sampleName, org.zenome.domain.SourceFile::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HG00096", "BAM"),
                        org.assertj.core.groups.Tuple.tuple("HG00099", "CRAM"));
    }

    @Test
    void cancelledImportStoresNothing() {
        // the importer itself runs and sees the cancel: its rollback is what is tested here
        executor.startCancelledTasks(true);
        vm.chooseVcf(SharedData.scoutTrioVcf());
        executor.runAll();
        vm.caseIdProperty().set("CANCELLED-1");
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportDialogViewModel.State.IMPORTING);
        vm.cancel();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportDialogViewModel.State.CANCELLING);
        executor.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportDialogViewModel.State.READY);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Import cancelled. Nothing was stored.");
        assertThat(imported).isEmpty();
        assertThat(store.cases().find("CANCELLED-1")).isEmpty();
        assertThat(store.cases().list()).isEmpty();
    }

    @Test
    void malformedLineIsReportedWithFileAndLine() throws Exception {
        Path vcf = dir.resolve("broken.vcf");
        Files.writeString(vcf, """
                ##fileformat=VCFv4.2
                ##reference=GRCh38
                ##contig=<ID=chr1,length=248956422>
                ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
                #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tP1
                chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT\t0/1
                chr1\tnot-a-position\t.\tC\tT\t50\tPASS\t.\tGT\t0/1
                chr1\t300\t.\tG\tA\t50\tPASS\t.\tGT\t1/1
                """);
        vm.chooseVcf(vcf);
        executor.runAll();
        assertThat(vm.buildProperty().get()).isEqualTo(GenomeBuild.GRCh38);
        vm.start();
        executor.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportDialogViewModel.State.READY);
        assertThat(vm.errorTextProperty().get()).contains("broken.vcf").contains("line 7");
        assertThat(store.cases().list()).isEmpty();
    }

    @Test
    void undetectedBuildMustBeChosen() throws Exception {
        Path vcf = dir.resolve("nobuild.vcf");
        Files.writeString(vcf, """
                ##fileformat=VCFv4.2
                ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
                #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tP1
                chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT\t0/1
                """);
        vm.chooseVcf(vcf);
        executor.runAll();
        assertThat(vm.buildDetectedProperty().get()).isFalse();
        assertThat(vm.canStartProperty().get()).isFalse();
        assertThat(vm.validationTextProperty().get()).contains("genome build");
        vm.start();
        assertThat(executor.queuedTasks()).as("nothing starts without a build").isZero();
        vm.buildProperty().set(GenomeBuild.GRCh38);
        assertThat(vm.canStartProperty().get()).isTrue();
    }

    @Test
    void missingFileIsExplained() {
        vm.chooseVcf(dir.resolve("absent.vcf.gz"));
        executor.runAll();
        assertThat(vm.errorTextProperty().get()).contains("absent.vcf.gz");
        assertThat(vm.canStartProperty().get()).isFalse();
    }
}
