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
 * @param coveredFraction fraction of the sampled autosomal positions with at least one read (reads only; null when
 *                      not known: a coverage summary, or a result stored before it was measured)
 */
public record Coverage(String source, double meanCoverage, double medianCoverage, double pct10x, double pct20x,
                       double pct30x, double yRatio, double xRatio, Double coveredFraction) {
    /**
     * Reads of a whole genome cover nearly every sampled position outside the assembly's gaps (a 30x genome ~0.9, a
     * 5x one still ~0.85); an excerpt of the reads around the findings (a "mini-BAM" for review), a panel or an exome
     * covers a few per cent. Below this the reads are not whole-genome reads and their genome-wide coverage says nothing.
     */
    public static final double GENOME_WIDE_MIN_FRACTION = 0.5;

    /** As before the covered fraction was measured (a coverage summary: mosdepth, Picard). */
    public Coverage(String source, double meanCoverage, double medianCoverage, double pct10x, double pct20x,
                    double pct30x, double yRatio, double xRatio) {
        this(source, meanCoverage, medianCoverage, pct10x, pct20x, pct30x, yRatio, xRatio, null);
    }

    /**
     * Whether these are whole-genome reads, so the mean coverage and the X/Y ratios describe the genome: false for
     * reads covering less than {@link #GENOME_WIDE_MIN_FRACTION} of the sampled positions; true when not known.
     */
    public boolean genomeWide() {
        return coveredFraction == null || Double.isNaN(coveredFraction) || coveredFraction >= GENOME_WIDE_MIN_FRACTION;
    }
}
