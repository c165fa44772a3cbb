package org.zenome.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.ThresholdSet;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.ZenomeApp;
import org.zenome.ui.variants.VariantsViewModel;

/**
 * The administrator's thresholds page in the real application (Japanese): a wrong value is refused with the field
 * named, a per-gene threshold saved as version 2 with its reason, and the classification pane of the case then
 * suggests BA1 for that gene under version 2. Screenshot of the page.
 */
class ThresholdSettingsFxTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ThresholdSettingsFxTest.class.getResource("/interpretation/" + name).toURI());
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void anAdministratorSavesAGeneThresholdAndTheSuggestionFollows() throws Exception {
        Path db = dir.resolve("cases.db");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            new CaseImporter(s, "test").importVcf(new ImportRequest("TRIO-1", DiseaseArea.RARE_DISEASE, "test",
                    resource("trio.vcf"), null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER", SampleRole.MOTHER,
                    "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE);
        }
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "ja");
        org.zenome.ui.LoginSteps.enter(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);

        robot.clickOn("#settingsMenu .label");
        robot.clickOn("#menuThresholds");
        waitFor(() -> label("#thrCurrent").startsWith("版 1"));
        assertThat(robot.lookup("#thrSave").queryButton().isDisabled()).isFalse();
        robot.clickOn("#thrAddGene");
        waitFor(() -> robot.lookup("#thrGene-0").tryQuery().isPresent());
        robot.interact(() -> {
            text("#thrGene-0").setText("GENEB");
            text("#thr0-ba1").setText("0,02");
            text("#thr0-bs1").setText("0.5");
            text("#thrReason").setText("GENEB VCEP 仕様 1.0");
        });
        robot.clickOn("#thrSave");
        waitFor(() -> !label("#thrError").isEmpty());
        assertThat(label("#thrError")).isEqualTo("GENEB: BS1 のしきい値 0.5 が BA1 のしきい値 0.02 を超えています");
        robot.interact(() -> text("#thr0-bs1").setText("0.005"));
        robot.clickOn("#thrSave");
        waitFor(() -> label("#thrMessage").startsWith("版 2 として保存しました"));
        assertThat(label("#thrError")).isEmpty();
        waitFor(() -> label("#thrCurrent").startsWith("版 2"));
        TableView<ThresholdSet> versions = robot.lookup("#thrVersions").queryAs(TableView.class);
        assertThat(versions.getItems()).extracting(ThresholdSet::version).containsExactly(2, 1);
        screenshot(versions.getScene(), "suggestion-thresholds-ja.png");
        // (on a small screen the button is below the scrolled part: fired, as a keyboard user would)
        robot.interact(() -> robot.lookup("#thrClose").queryButton().fire());

        // the case: GENEB (AF 0.0213 in the ToMMo excerpt) is now suggested BA1 under version 2
        robot.interact(() -> app.mainViewModel().openCase(app.mainViewModel().caseList().items().get(0)));
        waitFor(() -> active() != null);
        Path tommo = resource("tommo_54kjpn_excerpt.vcf");
        robot.interact(() -> active().interpretation().annotate("population-frequency", tommo));
        waitFor(() -> label("#annotateMessage").contains("ToMMo"));
        TableView<Finding> variants = robot.lookup("#variantTable").queryAs(TableView.class);
        waitFor(() -> variants.getItems().stream().anyMatch(f -> "GENEB".equals(f.gene())));
        Finding geneb = variants.getItems().stream().filter(f -> "GENEB".equals(f.gene())).findFirst().orElseThrow();
        robot.interact(() -> variants.getSelectionModel().select(geneb));
        waitFor(() -> label("#thresholdVersion").contains("版 2"));
        waitFor(() -> label("#criterionDetail-BA1").contains("0.02"));
        assertThat(label("#thresholdVersion")).isEqualTo("提案はしきい値の版 2 に基づきます。");
    }

    private VariantsViewModel active() {
        return app.mainViewModel().activeCaseProperty().get();
    }

    private TextField text(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private String label(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
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
