package org.zenome.ui;

import static org.zenome.ui.FxTestSupport.waitFor;
import static org.zenome.ui.FxTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.domain.Finding;
import org.zenome.domain.SampleRole;
import org.zenome.domain.TranscriptAnnotation;
import org.zenome.ui.detail.GenotypeRow;
import org.zenome.ui.importer.SampleRoleRow;

/**
 * The real application on a temporary SQLite file: import the Scout trio through the dialog, filter by a
 * gene, select a row, see transcripts and genotypes; screenshots in English and Japanese.
 */
class WorkbenchFxTest {

    static {
        // Monocle's headless screen is 1280x800 unless told; the workbench is laid out for a desktop monitor
        System.setProperty("headless.geometry", "1600x1000-32");
    }
    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private Path vcf;
    private Path ped;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", dir.resolve("cases.db").toString(),
                "--lang", "en");
        WaitForAsyncUtils.waitForFxEvents();
        LoginSteps.createAdministrator(robot);
    }

    /** On an empty store the application first asks whether to create the synthetic demo cases. */
    private void answerDemoOffer(String button) throws TimeoutException {
        waitFor(() -> robot.lookup(button).tryQuery().isPresent());
        robot.clickOn(button);
        waitFor(() -> robot.lookup(button).tryQuery().isEmpty());
    }

    @Test
    void firstStartOffersTheDemoCasesAndOpensTheTrio() throws Exception {
        answerDemoOffer("Create demo cases");
        // generating the demo (reference, reads, import) takes over a minute on a busy machine
        waitFor(240, () -> app.mainViewModel().activeCaseProperty().get() != null);
        TableView<Finding> variants = table("#variantTable");
        waitFor(() -> !variants.getItems().isEmpty());
        assertThat(table("#caseTable").getItems()).hasSize(2);
        assertThat(variants.getColumns()).anySatisfy(c -> assertThat(c.getText()).isEqualTo("DEMO-PROBAND\nproband"));
        screenshot(app.stage().getScene(), "demo-first-start-en.png");
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void importTrioFilterByGeneAndSeeTheDetail() throws Exception {
        vcf = SharedData.scoutTrioVcf();
        ped = SharedData.scoutTrioPed();
        answerDemoOffer("Not now");
        Stage stage = app.stage();
        assertThat(text("#statusDatabase")).contains(dir.resolve("cases.db").toString());
        assertThat(table("#caseTable").getItems()).isEmpty();

        // import through the dialog
        robot.clickOn("#importButton");
        TextField vcfField = robot.lookup("#importVcfField").queryAs(TextField.class);
        robot.interact(() -> vcfField.setText(vcf.toString()));
        robot.clickOn(vcfField).type(KeyCode.END).type(KeyCode.ENTER);
        TableView<SampleRoleRow> samples = table("#importSamples");
        waitFor(() -> samples.getItems().size() == 3);
        assertThat(text("#importBuildEvidence")).contains("GRCh37");
        TextField pedField = robot.lookup("#importPedField").queryAs(TextField.class);
        robot.interact(() -> pedField.setText(ped.toString()));
        robot.clickOn(pedField).type(KeyCode.ENTER);
        waitFor(() -> roleOf(samples, "ADM1059A2") == SampleRole.PROBAND);
        assertThat(roleOf(samples, "ADM1059A1")).isEqualTo(SampleRole.FATHER);
        assertThat(roleOf(samples, "ADM1059A3")).isEqualTo(SampleRole.MOTHER);
        TextField caseId = robot.lookup("#importCaseIdField").queryAs(TextField.class);
        assertThat(caseId.getText()).isEqualTo("643594");
        robot.clickOn("#importDiagnosisField").write("Developmental delay");
        robot.clickOn("#importStartButton");

        // the case opens in its own tab once imported
        waitFor(() -> app.mainViewModel().activeCaseProperty().get() != null);
        waitFor(() -> stage.getTitle().contains("643594"));
        TableView<Finding> variants = table("#variantTable");
        waitFor(() -> !variants.getItems().isEmpty());
        assertThat(text("#pageText")).startsWith("Rows 1–100 of ");
        assertThat(table("#caseTable").getItems()).hasSize(1);
        // one column per sample, headed by name and role
        assertThat(variants.getColumns()).anySatisfy(c -> assertThat(c.getText()).isEqualTo("ADM1059A2\nproband"));

        // filter by a gene: rows of that gene only
        robot.clickOn("#geneFilter").write("POLE");
        waitFor(() -> !variants.getItems().isEmpty() && variants.getItems().stream()
                .allMatch(f -> "POLE".equals(f.gene())));
        waitFor(() -> text("#pageText").matches("Rows 1–\\d+ of \\d+"));
        int shown = variants.getItems().size();
        assertThat(text("#pageText")).isEqualTo("Rows 1–" + shown + " of " + shown);

        // select a row: the detail pane shows its transcripts and the three genotypes
        robot.interact(() -> variants.getSelectionModel().select(0));
        TableView<TranscriptAnnotation> transcripts = table("#transcriptTable");
        TableView<GenotypeRow> genotypes = table("#genotypeTable");
        waitFor(() -> !transcripts.getItems().isEmpty() && genotypes.getItems().size() == 3);
        assertThat(transcripts.getItems()).anySatisfy(t -> assertThat(t.gene()).isEqualTo("POLE"));
        assertThat(genotypes.getItems()).extracting(GenotypeRow::sample)
                .containsExactlyInAnyOrder("ADM1059A1", "ADM1059A2", "ADM1059A3");
        assertThat(genotypes.getItems()).allSatisfy(g -> assertThat(g.gt()).isNotBlank());
        assertThat(table("#infoTable").getItems()).isNotEmpty();
        assertThat(text("#detailTitle")).contains(variants.getItems().get(0).label());
        screenshot(stage.getScene(), "workbench-en.png");

        // switch to Japanese from the menu: the window is rebuilt, the case stays open
        robot.clickOn("#languageMenu .label");
        robot.clickOn("日本語");
        waitFor(() -> app.mainViewModel().activeCaseProperty().get() != null);
        TableView<Finding> jaVariants = table("#variantTable");
        robot.clickOn("#geneFilter").write("POLE");
        waitFor(() -> !jaVariants.getItems().isEmpty() && jaVariants.getItems().stream()
                .allMatch(f -> "POLE".equals(f.gene())));
        robot.interact(() -> jaVariants.getSelectionModel().select(0));
        waitFor(() -> table("#genotypeTable").getItems().size() == 3);
        waitFor(() -> text("#pageText").contains("件中"));
        assertThat(jaVariants.getColumns()).anySatisfy(c -> assertThat(c.getText()).isEqualTo("ADM1059A2\n発端者"));
        screenshot(app.stage().getScene(), "workbench-ja.png");
        robot.interact(() -> app.mainWindow().tabs().getSelectionModel().select(0));
        screenshot(app.stage().getScene(), "cases-ja.png");
    }

    /** The same flow on the project's own synthetic demo trio, so a fresh clone without shared data tests it. */
    @Test
    void importDemoTrioThroughTheDialog() throws Exception {
        org.zenome.demo.DemoFiles demo = new org.zenome.demo.DemoCaseGenerator().generate(dir.resolve("demo"));
        answerDemoOffer("Not now");
        robot.clickOn("#importButton");
        TextField vcfField = robot.lookup("#importVcfField").queryAs(TextField.class);
        robot.interact(() -> vcfField.setText(demo.trioVcf().toString()));
        robot.clickOn(vcfField).type(KeyCode.END).type(KeyCode.ENTER);
        TableView<SampleRoleRow> samples = table("#importSamples");
        waitFor(() -> samples.getItems().size() == 3);
        assertThat(text("#importBuildEvidence")).contains("GRCh38");
        TextField pedField = robot.lookup("#importPedField").queryAs(TextField.class);
        robot.interact(() -> pedField.setText(demo.trioPed().toString()));
        robot.clickOn(pedField).type(KeyCode.ENTER);
        waitFor(() -> roleOf(samples, "DEMO-PROBAND") == SampleRole.PROBAND);
        assertThat(roleOf(samples, "DEMO-MOTHER")).isEqualTo(SampleRole.MOTHER);
        assertThat(roleOf(samples, "DEMO-FATHER")).isEqualTo(SampleRole.FATHER);
        robot.clickOn("#importStartButton");

        waitFor(() -> app.mainViewModel().activeCaseProperty().get() != null);
        TableView<Finding> variants = table("#variantTable");
        waitFor(() -> !variants.getItems().isEmpty());
        robot.clickOn("#geneFilter").write("SCN1A");
        waitFor(() -> !variants.getItems().isEmpty() && variants.getItems().stream()
                .allMatch(f -> "SCN1A".equals(f.gene())));
        robot.interact(() -> variants.getSelectionModel().select(0));
        TableView<TranscriptAnnotation> transcripts = table("#transcriptTable");
        TableView<GenotypeRow> genotypes = table("#genotypeTable");
        waitFor(() -> !transcripts.getItems().isEmpty() && genotypes.getItems().size() == 3);
        assertThat(transcripts.getItems()).anySatisfy(t -> assertThat(t.gene()).isEqualTo("SCN1A"));
        assertThat(genotypes.getItems()).extracting(GenotypeRow::sample)
                .containsExactlyInAnyOrder("DEMO-PROBAND", "DEMO-MOTHER", "DEMO-FATHER");
        screenshot(app.stage().getScene(), "demo-trio-en.png");
    }

    @Test
    void importDialogShowsTheProblemOfAnInvalidFile() throws Exception {
        Path notVcf = dir.resolve("notes.vcf");
        Files.writeString(notVcf, "this is a clinic letter, not a VCF\n");
        answerDemoOffer("Not now");
        robot.clickOn("#importButton");
        TextField vcfField = robot.lookup("#importVcfField").queryAs(TextField.class);
        robot.interact(() -> vcfField.setText(notVcf.toString()));
        robot.clickOn(vcfField).type(KeyCode.ENTER);
        waitFor(() -> !text("#importError").isEmpty());
        assertThat(text("#importError")).contains("notes.vcf");
        assertThat(robot.lookup("#importStartButton").queryButton().isDisabled()).isTrue();
        Window dialog = robot.lookup("#importVcfField").query().getScene().getWindow();
        screenshot(dialog.getScene(), "import-error-en.png");
    }

    private static SampleRole roleOf(TableView<SampleRoleRow> table, String sample) {
        return table.getItems().stream().filter(r -> r.name().equals(sample)).findFirst()
                .map(SampleRoleRow::role).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) throws TimeoutException {
        // a case tab is built on the FX thread after the case becomes active
        waitFor(() -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(TableView.class);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

}
