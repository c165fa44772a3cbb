package org.zenome.ui.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.CriterionCall;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Region;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.FindingRef;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.ZenomeApp;
import org.zenome.ui.variants.VariantsViewModel;

/**
 * Replacing a case's data through the import dialog (Japanese) keeps its interpretation: on the real Scout demo
 * trio, the clinical VCF interpreted on two findings is replaced by the research VCF; the dialog says what was
 * carried over and orphaned, the case tab is reopened on the new findings with the carried badge, and the orphaned
 * finding is listed with its records. Screenshot of the orphaned-findings dialog.
 */
class ReimportCarryOverFxTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private Path trio;

    @TempDir
    Path dir;

    @BeforeEach
    void data() {
        String root = System.getProperty("zenome.shared.data", "../../../shared/data");
        trio = Path.of(root, "scout_demo_trio_643594").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(trio.resolve("643594.clinical.vcf.gz")),
                "shared test data not present: " + trio);
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static Finding at(SqliteCaseStore s, long pk, String chrom, int pos) {
        return s.findings().query(pk, VariantFilter.all().withRegion(new Region(chrom, pos, pos)), 0, 5).get(0);
    }

    @Test
    void replaceThroughTheDialogCarriesTheInterpretationAndListsTheOrphan() throws Exception {
        Path db = dir.resolve("cases.db");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            long pk = new CaseImporter(s, "test").importVcf(new ImportRequest("643594", DiseaseArea.RARE_DISEASE,
                    "test", trio.resolve("643594.clinical.vcf.gz"), trio.resolve("643594.ped"), Map.of(),
                    GenomeBuild.GRCh37, false), ImportListener.NONE).casePk();
            Instant t = Instant.parse("2026-12-03T10:00:00Z");
            s.interpretation().recordCall(FindingRef.of(pk, at(s, pk, "chr1", 7879627)),
                    CriterionCall.accepted(AppliedCriterion.parse("BA1"), "AF 0.4", "sato", t));
            s.interpretation().recordCall(FindingRef.of(pk, at(s, pk, "chrM", 14872)),
                    CriterionCall.accepted(AppliedCriterion.parse("PS3"), "functional study", "sato", t));
        }
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "ja");
        org.zenome.ui.LoginSteps.enter(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);
        robot.interact(() -> app.mainViewModel().openCase(app.mainViewModel().caseList().items().get(0)));
        waitFor(() -> active() != null && !active().rows().isEmpty());
        VariantsViewModel before = active();

        // File > Import with "replace": the research VCF of the same family
        robot.interact(() -> app.mainWindow().showImportDialog());
        TextField vcf = robot.lookup("#importVcfField").queryAs(TextField.class);
        robot.interact(() -> vcf.setText(trio.resolve("643594.research.vcf.gz").toString()));
        robot.clickOn(vcf).type(KeyCode.END).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#importSamples").queryAs(TableView.class).getItems().size() == 3);
        robot.interact(() -> {
            robot.lookup("#importPedField").queryAs(TextField.class).setText(trio.resolve("643594.ped").toString());
            robot.lookup("#importCaseIdField").queryAs(TextField.class).setText("643594");
            robot.lookup("#importReplace").queryAs(CheckBox.class).setSelected(true);
        });
        waitFor(() -> !robot.lookup("#importStartButton").queryButton().isDisabled());
        robot.clickOn("#importStartButton");
        Label progress = robot.lookup("#importProgressText").queryAs(Label.class);
        waitFor(() -> progress.getText().contains("解釈"));
        assertThat(progress.getText()).contains("解釈: 1 件の所見を引き継ぎ、1 件が孤立しました。");
        robot.clickOn("#importCloseButton");

        // the case tab shows the new findings; the carried finding keeps its class badge
        waitFor(() -> active() != null && active() != before && !active().rows().isEmpty());
        assertThat(app.mainViewModel().openCases()).hasSize(1);
        Finding carried = active().rows().stream().filter(f -> f.pos() == 7879627).findFirst().orElseThrow();
        waitFor(() -> active().statuses().containsKey(carried.id()));

        // the orphaned finding, listed with what was recorded on it
        Button orphans = robot.lookup("#orphansButton").queryButton();
        waitFor(orphans::isVisible);
        assertThat(orphans.getText()).isEqualTo("孤立した所見 (1)");
        robot.clickOn(orphans);
        waitFor(() -> robot.lookup("#orphanTable").tryQuery().isPresent());
        TableView<InterpretationViewModel.OrphanRow> table = robot.lookup("#orphanTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.finding()).isEqualTo("MT-CYB chrM:14872 C>T");
            assertThat(r.criteria()).startsWith("PS3");
            assertThat(r.note()).contains("643594.research.vcf.gz");
        });
        ListView<String> history = robot.lookup("#orphanHistory").queryAs(ListView.class);
        assertThat(history.getItems()).anySatisfy(h -> assertThat(h).contains("再取り込みで孤立"));
        screenshot(table.getScene(), "orphaned-findings-ja.png");
        robot.clickOn("#orphansClose");
    }

    private VariantsViewModel active() {
        return app.mainViewModel().activeCaseProperty().get();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private void screenshot(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(buffered, "png", SCREENSHOTS.resolve(name).toFile());
    }
}
