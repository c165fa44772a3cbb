package org.zenome.qc;

/**
 * Read coverage of one sample.
 *
 * @param source        where it comes from: {@code BAM index + sampled scan}, {@code mosdepth}, {@code Picard}
 * @param meanCoverage  mean autosomal coverage (x)
 * @param medianCoverage median coverage of the sampled positions (NaN when not known)
 * @param pct10x        fraction of sampled positions with at least 10 reads (NaN when not known)
 * @param pct20x        ... 20 reads
 * @param pct30x        ... 30 reads
 * @param yRatio        coverage of Y over autosomal coverage (NaN when not known)
 * @param xRatio        coverage of X over autosomal coverage (NaN when not known)
 */
public record Coverage(String source, double meanCoverage, double medianCoverage, double pct10x, double pct20x,
                       double pct30x, double yRatio, double xRatio) {
}
