package org.zenome.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The synthetic exon layout of a gene's MANE transcript on GRCh38, and the conversions between genomic positions
 * and HGVS c. coordinates. Exons are laid out inside the real gene span so that every curated finding lands in the
 * exon (or intron) its HGVS description names; where a finding carries a known GRCh38 position, the exon is placed
 * so that the finding lies exactly there.
 */
final class TranscriptModel {
    static final int MIN_EXON = 30;
    static final int MIN_INTRON = 80;
    /** Exonic anchors keep this many bases of exon on either side, clear of the splice region. */
    static final int EXONIC_MARGIN = 25;

    /**
     * A constraint on the layout: an HGVS position that must fall in a given exon (exonic) or intron (intronic),
     * and optionally at a given genomic position.
     *
     * @param position HGVS c. position
     * @param number   exon number for an exonic position, intron number for an intronic one (1-based)
     * @param genomic  required GRCh38 position, or null
     */
    record Anchor(HgvsPosition position, int number, Integer genomic) {
    }

    /** Where a genomic position falls relative to the transcript. */
    enum Kind { EXON, INTRON, UPSTREAM, DOWNSTREAM }

    /**
     * @param kind     exon, intron, upstream or downstream
     * @param number   exon or intron number (1-based) for EXON/INTRON
     * @param hgvs     the c. position (EXON/INTRON), null outside the transcript
     * @param t        transcript position of the base (EXON) or of the nearest exonic base (INTRON)
     * @param distance distance to the transcript for UPSTREAM/DOWNSTREAM
     */
    record Location(Kind kind, int number, HgvsPosition hgvs, int t, int distance) {
        boolean coding(TranscriptModel m) {
            return kind == Kind.EXON && t > m.utr5() && t <= m.utr5() + m.cdsLength();
        }
    }

    private final GeneSpec gene;
    private final int[] exonStart;
    private final int[] exonEnd;
    private final int[] boundary;
    private final int start;
    private final int end;

    private TranscriptModel(GeneSpec gene, int[] exonStart, int[] exonEnd, int[] boundary) {
        this.gene = gene;
        this.exonStart = exonStart;
        this.exonEnd = exonEnd;
        this.boundary = boundary;
        this.start = Arrays.stream(exonStart).min().orElseThrow();
        this.end = Arrays.stream(exonEnd).max().orElseThrow();
    }

    GeneSpec gene() {
        return gene;
    }

    int utr5() {
        return gene.utr5();
    }

    int cdsLength() {
        return gene.cdsLength();
    }

    int exonCount() {
        return exonStart.length;
    }

    /** Genomic start of exon {@code i} (0-based, transcript order). */
    int exonStart(int i) {
        return exonStart[i];
    }

    int exonEnd(int i) {
        return exonEnd[i];
    }

    /** First transcript position of exon {@code i} (0-based, transcript order). */
    int exonTranscriptStart(int i) {
        return boundary[i] + 1;
    }

    int exonTranscriptEnd(int i) {
        return boundary[i + 1];
    }

    /** First genomic base of the transcript. */
    int start() {
        return start;
    }

    /** Last genomic base of the transcript. */
    int end() {
        return end;
    }

    boolean plusStrand() {
        return gene.plusStrand();
    }

    /** Genomic position of a transcript base (1-based transcript position). */
    int genomic(int t) {
        if (t < 1 || t > boundary[boundary.length - 1]) {
            throw new IllegalArgumentException(gene.symbol() + ": transcript position out of range: " + t);
        }
        int i = exonOf(t);
        int off = t - boundary[i] - 1;
        return gene.plusStrand() ? exonStart[i] + off : exonEnd[i] - off;
    }

    /** Genomic position of an HGVS c. position. */
    int genomic(HgvsPosition p) {
        int t = p.transcriptPosition(utr5(), cdsLength());
        return genomic(t) + p.offset() * gene.strand();
    }

    /** Transcript position of the first base of the coding sequence, c.1. */
    int cdsStart() {
        return utr5() + 1;
    }

    int cdsEnd() {
        return utr5() + cdsLength();
    }

