package org.zenome.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.cli.ZenomeCli;
import org.zenome.report.ReportContent;
import org.zenome.report.ReportException;
import org.zenome.report.ReportTemplates;

/**
 * Renders a report to an archival PDF: the template's XHTML filled by Pebble, laid out by openhtmltopdf on PDFBox
 * 3 as PDF/A-2u (tagged for accessibility), with the template's fonts embedded as subsets.
 * See docs/adr/report-templates.md.
 */
public final class PdfReportRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReportRenderer.class);
    /** Font family name the style sheets use. */
    public static final String FONT_FAMILY = "ReportGothic";
    static final String FONT_FILE = "fonts/ipaexg.ttf";

    private final ReportTemplates templates;
    private final PebbleEngine engine;
    private final byte[] icc;
    private final TrueTypeFont font;
    private final ToUnicodeRepair textRepair;
    private final FSDefaultCacheStore metricsCache = new FSDefaultCacheStore();

    static {
        // openhtmltopdf logs through java.util.logging to standard error; its messages go to the diagnostic
        // consumer below (debug level) instead
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    public PdfReportRenderer(ReportTemplates templates) {
        this.templates = templates;
        Loader<String> loader;
        if (templates.directory().isPresent()) {
            loader = new FileLoader(templates.directory().get().toString());
        } else {
            ClasspathLoader cl = new ClasspathLoader(PdfReportRenderer.class.getClassLoader());
            cl.setPrefix("reports-templates");
            loader = cl;
        }
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .newLineTrimming(false).build();
        this.icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        try (InputStream in = templates.open(FONT_FILE)) {
            byte[] bytes = in.readAllBytes();
            // parsed once: every report embeds a subset of it
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            this.textRepair = ToUnicodeRepair.forFont(bytes);
        } catch (IOException e) {
            throw new ReportException(templates.where() + "/" + FONT_FILE + ": cannot read the report font: "
                    + e.getMessage(), e);
        }
    }

    public ReportTemplates templates() {
        return templates;
    }

    /** The filled XHTML of a report (what the PDF is laid out from). */
    public String html(ReportContent content) {
        Map<String, String> messages = templates.messages(content.template(), content.language());
        Map<String, String> institution = templates.institution(content.language());
        templates.checkLogo(institution.get("logo"));
        Map<String, Object> ctx = new ReportView(content, messages).context(institution);
        String name = content.template() + "/report.html";
        try {
            PebbleTemplate tpl = engine.getTemplate(name);
            StringWriter w = new StringWriter(64 * 1024);
            tpl.evaluate(w, ctx, content.language().locale());
            return w.toString();
        } catch (PebbleException | IOException e) {
            throw new org.zenome.report.ReportTemplateException(templates.where() + "/" + name + ": "
                    + e.getMessage(), e);
        }
    }

    /** The PDF/A bytes of a report. One report at a time (the parsed font is shared). */
    public synchronized byte[] render(ReportContent content) {
        long t0 = System.nanoTime();
        String html = html(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.usePDDocument(doc);
            b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metricsCache);
            b.useFastMode();
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            b.usePdfUaAccessibility(true);
            b.useColorProfile(icc);
            b.withProducer("Zenome " + ZenomeCli.version() + " (openhtmltopdf, PDFBox)");
            // one weight: IPAex Gothic has no bold face, bold text uses the same glyphs
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, font, true)), FONT_FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            // only the template's own files (style sheet, logo) and the case's genome-browser pictures, which the
            // report carries inline as data: URIs; never the network
            b.useExternalResourceAccessControl((uri, type) -> uri.startsWith("file:") || uri.startsWith("jar:")
                            || uri.startsWith("data:image/png;base64,"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withDiagnosticConsumer(d -> LOG.debug("openhtmltopdf: {}", d.getFormattedMessage()));
            b.withHtmlContent(html, templates.baseUri() + content.template() + "/");
            b.toStream(out);
            b.run();
            pdf = textRepair.repair(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof org.xml.sax.SAXParseException x) {
                    throw new org.zenome.report.ReportTemplateException(templates.where() + "/" + content.template()
                            + ": the filled template is not valid XHTML (line " + x.getLineNumber() + ", column "
                            + x.getColumnNumber() + " of the filled page): " + x.getMessage()
                            + " (close every tag, e.g. <br/>)", e);
                }
            }
            throw new ReportException("cannot lay out report " + content.reportId() + " from " + templates.where()
                    + "/" + content.template() + ": " + e.getMessage(), e);
        }
        LOG.info("Rendered report {} v{} ({}, {}) in {} ms, {} bytes", content.reportId(), content.version(),
                content.template(), content.language().code(), (System.nanoTime() - t0) / 1_000_000, pdf.length);
        return pdf;
    }
}
