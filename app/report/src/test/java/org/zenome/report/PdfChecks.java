package org.zenome.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reading report PDFs back: text per page, fonts, veraPDF validation. */
final class PdfChecks {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The text of each page. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(d));
            }
            return out;
        }
    }

    /** The whole text with all white space removed (table cells wrap anywhere). */
    static String compact(byte[] pdf) throws IOException {
        return String.join("", pages(pdf)).replaceAll("\\s+", "");
    }

    /** Every font used on every page, as "name embedded?". */
    static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                PDResources r = p.getResources();
                for (COSName n : r.getFontNames()) {
                    out.add(r.getFont(n));
                }
            }
        }
        return out;
    }

    /** The failed veraPDF rules as text; empty when the file conforms to the PDF/A flavour it declares. */
    static List<String> veraPdfFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            if (!result.isCompliant()) {
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                                + a.getMessage());
                    }
                }
                if (failures.isEmpty()) {
                    failures.add("not compliant with " + result.getPDFAFlavour());
                }
            }
            return failures;
        }
    }

    static String flavour(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            return parser.getFlavour().getId();
        }
    }

    static byte[] read(byte[] pdf) {
        return pdf;
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static boolean embedded(PDFont f) {
        return f.isEmbedded();
    }

    static ByteArrayInputStream stream(byte[] b) {
        return new ByteArrayInputStream(b);
    }
}
