package org.zenome.ui;

import static org.zenome.ui.FxTestSupport.waitFor;
import static org.zenome.ui.FxTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.browser.BrowserState;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.browser.CaseBrowserPane;
import org.zenome.ui.importer.SampleRoleRow;

/**
 * The genome browser's files in the real application (Japanese), on the real BRCA1 excerpt: import through the
 * dialog with a sample's reads, the browser's message while GRCh37 has no reference, the reference genomes page
 * from the menu, and the reopened case showing the reads. Screenshots of the dialog and the page.
 */
class BrowserSettingsFxTest {

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private Path data;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        String root = System.getProperty("zenome.shared.data");
        Assumptions.assumeTrue(root != null, "system property zenome.shared.data is not set");
        data = Path.of(root, "reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(data), "shared test data not present: " + data);
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", dir.resolve("cases.db").toString(),
                "--lang", "ja");
        org.zenome.ui.LoginSteps.enter(robot);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> robot.lookup("今はしない").tryQuery().isPresent());
        robot.clickOn("今はしない");
        waitFor(() -> robot.lookup("今はしない").tryQuery().isEmpty());
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void importWithReadsThenSetTheReferenceAndTheCaseShowsItsReads() throws Exception {
        // the import dialog: one reads field per sample, checked before the import starts
        robot.clickOn("#importButton");
        TextField vcfField = robot.lookup("#importVcfField").queryAs(TextField.class);
        robot.interact(() -> vcfField.setText(data.resolve("brca1_1kgPhase3_variants.vcf.gz").toString()));
        robot.clickOn(vcfField).type(KeyCode.END).type(KeyCode.ENTER);
        TableView<SampleRoleRow> samples = robot.lookup("#importSamples").queryAs(TableView.class);
        waitFor(() -> samples.getItems().size() == 3);
        TextField reads = robot.lookup("#importReads-HG00096").queryAs(TextField.class);
        robot.interact(() -> {
            reads.setText(data.resolve("brca1_HG00096.bam").toString());
            samples.getItems().get(0).roleProperty().set(SampleRole.PROBAND);
            robot.lookup("#importBuild").queryAs(ComboBox.class).getSelectionModel().select(GenomeBuild.GRCh37);
            robot.lookup("#importCaseIdField").queryAs(TextField.class).setText("BRCA1-CASE");
        });
        waitFor(() -> !robot.lookup("#importStartButton").queryButton().isDisabled());
        screenshot(reads.getScene(), "import-reads-ja.png");
        robot.clickOn("#importStartButton");
        waitFor(() -> app.mainViewModel().activeCaseProperty().get() != null);
        if (robot.lookup("#importCloseButton").tryQuery().isPresent()) {
            robot.clickOn("#importCloseButton");
        }

        // no reference for GRCh37 yet: the browser says so and how to set one
        CaseBrowserPane pane = robot.lookup("#caseBrowser").queryAs(CaseBrowserPane.class);
        waitFor(() -> pane.browser().messageText().contains("GRCh37 の参照ゲノムが設定されていません"));

        // Settings > Reference genomes: a FASTA without its index is refused, the indexed one is saved
        robot.clickOn("#settingsMenu .label");
        robot.clickOn("#menuReferences");
        TextField fasta = robot.lookup("#referenceFasta-GRCh37").queryAs(TextField.class);
        Path unindexed = dir.resolve("ref.fa");
        Files.copy(data.resolve("ref_brca1.fa"), unindexed);
        robot.interact(() -> fasta.setText(unindexed.toString()));
        robot.clickOn("#referenceSave-GRCh37");
        waitFor(() -> !label("#referenceError-GRCh37").isEmpty());
        assertThat(label("#referenceError-GRCh37")).contains("インデックスがありません").contains(unindexed.toString());
        robot.interact(() -> {
            fasta.setText(data.resolve("ref_brca1.fa").toString());
            robot.lookup("#referenceGenes-GRCh37").queryAs(TextField.class)
                    .setText(data.resolve("brca1_gencodev19.gff3").toString());
        });
        robot.clickOn("#referenceSave-GRCh37");
        waitFor(() -> label("#referenceMessage-GRCh37").contains("GRCh37"));
        assertThat(label("#referenceError-GRCh37")).isEmpty();
        screenshot(robot.lookup("#referenceFasta-GRCh37").query().getScene(), "reference-genomes-ja.png");
        robot.clickOn("#referencesClose");
        try (SqliteCaseStore store = SqliteCaseStore.open(app.database())) {
            assertThat(store.references().find(GenomeBuild.GRCh37)).hasValueSatisfying(r -> {
                assertThat(r.fasta()).isEqualTo(data.resolve("ref_brca1.fa"));
                assertThat(r.annotation()).isEqualTo(data.resolve("brca1_gencodev19.gff3"));
            });
        }

        // reopened, the case shows the reference and the proband's reads at a locus typed in the box
        var kase = app.mainViewModel().activeCaseProperty().get().kase();
        robot.interact(() -> app.mainViewModel().closeCase(app.mainViewModel().activeCaseProperty().get()));
        robot.interact(() -> app.mainViewModel().openCase(kase));
        CaseBrowserPane reopened = robot.lookup("#caseBrowser").queryAs(CaseBrowserPane.class);
        waitFor(() -> reopened != pane && reopened.browser().bridge().isReady());
        TextField locus = robot.lookup("#browserLocus").queryAs(TextField.class);
        robot.interact(() -> locus.setText("ref_brca1:46-146"));
        robot.clickOn(locus).type(KeyCode.ENTER);
        waitFor(() -> "ref_brca1:46-146".equals(reopened.browser().bridge().locusProperty().get()));
        BrowserState state = reopened.browser().bridge().state().get(60, TimeUnit.SECONDS);
        assertThat(state.track("HG00096 (proband)")).hasValueSatisfying(t -> assertThat(t.inView()).isPositive());
        assertThat(reopened.browser().messageText()).isEmpty();
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
