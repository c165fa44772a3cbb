package org.zenome.plot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.CopyNumberSegment;
import org.zenome.importer.InvalidInputException;
import org.zenome.qc.QcResult;
import org.zenome.qc.QcService;
import org.zenome.qc.QcThresholds;
import org.zenome.store.CaseStore;

/**
 * The genome-wide pictures of a case, as charts: for the command line ({@code zenome plot}), the report and the desktop.
 */
public final class PlotService {
    /** A picture and what it says in numbers (for the command line and the captions). */
    public record Picture(PlotKind kind, JFreeChart chart, GenomePlotData data, SignatureFit.Result fit, int items) {
    }

    private final CaseStore store;

    public PlotService(CaseStore store) {
        this.store = store;
    }

    /**
     * Draws one picture of a case.
     *
     * @param signatures a signature matrix to fit the spectrum against (null: no fit)
     * @param user       who runs the QC when the case has none yet (the qc picture)
     * @throws IllegalStateException when there is nothing to draw (no segments imported, no SVs)
     */
    public Picture draw(CaseSummary c, PlotKind kind, SignatureFit signatures, String user) throws InvalidInputException {
        return draw(c, kind, signatures, user, java.util.Locale.ENGLISH);
    }

    /**
     * Draws one picture of a case with its text in the language of the locale (Japanese or English).
     *
     * @throws IllegalStateException when there is nothing to draw (no segments imported, no SVs)
     */
    public Picture draw(CaseSummary c, PlotKind kind, SignatureFit signatures, String user, java.util.Locale locale)
            throws InvalidInputException {
        PlotText t = PlotText.of(locale);
        GenomeAxis axis = new GenomeAxis(c.build());
        switch (kind) {
            case QC: {
                QcResult r = store.qc().latest(c.id()).orElse(null);
                if (r == null) {
                    r = new QcService(store, Clock.systemUTC()).run(c, QcThresholds.defaults(), Map.of(), true, user);
                }
                return new Picture(kind, PlotRenderer.qc(c.caseId(), r, t), null, null, r.samples().size());
            }
            case CN: {
                List<CopyNumberSegment> segs = store.qc().segments(c.id());
                if (segs.isEmpty()) {
                    throw new IllegalStateException("case " + c.caseId() + " has no copy-number segments: import a .seg "
                            + "or CNVkit .cns file (zenome plot --segments FILE)");
                }
                return new Picture(kind, PlotRenderer.copyNumber(c.caseId(), axis, segs, t), null, null, segs.size());
            }
            case VAF: {
                GenomePlotData d = new GenomePlots(store).collect(c, kind, null);
                if (d.baf().length == 0 && d.vaf().length == 0) {
                    throw new IllegalStateException("case " + c.caseId() + " has no variants with allele depths (AD) to "
                            + "draw allele fractions from");
                }
                JFreeChart chart = PlotRenderer.vaf(c.caseId(), axis, d, t);
                tmb(c).ifPresent(x -> chart.addSubtitle(new org.jfree.chart.title.TextTitle(t.format("vaf.tmb",
                        x.perMb(), x.mutations(), x.callableMb(), x.settings()), new java.awt.Font(
                        java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11))));
                PlotRenderer.localise(chart, t);
                return new Picture(kind, chart, d, null, d.baf().length + d.vaf().length);
            }
            case SV: {
                GenomePlotData d = new GenomePlots(store).collect(c, kind, null);
                return new Picture(kind, PlotRenderer.structuralVariants(c.caseId(), axis, d.structuralVariants(), t), d,
                        null, d.structuralVariants().size());
            }
            case SPECTRUM: {
                Path ref = new QcService(store, Clock.systemUTC()).reference(c).orElse(null);
                GenomePlotData d = new GenomePlots(store).collect(c, kind, ref);
                SignatureFit.Result fit = signatures == null ? null : signatures.fit(d.spectrum().counts());
                return new Picture(kind, PlotRenderer.spectrum(c.caseId(), d.spectrum(), fit, t), d, fit,
                        (int) d.spectrum().total());
            }
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /** The TMB computed for the case ({@code zenome tmb} or the case view), with its callable size. */
    private Optional<org.zenome.interpretation.TmbResult> tmb(CaseSummary c) {
        try {
            return store.interpretation().tmb(c.id());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The pictures a report of the case carries: what the case has data for; one that cannot be drawn is left out. */
    public List<Picture> forReport(CaseSummary c, boolean cancer) {
        return forReport(c, cancer, java.util.Locale.ENGLISH);
    }

    /** The pictures a report of the case carries, with their text in the report's language. */
    public List<Picture> forReport(CaseSummary c, boolean cancer, java.util.Locale locale) {
        List<Picture> out = new java.util.ArrayList<>();
        List<PlotKind> kinds = cancer ? List.of(PlotKind.QC, PlotKind.VAF, PlotKind.CN, PlotKind.SV, PlotKind.SPECTRUM)
                : List.of(PlotKind.QC);
        for (PlotKind k : kinds) {
            try {
                if (k == PlotKind.QC && store.qc().latest(c.id()).isEmpty()) {
                    continue;
                }
                Optional<Picture> p = Optional.of(draw(c, k, null, "report", locale));
                if (k == PlotKind.SV && p.get().items() == 0) {
                    continue;
                }
                out.add(p.get());
            } catch (InvalidInputException | RuntimeException e) {
                // nothing to draw for this case (no segments, no reference, ...): the report goes without it
            }
        }
        return out;
    }
}