    private int exonOf(int t) {
        int lo = 0;
        int hi = exonStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t > boundary[mid + 1]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where a genomic position falls. */
    Location locate(int g) {
        int n = exonStart.length;
        for (int i = 0; i < n; i++) {
            if (g >= exonStart[i] && g <= exonEnd[i]) {
                int t = boundary[i] + 1 + (gene.plusStrand() ? g - exonStart[i] : exonEnd[i] - g);
                return new Location(Kind.EXON, i + 1, HgvsPosition.ofTranscript(t, 0, utr5(), cdsLength()), t, 0);
            }
        }
        if (g < start() || g > end()) {
            boolean before = g < start();
            boolean upstream = before == gene.plusStrand();
            int distance = before ? start() - g : g - end();
            return new Location(upstream ? Kind.UPSTREAM : Kind.DOWNSTREAM, 0, null, 0, distance);
        }
        for (int u = 0; u < n - 1; u++) {
            int d1;
            int d2;
            if (gene.plusStrand()) {
                if (g <= exonEnd[u] || g >= exonStart[u + 1]) {
                    continue;
                }
                d1 = g - exonEnd[u];
                d2 = exonStart[u + 1] - g;
            } else {
                if (g >= exonStart[u] || g <= exonEnd[u + 1]) {
                    continue;
                }
                d1 = exonStart[u] - g;
                d2 = g - exonEnd[u + 1];
            }
            int t = d1 <= d2 ? boundary[u + 1] : boundary[u + 1] + 1;
            int offset = d1 <= d2 ? d1 : -d2;
            return new Location(Kind.INTRON, u + 1, HgvsPosition.ofTranscript(t, offset, utr5(), cdsLength()), t, 0);
        }
        throw new IllegalStateException(gene.symbol() + ": position not placed: " + g);
    }

    /**
     * Builds the layout.
     *
     * @throws IllegalStateException when the anchors cannot all be satisfied (a curation error)
     */
    static TranscriptModel build(GeneSpec g, List<Anchor> anchors, Random rng) {
        int[] b = boundaries(g, anchors, rng);
        int n = g.exons();
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            len[i] = b[i + 1] - b[i];
        }
        // genomic order: gi -> transcript index
        int[] tx = new int[n];
        for (int gi = 0; gi < n; gi++) {
            tx[gi] = g.plusStrand() ? gi : n - 1 - gi;
        }
        Integer[] pinned = new Integer[n];
        for (Anchor a : anchors) {
            if (a.genomic() == null) {
                continue;
            }
            int t = a.position().transcriptPosition(g.utr5(), g.cdsLength());
            int base = a.genomic() - a.position().offset() * g.strand();
            int i = exonIndexFor(b, t);
            int r = t - b[i] - 1;
            int start = g.plusStrand() ? base - r : base + r - len[i] + 1;
            int gi = g.plusStrand() ? i : n - 1 - i;
            if (pinned[gi] != null && pinned[gi] != start) {
                throw new IllegalStateException(g.symbol() + ": two anchors disagree on exon " + (i + 1));
            }
            pinned[gi] = start;
        }
        if (pinned[0] == null) {
            pinned[0] = g.start();
        }
        if (pinned[n - 1] == null) {
            pinned[n - 1] = g.end() - len[tx[n - 1]] + 1;
        }
        int[] gStart = new int[n];
        int prev = 0;
        gStart[0] = pinned[0];
        for (int q = 1; q < n; q++) {
            if (pinned[q] == null) {
                continue;
            }
            int prevEnd = pinned[prev] + len[tx[prev]] - 1;
            int free = 0;
            for (int j = prev + 1; j < q; j++) {
                free += len[tx[j]];
            }
            int introns = q - prev;
            int slack = pinned[q] - prevEnd - 1 - free - introns * MIN_INTRON;
            if (slack < 0) {
                throw new IllegalStateException(g.symbol() + ": exons " + (prev + 1) + ".." + (q + 1)
                        + " (genomic order) do not fit between their anchors");
            }
            double[] w = new double[introns];
            double sum = 0;
            for (int j = 0; j < introns; j++) {
                w[j] = 0.3 + 1.4 * rng.nextDouble();
                sum += w[j];
            }
            int pos = prevEnd + 1;
            int used = 0;
            for (int j = 0; j < introns - 1; j++) {
                int extra = (int) Math.floor(slack * w[j] / sum);
                used += extra;
                pos += MIN_INTRON + extra;
                gStart[prev + 1 + j] = pos;
                pos += len[tx[prev + 1 + j]];
            }
            gStart[q] = pinned[q];
            if (pos + MIN_INTRON + (slack - used) != pinned[q]) {
                throw new IllegalStateException(g.symbol() + ": layout arithmetic");
            }
            prev = q;
        }
        int[] es = new int[n];
        int[] ee = new int[n];
        for (int gi = 0; gi < n; gi++) {
            es[tx[gi]] = gStart[gi];
            ee[tx[gi]] = gStart[gi] + len[tx[gi]] - 1;
        }
        TranscriptModel m = new TranscriptModel(g, es, ee, b);
        for (Anchor a : anchors) {
            Location loc = m.locate(m.genomic(a.position()));
            boolean exonic = a.position().offset() == 0;
            if (!loc.hgvs().equals(a.position()) || loc.number() != a.number()
                    || (loc.kind() == Kind.EXON) != exonic) {
                throw new IllegalStateException(g.symbol() + ": anchor c." + a.position() + " placed as " + loc);
            }
            if (a.genomic() != null && m.genomic(a.position()) != a.genomic()) {
                throw new IllegalStateException(g.symbol() + ": anchor c." + a.position() + " not at " + a.genomic());
            }
        }
        return m;
    }

