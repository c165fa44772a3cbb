package org.zenome.report.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of a PDF rendered to pixels with PDFBox, for a preview (no UI toolkit here: plain ARGB arrays). */
public final class PdfPages {
    private PdfPages() {
    }

    /** One rendered page: {@code argb} holds width × height pixels, row by row. */
    public record Page(int number, int width, int height, int[] argb) {
    }

    /** Every page at {@code dpi} dots per inch. */
    public static List<Page> render(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Page> out = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int w = img.getWidth();
                int h = img.getHeight();
                out.add(new Page(i + 1, w, h, img.getRGB(0, 0, w, h, null, 0, w)));
            }
            return out;
        }
    }
}
