package org.zenome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.zenome.domain.GenomeBuild;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.importer.SampleRoleRow;

/**
 * The genome browser's settings in the real application (Japanese): the reference genomes page from the menu, and
 * the import dialog's reads column, on the real BRCA1 excerpt. Screenshots of both.
 */
class BrowserSettingsFxTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

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
    void referencePageAndReadsColumn() throws Exception {
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

        // the import dialog: one reads field per sample, checked before the import starts
        robot.clickOn("#importButton");
        TextField vcfField = robot.lookup("#importVcfField").queryAs(TextField.class);
        robot.interact(() -> vcfField.setText(data.resolve("brca1_1kgPhase3_variants.vcf.gz").toString()));
        robot.clickOn(vcfField).type(KeyCode.END).type(KeyCode.ENTER);
        TableView<SampleRoleRow> samples = robot.lookup("#importSamples").queryAs(TableView.class);
        waitFor(() -> samples.getItems().size() == 3);
        TextField reads = robot.lookup("#importReads-HG00096").queryAs(TextField.class);
        robot.interact(() -> reads.setText(data.resolve("brca1_HG00096.bam").toString()));
        Scene dialog = reads.getScene();
        screenshot(dialog, "import-reads-ja.png");
        assertThat(samples.getItems().get(0).reads()).isEqualTo(data.resolve("brca1_HG00096.bam").toString());

        try (SqliteCaseStore store = SqliteCaseStore.open(app.database())) {
            assertThat(store.references().find(GenomeBuild.GRCh37)).hasValueSatisfying(r -> {
                assertThat(r.fasta()).isEqualTo(data.resolve("ref_brca1.fa"));
                assertThat(r.annotation()).isEqualTo(data.resolve("brca1_gencodev19.gff3"));
            });
        }
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
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
