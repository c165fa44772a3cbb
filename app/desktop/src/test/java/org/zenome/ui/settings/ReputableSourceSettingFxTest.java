package org.zenome.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import org.zenome.annotation.AnnotationService;
import org.zenome.annotation.PluginRegistry;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.Actor;
import org.zenome.interpretation.ThresholdSet;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.ZenomeApp;
import org.zenome.ui.variants.VariantsViewModel;

/**
 * The PP5/BP6 switch on the administrator's thresholds page, in the real application (English): off by default
 * (and the GENEA finding with a two-star Pathogenic ClinVar record gets no PP5), switched on with a reason as
 * version 2, after which the classification pane suggests PP5 with the ClinVar record and the version that switched
 * it on, without applying it. Screenshot of the page.
 */
class ReputableSourceSettingFxTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReputableSourceSettingFxTest.class.getResource("/interpretation/" + name).toURI());
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void anAdministratorSwitchesPp5OnAndTheCaseShowsTheSuggestionWithItsSetting() throws Exception {
        Path db = dir.resolve("cases.db");
        Path clinvar = dir.resolve("clinvar_fixture.vcf");
        Files.writeString(clinvar, "##fileformat=VCFv4.1\n##fileDate=2026-02-26\n##source=ClinVar\n"
                + "##reference=GRCh38\n##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"significance\">\n"
                + "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"review status\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "1\t10037\t502\tT\tC\t.\t.\tCLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_multiple_submitters,"
                + "_no_conflicts\n");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            long pk = new CaseImporter(s, "test").importVcf(new ImportRequest("TRIO-1", DiseaseArea.RARE_DISEASE,
                    "test", resource("trio.vcf"), null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER",
                    SampleRole.MOTHER, "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false),
                    ImportListener.NONE).casePk();
            new AnnotationService(s, Actor.named("test"), Clock.systemUTC()).annotate(pk,
                    PluginRegistry.discover(null).find("clinvar").orElseThrow(), clinvar, null, null, null);
        }
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
        org.zenome.ui.LoginSteps.enter(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);

        // the case first: PP5 is off by default, so GENEA's two-star Pathogenic record suggests nothing
        robot.interact(() -> app.mainViewModel().openCase(app.mainViewModel().caseList().items().get(0)));
        waitFor(() -> active() != null);
        selectGene("GENEA");
        waitFor(() -> label("#thresholdVersion").contains("version 1"));
        assertThat(label("#thresholdVersion")).doesNotContain("PP5");
        assertThat(label("#criterionDetail-PP5")).doesNotContain("ClinVar Pathogenic");

        robot.clickOn("#settingsMenu .label");
        robot.clickOn("#menuThresholds");
        waitFor(() -> label("#thrCurrent").startsWith("Version 1"));
        CheckBox on = robot.lookup("#thrReputable").queryAs(CheckBox.class);
        ComboBox<Integer> stars = robot.lookup("#thrReputableStars").queryAs(ComboBox.class);
        assertThat(on.isSelected()).isFalse();
        assertThat(stars.isDisabled()).as("stars wait for the switch").isTrue();
        assertThat(stars.getValue()).isEqualTo(2);
        robot.clickOn("#thrReputable");
        waitFor(() -> !stars.isDisabled());
        assertThat(on.isSelected()).isTrue();
        assertThat(robot.lookup("#thrReputableStars .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .as("the choice shown in the box").extracting(javafx.scene.control.ListCell::getText)
                .contains("2 stars (multiple submitters, no conflicts)");
        robot.interact(() -> text("#thrReason").setText("Panel decision: ClinVar 2+ stars as PP5/BP6"));
        robot.clickOn("#thrSave");
        waitFor(() -> label("#thrMessage").startsWith("Saved as version 2"));
        waitFor(() -> label("#thrCurrent").startsWith("Version 2"));
        TableView<ThresholdSet> versions = robot.lookup("#thrVersions").queryAs(TableView.class);
        assertThat(versions.getItems().get(0).describe()).endsWith("PP5/BP6 from ClinVar >= 2 stars");
        screenshot(versions.getScene(), "suggestion-thresholds-pp5-en.png");
        robot.interact(() -> robot.lookup("#thrClose").queryButton().fire());

        // the pane follows: PP5 suggested with its ClinVar record and the version that switched it on
        selectGene("GENEB");
        selectGene("GENEA");
        waitFor(() -> label("#thresholdVersion").contains("version 2"));
        assertThat(label("#thresholdVersion")).contains("PP5/BP6 from ClinVar records of 2 or more stars");
        waitFor(() -> label("#criterionDetail-PP5").contains("ClinVar Pathogenic, 2 stars"));
        assertThat(label("#criterionDetail-PP5")).contains("variation 502")
                .contains("switched on in suggestion settings version 2 by admin")
                .contains("Panel decision: ClinVar 2+ stars as PP5/BP6");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            long id = s.findings().query(s.cases().find("TRIO-1").orElseThrow().id(),
                    org.zenome.domain.VariantFilter.all().withGenes(java.util.List.of("GENEA")), 0, 1).get(0).id();
            assertThat(s.interpretation().currentCalls(id)).as("a suggestion is not applied").isEmpty();
            ThresholdSet v2 = s.thresholds().latest().orElseThrow();
            assertThat(v2.reputableSource()).isTrue();
            assertThat(v2.user()).isEqualTo("admin");
        }
    }

    private void selectGene(String gene) throws TimeoutException {
        TableView<Finding> variants = robot.lookup("#variantTable").queryAs(TableView.class);
        waitFor(() -> variants.getItems().stream().anyMatch(f -> gene.equals(f.gene())));
        Finding f = variants.getItems().stream().filter(x -> gene.equals(x.gene())).findFirst().orElseThrow();
        robot.interact(() -> variants.getSelectionModel().select(f));
        WaitForAsyncUtils.waitForFxEvents();
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
