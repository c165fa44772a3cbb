package org.zenome.ui.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.CaseSummary;
import org.zenome.plot.PlotKind;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.ZenomeApp;

/**
 * The real application on a real store: a sex mismatch found by {@code zenome qc} is a red warning on the case until it
 * is acknowledged with a note (audited); the genome-wide pictures open in their window and are saved as SVG.
 */
class SampleQcFxTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aSexMismatchIsAWarningUntilAcknowledged() throws Exception {
        Path db = dir.resolve("cases.db");
        Path vcf = dir.resolve("two.vcf");
        Files.writeString(vcf, twoSamples());
        Path ped = dir.resolve("two.ped");
        // M1 shows one X and a Y but is declared female
        Files.writeString(ped, "A\tM1\t0\t0\t2\t1\nB\tF2\t0\t0\t2\t1\n");
        assertThat(cli("import", "-q", "--db", db.toString(), "--case", "QC-1", "--build", "GRCh38", "--ped",
                ped.toString(), vcf.toString())).isZero();
        assertThat(cli("qc", "--db", db.toString(), "--case", "QC-1")).isEqualTo(5);

        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
        LoginSteps.enter(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);
        CaseSummary kase = app.mainViewModel().caseList().items().get(0);
        robot.interact(() -> app.mainViewModel().openCase(kase));
        waitFor(() -> robot.lookup("#qcWarning").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#qcSummary")).contains("SAMPLE IDENTITY CHECK FAILED");
        assertThat(robot.lookup(".qc-problem").queryAllAs(Label.class)).anyMatch(l -> l.getText()
                .contains("M1: declared female but the data look male"));
        screenshot("sample-qc-warning-en.png");

        robot.clickOn("#qcNote").write("PED typo; the clinic confirmed the patient is male");
        robot.clickOn("#qcAcknowledge");
        waitFor(() -> !robot.lookup("#qcWarning").query().isVisible());
        assertThat(text("#qcSummary")).contains("no open problem");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.audit().list("QC-1", null, null, null)).anyMatch(e -> e.action().equals("qc.acknowledge")
                    && e.after().contains("PED typo"));
        }

        robot.clickOn("#qcPictures");
        waitFor(() -> robot.lookup("#plotImage").tryQuery().map(n -> ((ImageView) n).getImage() != null).orElse(false));
        ImageView image = robot.lookup("#plotImage").queryAs(ImageView.class);
        assertThat(image.getImage().getWidth()).isEqualTo(GenomeWideWindow.WIDTH);
        GenomeWideWindow[] window = new GenomeWideWindow[1];
        Path svg = dir.resolve("qc.svg");
        robot.interact(() -> {
            SampleQcViewModel vm = app.mainViewModel().activeCaseProperty().get().sampleQc();
            window[0] = new GenomeWideWindow(null, vm, new org.zenome.ui.common.I18n(java.util.Locale.ENGLISH), null);
            window[0].saveTo(PlotKind.QC, svg);
        });
        waitFor(() -> Files.exists(svg) && Files.size(svg) > 1000);
        assertThat(Files.readString(svg)).contains("<svg").contains("sample QC");
    }

    private static int cli(String... args) {
        return ZenomeCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), args);
    }

    /** A male sample (hemizygous X, Y reads) and a female one, 80 sites on each of chr1, chr2, chrX and 30 on chrY. */
    private static String twoSamples() {
        Random rnd = new Random(5);
        StringBuilder sb = new StringBuilder("##fileformat=VCFv4.2\n##reference=GRCh38\n"
                + "##contig=<ID=chr1,length=248956422>\n##contig=<ID=chr2,length=242193529>\n"
                + "##contig=<ID=chrX,length=156040895>\n##contig=<ID=chrY,length=57227415>\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                + "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tM1\tF2\n");
        for (String chrom : new String[] {"chr1", "chr2", "chrX", "chrY"}) {
            for (int k = 0; k < (chrom.equals("chrY") ? 30 : 80); k++) {
                sb.append(chrom).append('\t').append(5_000_000 + k * 100_000).append("\t.\tC\tT\t50\tPASS\t.\tGT:AD:DP");
                for (boolean male : new boolean[] {true, false}) {
                    String gt;
                    if (chrom.equals("chrY")) {
                        gt = male ? "1/1:0,15:15" : "./.:.:.";
                    } else if (chrom.equals("chrX") && male) {
                        gt = rnd.nextBoolean() ? "1/1:0,15:15" : "0/0:15,0:15";
                    } else {
                        int r = rnd.nextInt(3);
                        gt = r == 0 ? "0/0:30,0:30" : r == 1 ? "0/1:15,15:30" : "1/1:0,30:30";
                    }
                    sb.append('\t').append(gt);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = app.stage().getScene().snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(buffered, "png", SCREENSHOTS.resolve(name).toFile());
    }
}
