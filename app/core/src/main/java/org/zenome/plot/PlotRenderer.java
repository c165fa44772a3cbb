package org.zenome.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.zenome.domain.CopyNumberSegment;
import org.zenome.qc.PairQc;
import org.zenome.qc.QcResult;
import org.zenome.qc.SampleQc;

/**
 * Draws the genome-wide pictures with JFreeChart, headless, as SVG (JFreeSVG) or PNG, in English or Japanese
 * ({@link PlotText}; Japanese in IPAex Gothic, {@link PlotFonts}): the command line, the report and the desktop.
 */
public final class PlotRenderer {
    /** Substitution class colours as the COSMIC spectrum plots use them. */
    static final Color[] SUBSTITUTION_COLOURS = {new Color(0x03BCEE), new Color(0x010101), new Color(0xE32926),
        new Color(0xCAC9C9), new Color(0xA1CE63), new Color(0xEBC6C4)};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private PlotRenderer() {
    }

    // ---------------------------------------------------------------- charts

    /** Allele fraction (and depth ratio when tumour and normal) along the genome. */
    public static JFreeChart vaf(String caseId, GenomeAxis axis, GenomePlotData d, PlotText t) {
        NumberAxis x = genomeAxis(axis, t);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        XYSeriesCollection af = new XYSeriesCollection();
        af.addSeries(series(t.get("vaf.baf"), d.bafPositions(), d.baf()));
        if (d.vaf().length > 0) {
            af.addSeries(series(t.get("vaf.somatic"), d.vafPositions(), d.vaf()));
        }
        NumberAxis afAxis = new NumberAxis(t.get("vaf.axis"));
        afAxis.setRange(0, 1);
        XYPlot top = new XYPlot(af, null, afAxis, dots(new Color(0x1f77b4), new Color(0xd62728)));
        chromosomeMarkers(top, axis, true);
        plot.add(top, 3);
        if (d.log2Ratio().length > 0) {
            XYSeriesCollection ratio = new XYSeriesCollection();
            ratio.addSeries(series(t.get("vaf.ratio"), d.ratioPositions(), d.log2Ratio()));
            NumberAxis rAxis = new NumberAxis(t.get("vaf.ratioAxis"));
            rAxis.setRange(-2, 2);
            XYPlot bottom = new XYPlot(ratio, null, rAxis, dots(new Color(0x555555)));
            bottom.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
            chromosomeMarkers(bottom, axis, false);
            plot.add(bottom, 2);
        }
        return chart(plot, t.get("vaf.title", caseId), t);
    }

