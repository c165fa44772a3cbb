package org.zenome.ui.report;

import static org.zenome.ui.FxTestSupport.waitFor;
import static org.zenome.ui.FxTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.CaseStore;
import org.zenome.ui.CoreBackend;
import org.zenome.ui.ZenomeApp;

/**
 * The real application on a real store: open a case, open its report window from the File menu, see the draft
 * pages rendered (Japanese), issue disabled before sign-off; screenshot in target/screenshots.
 */
class ReportWindowFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }
    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** A rare-disease trio of three findings, imported with the real importer. */
    static void createCase(Path db, Path dir) throws Exception {
        String header = "##fileformat=VCFv4.2\n##reference=GRCh38\n##source=TestCaller 1.0\n"
                + "##contig=<ID=chr2,length=242193529,assembly=GRCh38>\n"
                + "##contig=<ID=chr14,length=107043718,assembly=GRCh38>\n"
                + "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. "
                + "Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|"
                + "CANONICAL|MANE_SELECT\">\n"
                + "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar\">\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tCHILD\tMOTHER\tFATHER\n";
        String rows = "chr2\t165991235\t.\tG\tA\t200\tPASS\tCSQ=A|missense_variant|MODERATE|SCN1A|ENSG00000144285|"
                + "Transcript|NM_001165963.4|protein_coding|15/26||NM_001165963.4:c.2836C>T|"
                + "NP_001159435.1:p.(Arg946Cys)|YES|NM_001165963.4;CLNSIG=Pathogenic\tGT:AD\t0/1:20,18\t0/0:30,0\t0/0:28,0\n"
                + "chr14\t23424119\t.\tG\tA\t200\tPASS\tCSQ=A|missense_variant|MODERATE|MYH7|ENSG00000092054|"
                + "Transcript|NM_000257.4|protein_coding|13/40||NM_000257.4:c.1208G>A|NP_000248.2:p.(Arg403Gln)|YES|"
                + "NM_000257.4;CLNSIG=Pathogenic\tGT:AD\t0/1:15,17\t0/1:16,14\t0/0:30,0\n";
        Path vcf = dir.resolve("trio.vcf");
        Files.writeString(vcf, header + rows);
        CoreBackend backend = new CoreBackend();
        try (CaseStore store = backend.open(db)) {
            backend.importService(store).importVcf(new ImportRequest("RD-FX-1", DiseaseArea.RARE_DISEASE,
                    "てんかん性脳症", vcf, null, Map.of("CHILD", SampleRole.PROBAND, "MOTHER", SampleRole.MOTHER,
                            "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE);
        }
    }

    @Test
    void previewsTheDraftReportPageByPageInJapanese() throws Exception {
        Path db = dir.resolve("cases.db");
        createCase(db, dir);
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "ja");
        org.zenome.ui.LoginSteps.enter(robot);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> !app.mainViewModel().caseList().items().isEmpty());
        CaseSummary kase = app.mainViewModel().caseList().items().get(0);
        robot.interact(() -> app.mainViewModel().openCase(kase));
        waitFor(() -> app.mainViewModel().activeCaseProperty().get() != null);
        robot.interact(() -> app.mainWindow().openReport());

        waitFor(() -> robot.lookup("#reportPage-1").tryQuery().isPresent());
        ReportWindow w = (ReportWindow) Window.getWindows().stream().filter(x -> x instanceof ReportWindow)
                .findFirst().orElseThrow();
        ReportViewModel vm = w.viewModel();
        waitFor(() -> !vm.busyProperty().get() && !vm.statusProperty().get().isEmpty());
        screenshot(w, "report-draft-ja.png");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.pages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vm.pages().get(0).width()).isGreaterThan(700);
        assertThat(robot.lookup("#reportStatus").queryAs(Label.class).getText()).contains("下書き");
        assertThat(robot.lookup("#reportIssue").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#reportSignedOff").queryAs(Label.class).getText()).contains("サインオフされていません");
        assertThat(vm.templates()).contains("cancer", "rare-disease", "secondary-findings", "patient-explanation");

        // the patient explanation: its free text is editable and goes into the preview
        robot.interact(() -> vm.templateProperty().set("patient-explanation"));
        waitFor(() -> vm.patientExplanationProperty().get() && !vm.busyProperty().get());
        assertThat(vm.freeText("relatives").get()).contains("血縁者");
        robot.interact(() -> {
            vm.freeText("relatives").set("ご両親は同じ変化を持っていませんでした。");
            vm.preview();
        });
        waitFor(() -> !vm.busyProperty().get() && !vm.pages().isEmpty());
        screenshot(w, "report-preview-ja.png");
        assertThat(vm.errorProperty().get()).isEmpty();
    }
}
