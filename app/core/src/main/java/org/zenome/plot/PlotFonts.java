package org.zenome.plot;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The font of Japanese pictures: IPAex Gothic, the font the reports embed ({@code reports-templates/fonts/ipaexg.ttf},
 * on the application's class path through the report module), loaded with AWT (headless) and registered once; an
 * installed font with Japanese glyphs when it is absent; else the logical SansSerif font. English pictures keep
 * JFreeChart's SansSerif.
 */
public final class PlotFonts {
    static final String RESOURCE = "reports-templates/fonts/ipaexg.ttf";
    private static final String SAMPLE = "染色体のアレル頻度";
    private static final List<String> INSTALLED = List.of("IPAexGothic", "IPAexゴシック", "Noto Sans CJK JP",
            "Noto Sans JP", "IPAGothic", "Hiragino Sans", "Yu Gothic", "Meiryo", "MS Gothic", "TakaoGothic");
    private static Font japanese;

    private PlotFonts() {
    }

    /** A plain font with Japanese glyphs (the base for every size and style). */
    public static synchronized Font japanese() {
        if (japanese == null) {
            japanese = load();
        }
        return japanese;
    }

    private static Font load() {
        try (InputStream in = PlotFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Font f = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
                return f.deriveFont(Font.PLAIN, 12f);
            }
        } catch (IOException | FontFormatException | RuntimeException e) {
            // an installed font then
        }
        for (String name : INSTALLED) {
            Font f = new Font(name, Font.PLAIN, 12);
            if (!Font.DIALOG.equals(f.getFamily()) && f.canDisplayUpTo(SAMPLE) == -1) {
                return f;
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** Sets every text of the chart (titles, legend, axes, annotations) in the Japanese font, same sizes and styles. */
    public static void applyJapanese(JFreeChart chart) {
        Font base = japanese();
        Function<Font, Font> to = f -> f == null || Font.MONOSPACED.equals(f.getName()) ? f
                : base.deriveFont(f.getStyle(), f.getSize2D());
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(to.apply(chart.getTitle().getFont()));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                tt.setFont(to.apply(tt.getFont()));
            } else if (t instanceof LegendTitle lt) {
                lt.setItemFont(to.apply(lt.getItemFont()));
            }
        }
        plot(chart.getPlot(), to);
    }

    private static void plot(Plot p, Function<Font, Font> to) {
        if (p instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), to);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), to);
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation t) {
                    t.setFont(to.apply(t.getFont()));
                }
            }
            if (xy instanceof CombinedDomainXYPlot c) {
                for (XYPlot sub : c.getSubplots()) {
                    plot(sub, to);
                }
            }
        } else if (p instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                axis(cp.getDomainAxis(i), to);
            }
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                axis(cp.getRangeAxis(i), to);
            }
            if (cp instanceof CombinedRangeCategoryPlot c) {
                for (Object sub : c.getSubplots()) {
                    plot((Plot) sub, to);
                }
            }
        }
    }

    private static void axis(Axis a, Function<Font, Font> to) {
        if (a != null) {
            a.setLabelFont(to.apply(a.getLabelFont()));
            a.setTickLabelFont(to.apply(a.getTickLabelFont()));
        }
    }

    /** The SVG font-family of a Java font family: the Japanese font with fallbacks a viewer may have. */
    static String svgFamily(String javaFamily, Function<String, String> standard) {
        if (javaFamily != null && (javaFamily.startsWith("IPAex") || javaFamily.equals(japanese().getFamily()))) {
            // JFreeSVG writes single-quoted attributes: the family names are in double quotes
            return "IPAexGothic, \"IPAexゴシック\", \"Noto Sans CJK JP\", \"Hiragino Sans\", \"Yu Gothic\", sans-serif";
        }
        return standard.apply(javaFamily);
    }
}