    /** Copy-number segments along the genome (log2 ratio; one line per segment). */
    public static JFreeChart copyNumber(String caseId, GenomeAxis axis, List<CopyNumberSegment> segments,
                                        PlotText t) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, XYSeries> bySample = new java.util.LinkedHashMap<>();
        for (CopyNumberSegment s : segments) {
            long a = axis.position(s.chrom(), s.start());
            long b = axis.position(s.chrom(), s.end());
            if (a < 0 || b < 0) {
                continue;
            }
            XYSeries ser = bySample.computeIfAbsent(s.sample(), k -> new XYSeries(k, false, true));
            double v = Math.max(-3, Math.min(3, s.log2Ratio()));
            ser.add(a, v);
            ser.add(b, v);
            ser.add(b + 1, Double.NaN);
        }
        bySample.values().forEach(data::addSeries);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {new Color(0x8c2d04), new Color(0x08519c), new Color(0x006d2c)};
        for (int i = 0; i < bySample.size(); i++) {
            r.setSeriesPaint(i, colours[i % colours.length]);
            r.setSeriesStroke(i, new BasicStroke(3f));
        }
        NumberAxis y = new NumberAxis(t.get("cn.axis"));
        y.setRange(-3, 3);
        XYPlot plot = new XYPlot(data, genomeAxis(axis, t), y, r);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        for (double v : new double[] {Math.log(3.0 / 2) / Math.log(2), Math.log(1.0 / 2) / Math.log(2)}) {
            plot.addRangeMarker(new ValueMarker(v, new Color(0xbbbbbb), new BasicStroke(0.6f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f)));
        }
        chromosomeMarkers(plot, axis, true);
        return chart(plot, t.get("cn.title", caseId, Integer.toString(segments.size())), t);
    }

    /** Structural variants as arcs over the genome: height grows with the span; translocations reach the top. */
    public static JFreeChart structuralVariants(String caseId, GenomeAxis axis, List<StructuralVariant> svs,
                                                PlotText t) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries anchors = new XYSeries(t.get("sv.breakpoints"), false, true);
        data.addSeries(anchors);
        NumberAxis y = new NumberAxis(t.get("sv.axis"));
        y.setRange(0, 1.1);
        y.setTickLabelsVisible(false);
        y.setTickMarksVisible(false);
        XYPlot plot = new XYPlot(data, genomeAxis(axis, t), y, dots(new Color(0x333333)));
        Map<String, Color> colours = Map.of("DEL", new Color(0xd62728), "DUP", new Color(0x1f77b4), "INV",
                new Color(0x2ca02c), "INS", new Color(0xff7f0e), "BND", new Color(0x9467bd), "TRA", new Color(0x9467bd));
        double scale = Math.log10(axis.total());
        for (StructuralVariant sv : svs) {
            long a = axis.position(sv.chrom(), sv.pos());
            long b = axis.position(sv.mateChrom(), sv.matePos());
            if (a < 0) {
                continue;
            }
            if (b < 0) {
                b = a;
            }
            anchors.add(a, 0);
            anchors.add(b, 0);
            double span = Math.abs(b - a);
            boolean inter = !sv.chrom().equals(sv.mateChrom());
            double h = inter ? 1.0 : Math.max(0.05, Math.min(0.9, Math.log10(Math.max(10, span)) / scale));
            Path2D arc = new Path2D.Double();
            arc.moveTo(a, 0);
            arc.quadTo((a + b) / 2.0, 2 * h, b == a ? a + axis.total() / 2000.0 : b, 0);
            String type = sv.type().replace("<", "").replace(">", "").split(":")[0].toUpperCase(Locale.ROOT);
            Color c = colours.getOrDefault(type, new Color(0x7f7f7f));
            plot.addAnnotation(new XYShapeAnnotation(arc, new BasicStroke(1.2f), c));
        }
        chromosomeMarkers(plot, axis, true);
        JFreeChart chart = chart(plot, t.get("sv.title", caseId, Integer.toString(svs.size())), null);
        chart.addSubtitle(new TextTitle(t.get("sv.legend"), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return localise(chart, t);
    }

    /** The 96-class SNV spectrum as bars, coloured by substitution. */
    public static JFreeChart spectrum(String caseId, Spectrum s, SignatureFit.Result fit, PlotText t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        long[] counts = s.counts();
        List<String> classes = Spectrum.classes();
        for (int i = 0; i < 96; i++) {
            data.addValue(counts[i], t.get("spectrum.count"), classes.get(i));
        }
        CategoryAxis x = new CategoryAxis(t.get("spectrum.axis"));
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        x.setTickLabelFont(new Font(Font.MONOSPACED, Font.PLAIN, 7));
        x.setCategoryMargin(0.15);
        x.setLowerMargin(0.005);
        x.setUpperMargin(0.005);
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return SUBSTITUTION_COLOURS[column / 16];
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(data, x, new NumberAxis(t.get("spectrum.count")), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = chart(plot, t.get("spectrum.title", caseId, Long.toString(s.total())), null);
        chart.removeLegend();
        StringBuilder sub = new StringBuilder(String.join("  ", Spectrum.SUBSTITUTIONS));
        if (s.refMismatches() > 0 || s.skipped() > 0) {
            sub.append("   ").append(t.get("spectrum.skipped", Long.toString(s.refMismatches()),
                    Long.toString(s.skipped())));
        }
        chart.addSubtitle(new TextTitle(sub.toString(), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        if (fit != null) {
            StringBuilder f = new StringBuilder(t.get("spectrum.fit")).append(' ');
            int k = 0;
            for (SignatureFit.Exposure e : fit.exposures()) {
                if (k++ == 6) {
                    f.append(" ...");
                    break;
                }
                f.append(String.format(Locale.ROOT, "%s %.0f%%  ", e.signature(), 100 * e.fraction()));
            }
            f.append(' ').append(t.get("spectrum.cosine", String.format(Locale.ROOT, "%.3f", fit.cosineSimilarity())));
            chart.addSubtitle(new TextTitle(f.toString(), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        }
        return localise(chart, t);
    }

    /** The latest QC of a case: per-sample metrics and pair relatedness against the pedigree. */
    public static JFreeChart qc(String caseId, QcResult r, PlotText t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SampleQc s : r.samples()) {
            data.addValue(nan(s.callRate()), s.sample(), t.get("qc.callRate"));
            data.addValue(nan(s.tiTv()) / 3.0, s.sample(), t.get("qc.titv"));
            data.addValue(Math.min(1.5, nan(s.hetHomRatio()) / 2.0), s.sample(), t.get("qc.hetHom"));
            data.addValue(Math.min(1.5, nan(s.xHetRatio())), s.sample(), t.get("qc.xHetHom"));
            double y = s.coverage() != null && !Double.isNaN(s.coverage().yRatio()) ? s.coverage().yRatio()
                    : s.yDepthRatio();
            data.addValue(Math.min(1.5, nan(y)), s.sample(), t.get("qc.yDepth"));
        }
        DefaultCategoryDataset rel = new DefaultCategoryDataset();
        for (PairQc p : r.pairs()) {
            rel.addValue(nan(p.relatedness()), t.get("qc.observed"), p.sampleA() + " / " + p.sampleB());
            rel.addValue(nan(p.expected()), t.get("qc.pedigree"), p.sampleA() + " / " + p.sampleB());
        }
        BarRenderer br = new BarRenderer();
        br.setBarPainter(new StandardBarPainter());
        br.setShadowVisible(false);
        CategoryPlot samples = new CategoryPlot(data, new CategoryAxis(t.get("qc.samples")),
                new NumberAxis(t.get("qc.value")), br);
        samples.setBackgroundPaint(Color.WHITE);
        samples.setRangeGridlinePaint(new Color(0xdddddd));
        org.jfree.chart.plot.CombinedRangeCategoryPlot combined = null;
        JFreeChart chart;
        if (rel.getColumnCount() > 0) {
            BarRenderer rr = new BarRenderer();
            rr.setBarPainter(new StandardBarPainter());
            rr.setShadowVisible(false);
            rr.setSeriesPaint(0, new Color(0x1f77b4));
            rr.setSeriesPaint(1, new Color(0xbbbbbb));
            CategoryPlot pairs = new CategoryPlot(rel, new CategoryAxis(t.get("qc.relatedness")),
                    new NumberAxis(t.get("qc.value")), rr);
            pairs.setBackgroundPaint(Color.WHITE);
            combined = new org.jfree.chart.plot.CombinedRangeCategoryPlot(new NumberAxis(t.get("qc.value")));
            combined.add(samples, 3);
            combined.add(pairs, 2);
            chart = chart(combined, t.get("qc.title", caseId), null);
        } else {
            chart = chart(samples, t.get("qc.title", caseId), null);
        }
        long failures = r.problems().stream().filter(p -> p.identity()).count();
        chart.addSubtitle(new TextTitle(failures == 0 ? t.get("qc.identityOk") : t.get("qc.identityFailed",
                Long.toString(failures), String.join("; ", r.problems().stream().filter(p -> p.identity())
                .map(p -> p.key()).toList())), new Font(Font.SANS_SERIF, Font.BOLD, 12), failures == 0
                ? new Color(0x2ca02c) : new Color(0xd62728), org.jfree.chart.ui.RectangleEdge.TOP,
                org.jfree.chart.ui.HorizontalAlignment.CENTER, org.jfree.chart.ui.VerticalAlignment.CENTER,
                org.jfree.chart.ui.RectangleInsets.ZERO_INSETS));
        return localise(chart, t);
    }

    // ---------------------------------------------------------------- output

    /** The chart as an SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        java.util.function.Function<String, String> standard = g.getFontFunction();
        g.setFontFunction(family -> PlotFonts.svgFamily(family, standard));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    public static byte[] svgBytes(JFreeChart chart, int width, int height) {
        return svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
    }

    /** The chart as a PNG. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        return png(chart, width, height, 1.0);
    }

    /**
     * The chart as a PNG whose text and lines are {@code scale} times larger (laid out on width/scale x
     * height/scale, then magnified): for a projector or a wall screen.
     */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- helpers

    /** A chart with the title; in the language's font when {@code t} is given (charts with subtitles to come: null). */
    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, String title, PlotText t) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
        }
        return t == null ? chart : localise(chart, t);
    }

    /** Japanese text needs a font with Japanese glyphs (IPAex Gothic, as in the reports). */
    public static JFreeChart localise(JFreeChart chart, PlotText t) {
        if (t.japanese()) {
            PlotFonts.applyJapanese(chart);
        }
        return chart;
    }

    private static NumberAxis genomeAxis(GenomeAxis axis, PlotText t) {
        NumberAxis x = new NumberAxis(t.get("axis.chromosome"));
        x.setRange(0, axis.total());
        x.setTickLabelsVisible(false);
        x.setTickMarksVisible(false);
        return x;
    }

    private static void chromosomeMarkers(XYPlot plot, GenomeAxis axis, boolean labels) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setBackgroundPaint(Color.WHITE);
        double top = plot.getRangeAxis().getRange().getUpperBound();
        for (Map.Entry<String, Long> e : axis.starts().entrySet()) {
            if (e.getValue() > 0) {
                plot.addDomainMarker(new ValueMarker(e.getValue(), new Color(0xcccccc), new BasicStroke(0.6f)));
            }
            if (labels) {
                XYTextAnnotation t = new XYTextAnnotation(e.getKey().substring(3), e.getValue()
                        + axis.length(e.getKey()) / 2.0, top);
                t.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
                t.setTextAnchor(TextAnchor.TOP_CENTER);
                plot.addAnnotation(t);
            }
        }
    }

    private static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i], false);
        }
        return s;
    }

    private static XYLineAndShapeRenderer dots(Color... colours) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesShape(i, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        }
        return r;
    }

    private static double nan(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? 0 : v;
    }
}
