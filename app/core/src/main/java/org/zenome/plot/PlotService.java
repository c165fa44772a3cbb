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
        GenomeAxis axis = new GenomeAxis(c.build());
        switch (kind) {
            case QC: {
                QcResult r = store.qc().latest(c.id()).orElse(null);
                if (r == null) {
                    r = new QcService(store, Clock.systemUTC()).run(c, QcThresholds.defaults(), Map.of(), true, user);
                }
                return new Picture(kind, PlotRenderer.qc(c.caseId(), r), null, null, r.samples().size());
            }
            case CN: {
                List<CopyNumberSegment> segs = store.qc().segments(c.id());
                if (segs.isEmpty()) {
                    throw new IllegalStateException("case " + c.caseId() + " has no copy-number segments: import a .seg "
                            + "or CNVkit .cns file (zenome plot --segments FILE)");
                }
                return new Picture(kind, PlotRenderer.copyNumber(c.caseId(), axis, segs), null, null, segs.size());
            }
            case VAF: {
                GenomePlotData d = new GenomePlots(store).collect(c, kind, null);
                if (d.baf().length == 0 && d.vaf().length == 0) {
                    throw new IllegalStateException("case " + c.caseId() + " has no variants with allele depths (AD) to "
                            + "draw allele fractions from");
                }
                return new Picture(kind, PlotRenderer.vaf(c.caseId(), axis, d), d, null, d.baf().length + d.vaf().length);
            }
            case SV: {
                GenomePlotData d = new GenomePlots(store).collect(c, kind, null);
                return new Picture(kind, PlotRenderer.structuralVariants(c.caseId(), axis, d.structuralVariants()), d,
                        null, d.structuralVariants().size());
            }
            case SPECTRUM: {
                Path ref = new QcService(store, Clock.systemUTC()).reference(c).orElse(null);
                GenomePlotData d = new GenomePlots(store).collect(c, kind, ref);
                SignatureFit.Result fit = signatures == null ? null : signatures.fit(d.spectrum().counts());
                return new Picture(kind, PlotRenderer.spectrum(c.caseId(), d.spectrum(), fit), d, fit,
                        (int) d.spectrum().total());
            }
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /** The pictures a report of the case carries: what the case has data for; one that cannot be drawn is left out. */
    public List<Picture> forReport(CaseSummary c, boolean cancer) {
        List<Picture> out = new java.util.ArrayList<>();
        List<PlotKind> kinds = cancer ? List.of(PlotKind.QC, PlotKind.VAF, PlotKind.CN, PlotKind.SV, PlotKind.SPECTRUM)
                : List.of(PlotKind.QC);
        for (PlotKind k : kinds) {
            try {
                if (k == PlotKind.QC && store.qc().latest(c.id()).isEmpty()) {
                    continue;
                }
                Optional<Picture> p = Optional.of(draw(c, k, null, "report"));
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
