package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.zenome.browser.VariantClick;

/** A robot click on a variant drawn by igv.js reaches Java as a {@code variantClicked} event. */
class BrowserVariantClickTest extends BrowserViewTestSupport {
    private final FxRobot robot = new FxRobot();

    /** The record at POS, read independently with htsjdk. */
    private static VariantClick expected(int pos) {
        Path vcf = BrowserTestData.dir(BrowserTestData.BRCA1_DIR).resolve("brca1_1kgPhase3_variants.vcf.gz");
        try (VCFFileReader reader = new VCFFileReader(vcf, true)) {
            try (var it = reader.query("ref_brca1", pos, pos)) {
                while (it.hasNext()) {
                    VariantContext vc = it.next();
                    if (vc.getStart() == pos) {
                        String alts = String.join(",", vc.getAlternateAlleles().stream().map(a -> a.getDisplayString()).toList());
                        return new VariantClick(vc.getContig(), vc.getStart(), vc.getReference().getDisplayString(), alts);
                    }
                }
            }
        }
        throw new AssertionError("no record at " + pos);
    }

    private VariantClick clickVariant(int pos) throws Exception {
        Point2D inPage = await(view.bridge().locate("Variants", pos)).orElseThrow();
        Point2D onScreen = fx(() -> view.webView().localToScreen(inPage));
        clicks.clear();
        robot.clickOn(onScreen);
        return clicks.poll(TIMEOUT_S, TimeUnit.SECONDS);
    }

    @Test
    void clickingAnSnvAndADeletionReportsTheirRecords() throws Exception {
        open(BrowserTestData.brca1("brca1_HG00096.bam"));
        await(view.bridge().selectVariant("ref_brca1", 96, "G", "A"));   // ref_brca1:46-146

        VariantClick snv = clickVariant(132);
        assertThat(snv).isEqualTo(expected(132)).isEqualTo(new VariantClick("ref_brca1", 132, "A", "G"));

        VariantClick centre = clickVariant(96);
        assertThat(centre).isEqualTo(new VariantClick("ref_brca1", 96, "G", "A"));

        await(view.bridge().selectVariant("ref_brca1", 509, "CT", "C"));
        VariantClick deletion = clickVariant(509);
        assertThat(deletion).isEqualTo(expected(509)).isEqualTo(new VariantClick("ref_brca1", 509, "CT", "C"));
        assertThat(errors).isEmpty();
    }

    @Test
    void clickingWhereThereIsNoVariantReportsNothing() throws Exception {
        open(BrowserTestData.brca1("brca1_HG00096.bam"));
        await(view.bridge().selectVariant("ref_brca1", 96, "G", "A"));
        Point2D at96 = await(view.bridge().locate("Variants", 96)).orElseThrow();
        Point2D at132 = await(view.bridge().locate("Variants", 132)).orElseThrow();
        // POS 115: the records nearest are 99 and 132
        double pixelsPerBase = (at132.getX() - at96.getX()) / (132 - 96);
        assertThat(pixelsPerBase).isGreaterThan(5);
        Point2D empty = new Point2D(at96.getX() + (115 - 96) * pixelsPerBase, at96.getY());
        robot.clickOn(fx(() -> view.webView().localToScreen(empty)));
        assertThat(clicks.poll(2, TimeUnit.SECONDS)).isNull();
    }
}
