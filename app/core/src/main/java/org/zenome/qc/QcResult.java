package org.zenome.qc;

import java.time.Instant;
import java.util.List;

/**
 * The QC of a case: per sample, per pair, per trio, tumour/normal, and what is wrong.
 *
 * @param thresholds the thresholds applied, as {@link QcThresholds#describe()} writes them
 */
public record QcResult(String caseId, Instant computedAt, String computedBy, String thresholds,
                       List<SampleQc> samples, List<PairQc> pairs, List<TrioQc> trios,
                       List<TumourNormalQc> tumourNormal, List<QcProblem> problems) {
    public QcResult {
        samples = List.copyOf(samples);
        pairs = List.copyOf(pairs);
        trios = List.copyOf(trios);
        tumourNormal = List.copyOf(tumourNormal);
        problems = List.copyOf(problems);
    }

    /** True when any identity check failed. */
    public boolean identityFailed() {
        return problems.stream().anyMatch(QcProblem::identity);
    }
}