    private static int exonIndexFor(int[] b, int t) {
        for (int i = 0; i < b.length - 1; i++) {
            if (t > b[i] && t <= b[i + 1]) {
                return i;
            }
        }
        throw new IllegalStateException("transcript position out of range: " + t);
    }

    /** Cumulative exon ends in transcript coordinates: b[0] = 0, b[n] = transcript length. */
    private static int[] boundaries(GeneSpec g, List<Anchor> anchors, Random rng) {
        int n = g.exons();
        int total = g.transcriptLength();
        int u5 = g.utr5();
        int cds = g.cdsLength();
        long[] lo = new long[n + 1];
        long[] hi = new long[n + 1];
        for (int k = 0; k <= n; k++) {
            lo[k] = (long) k * MIN_EXON;
            hi[k] = total - (long) (n - k) * MIN_EXON;
        }
        lo[0] = hi[0] = 0;
        lo[n] = hi[n] = total;
        List<long[]> atLeast = new ArrayList<>();
        List<long[]> atMost = new ArrayList<>();
        int x = g.cdsStartExon();
        atMost.add(new long[] {x - 1, u5});
        atLeast.add(new long[] {x, u5 + 1});
        atMost.add(new long[] {n - 1, u5 + cds - 1});
        for (Anchor a : anchors) {
            int t = a.position().transcriptPosition(u5, cds);
            int k = a.number();
            if (a.position().offset() == 0) {
                atMost.add(new long[] {k - 1, t - 1 - EXONIC_MARGIN});
                atLeast.add(new long[] {k, t + EXONIC_MARGIN});
            } else {
                int fixed = a.position().offset() > 0 ? t : t - 1;
                atMost.add(new long[] {k, fixed});
                atLeast.add(new long[] {k, fixed});
            }
        }
        for (long[] c : atLeast) {
            for (int j = (int) c[0]; j <= n; j++) {
                lo[j] = Math.max(lo[j], c[1] + (j - c[0]) * MIN_EXON);
            }
        }
        for (long[] c : atMost) {
            for (int j = (int) c[0]; j >= 0; j--) {
                hi[j] = Math.min(hi[j], c[1] - (c[0] - j) * MIN_EXON);
            }
        }
        long[] b = new long[n + 1];
        double avgCoding = (double) cds / (n - x + 0.5);
        for (int k = 1; k < n; k++) {
            double target;
            if (k < x) {
                target = (double) u5 * k / x;
            } else {
                target = u5 + cds * (k - x + 0.5) / (n - x + 0.5);
                target += (rng.nextDouble() - 0.5) * 0.5 * avgCoding;
            }
            b[k] = Math.max(lo[k], Math.min(hi[k], Math.round(target)));
        }
        b[n] = total;
        for (int k = 1; k < n; k++) {
            b[k] = Math.max(b[k], b[k - 1] + MIN_EXON);
        }
        for (int k = n - 1; k >= 1; k--) {
            b[k] = Math.min(b[k], b[k + 1] - MIN_EXON);
        }
        int[] out = new int[n + 1];
        for (int k = 0; k <= n; k++) {
            if (b[k] < lo[k] || b[k] > hi[k] || (k > 0 && b[k] - b[k - 1] < MIN_EXON)) {
                throw new IllegalStateException(g.symbol() + ": no exon layout satisfies the anchors (boundary "
                        + k + ")");
            }
            out[k] = (int) b[k];
        }
        return out;
    }
}
