package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSnapshot;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Genome-browser pictures saved with a case (case view or {@code zenome snapshot}) go into the report beside the
 * findings they show; pictures of other places do not; the PDF stays PDF/A.
 */
class ReportPicturesTest {
    @TempDir
    Path dir;

    @Test
    void aPictureOfAReportedFindingIsInTheReport() throws Exception {
        String db = dir.resolve("zenome.db").toString();
        try (SqliteCaseStore store = TestCases.store(dir)) {
            long pk = store.cases().find(TestCases.RARE).orElseThrow().id();
            // elsewhere on chromosome 2: not a reported finding
            store.snapshots().save(pk, new CaseSnapshot(0, "chr2:1000-2000", "PNG", 300, 120, Instant.now(),
                    png(Color.RED)));
        }
        byte[] without = report(db, "without.pdf");
        assertThat(PdfChecks.compact(without)).doesNotContain("Genomebrowserviews");
        assertThat(pictures(without)).isZero();

        try (SqliteCaseStore store = SqliteCaseStore.open(Path.of(db))) {
            long pk = store.cases().find(TestCases.RARE).orElseThrow().id();
            // SCN1A c.2836C>T at chr2:165991235
            store.snapshots().save(pk, new CaseSnapshot(0, "chr2:165,991,185-165,991,285", "PNG", 300, 120,
                    Instant.now(), png(Color.BLUE)));
        }
        byte[] with = report(db, "with.pdf");
        String text = PdfChecks.compact(with);
        assertThat(text).contains("Genomebrowserviews", "SCN1A", "chr2:165,991,185-165,991,285");
        assertThat(pictures(with)).isEqualTo(1);
        assertThat(PdfChecks.veraPdfFailures(with)).isEmpty();
    }

    private byte[] report(String db, String name) throws Exception {
        Path out = dir.resolve(name);
        ReportCliTest.Run r = ReportCliTest.run("report", "--db", db, "--case", TestCases.RARE, "--template",
                "rare-disease", "--lang", "en", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllBytes(out);
    }

    /** Images of the pictures' size (300 x 120) on the pages, also inside form XObjects: the logo is another size. */
    private static int pictures(byte[] pdf) throws Exception {
        int n = 0;
        try (PDDocument d = PdfChecks.load(pdf)) {
            for (PDPage p : d.getPages()) {
                n += pictures(p.getResources(), 0);
            }
        }
        return n;
    }

    private static int pictures(org.apache.pdfbox.pdmodel.PDResources res, int depth) throws Exception {
        int n = 0;
        if (res == null || depth > 5) {
            return 0;
        }
        for (COSName name : res.getXObjectNames()) {
            var x = res.getXObject(name);
            if (x instanceof PDImageXObject i && i.getWidth() == 300 && i.getHeight() == 120) {
                n++;
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
                n += pictures(f.getResources(), depth + 1);
            }
        }
        return n;
    }

    private static byte[] png(Color c) throws Exception {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.setColor(c);
        g.fillRect(20, 20, 260, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
