package org.zenome.demo;

import htsjdk.samtools.Cigar;
import htsjdk.samtools.CigarElement;
import htsjdk.samtools.CigarOperator;
import htsjdk.samtools.SAMFileHeader;
import htsjdk.samtools.SAMRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Simulates paired-end 2x100 bp Illumina-like reads around a variant for one sample: fragments of about 330 bp are
 * drawn from the sample's haplotypes in proportion to its allele fractions (50 % for a heterozygote, the VAF for a
 * tumour), with about 0.1 % substitution errors and binned base qualities, and aligned back as an aligner would
 * (indels in the CIGAR, split reads soft-clipped at a deletion breakpoint, discordant pairs across it).
 */
final class ReadSimulator {
    static final int READ_LENGTH = 100;
    static final int FLANK = 300;
    static final int MEAN_FRAGMENT = 330;
    static final double ERROR_RATE = 0.001;
    private static final int HAPLOTYPE_FLANK = 1000;
    private static final int MAX_DELETION_IN_CIGAR = 50;

    /** Reads of one sample at one locus, and the allele depths they show at the variant. */
    record Result(List<SAMRecord> reads, int[] ad, int dp) {
    }

    /** A stretch of one haplotype: bases, the reference position of each (-1 when inserted), what to sample. */
    private record Piece(byte[] seq, int[] refPos, int targetStart, int targetEnd, int allele, int informFrom,
                         int informTo) {
    }

    /** One aligned read before it becomes a SAMRecord. */
    private record Aligned(int start, Cigar cigar, byte[] bases, byte[] quals, int end, int hapFrom, int hapTo) {
    }

    /** Builds a CIGAR operation by operation, merging runs. */
    private static final class CigarBuilder {
        private final List<CigarElement> elements = new ArrayList<>();
        private CigarOperator op;
        private int length;

        void add(CigarOperator o, int n) {
            if (o == op) {
                length += n;
                return;
            }
            flush();
            op = o;
            length = n;
        }

        private void flush() {
            if (op != null && length > 0) {
                elements.add(new CigarElement(length, op));
            }
        }

        Cigar build() {
            flush();
            op = null;
            // trailing insertions become soft clips, as an aligner reports an unanchored read end
            for (int i = elements.size() - 1; i >= 0 && elements.get(i).getOperator() != CigarOperator.M; i--) {
                if (elements.get(i).getOperator() == CigarOperator.I) {
                    elements.set(i, new CigarElement(elements.get(i).getLength(), CigarOperator.S));
                }
            }
            List<CigarElement> merged = new ArrayList<>();
            for (CigarElement e : elements) {
                int last = merged.size() - 1;
                if (last >= 0 && merged.get(last).getOperator() == e.getOperator()) {
                    merged.set(last, new CigarElement(merged.get(last).getLength() + e.getLength(), e.getOperator()));
                } else {
                    merged.add(e);
                }
            }
            return new Cigar(merged);
        }
    }

    private final SyntheticReference ref;

    ReadSimulator(SyntheticReference ref) {
        this.ref = ref;
    }

    Result simulate(SAMFileHeader header, String readGroup, String locusName, DemoVariant v, double[] fractions,
                    double coverage, Random rng) {
        int alleles = v.alts.size() + 1;
        List<List<Piece>> pieces = new ArrayList<>();
        for (int a = 0; a < alleles; a++) {
            pieces.add(pieces(v, a));
        }
        boolean sv = v.svEnd != null;
        int n = (int) Math.round(coverage * (2 * FLANK + MEAN_FRAGMENT) / (2.0 * READ_LENGTH)) * (sv ? 2 : 1);
        int[] counts = alleleCounts(n, fractions, rng);
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < alleles; a++) {
            for (int k = 0; k < counts[a]; k++) {
                order.add(a);
            }
        }
        Collections.shuffle(order, rng);
        boolean snv = v.ref.length() == 1 && v.alts.stream().allMatch(x -> x.length() == 1);
        int[] ad = new int[alleles];
        int dp = 0;
        List<SAMRecord> out = new ArrayList<>();
        for (int fi = 0; fi < order.size(); fi++) {
            int allele = order.get(fi);
            List<Piece> ps = pieces.get(allele);
            Piece p = ps.get(ps.size() == 1 ? 0 : rng.nextInt(ps.size()));
            int len = (int) Math.max(200, Math.min(480, Math.round(MEAN_FRAGMENT + 35 * rng.nextGaussian())));
            int lo = Math.max(0, p.targetStart() - len + 1);
            int hi = Math.min(p.seq().length - len, p.targetEnd());
            if (hi < lo) {
                continue;
            }
            int s = lo + rng.nextInt(hi - lo + 1);
            Aligned fwd = align(v.chrom, p, s, s + READ_LENGTH, false, rng);
            Aligned rev = align(v.chrom, p, s + len - READ_LENGTH, s + len, true, rng);
            if (fwd == null || rev == null) {
                continue;
            }
            String name = String.format(Locale.ROOT, "ZDEMO:%s:%05d", locusName, fi);
            boolean fwdFirst = rng.nextBoolean();
            int left = Math.min(fwd.start(), rev.start());
            int right = Math.max(fwd.end(), rev.end());
            int tlen = right - left + 1;
            boolean proper = tlen <= 1000 && fwd.start() <= rev.start();
            out.add(record(header, readGroup, name, v.chrom, fwd, rev, false, fwdFirst, proper,
                    fwd.start() <= rev.start() ? tlen : -tlen));
            out.add(record(header, readGroup, name, v.chrom, rev, fwd, true, !fwdFirst, proper,
                    fwd.start() <= rev.start() ? -tlen : tlen));
            for (Aligned r : List.of(fwd, rev)) {
                if (r.start() <= v.pos && r.end() >= v.pos) {
                    dp++;
                }
                if (snv) {
                    char b = baseAt(r, v.pos);
                    if (b == v.ref.charAt(0)) {
                        ad[0]++;
                    } else {
                        for (int a = 1; a < alleles; a++) {
                            if (b == v.alts.get(a - 1).charAt(0)) {
                                ad[a]++;
                            }
                        }
                    }
                } else if (r.hapFrom() <= p.informFrom() && r.hapTo() > p.informTo()) {
                    ad[allele]++;
                }
            }
        }
        if (!snv) {
            dp = Math.max(dp, sum(ad));
        }
        return new Result(out, ad, dp);
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    /** Fragments per allele: the expected share with binomial-sized jitter, at least one for a present allele. */
    static int[] alleleCounts(int n, double[] fractions, Random rng) {
        int[] counts = new int[fractions.length];
        int assigned = 0;
        for (int a = 1; a < fractions.length; a++) {
            double f = fractions[a];
            if (f <= 0) {
                continue;
            }
            double z = Math.max(-1.5, Math.min(1.5, rng.nextGaussian()));
            int k = (int) Math.round(n * f + z * Math.sqrt(n * f * (1 - f)));
            counts[a] = Math.max(1, Math.min(n - assigned, k));
            assigned += counts[a];
        }
        counts[0] = Math.max(0, n - assigned);
        if (fractions[0] <= 0 && counts[0] > 0) {
            // no reference allele in this sample (homozygous or hemizygous): give the reads to the ALT alleles
            int best = 1;
            for (int a = 2; a < fractions.length; a++) {
                if (fractions[a] > fractions[best]) {
                    best = a;
                }
            }
            counts[best] += counts[0];
            counts[0] = 0;
        }
        return counts;
    }

    private List<Piece> pieces(DemoVariant v, int allele) {
        String chrom = v.chrom;
        if (v.svEnd != null) {
            int end = v.svEnd;
            if (allele == 0) {
                return List.of(refPiece(chrom, v.pos, v.pos - 9, v.pos + 10),
                        refPiece(chrom, end, end - 9, end + 10));
            }
            int n1 = HAPLOTYPE_FLANK + 1;
            int n2 = HAPLOTYPE_FLANK;
            byte[] seq = new byte[n1 + n2];
            int[] pos = new int[n1 + n2];
            for (int i = 0; i < n1; i++) {
                pos[i] = v.pos - HAPLOTYPE_FLANK + i;
                seq[i] = (byte) ref.base(chrom, pos[i]);
            }
            for (int i = 0; i < n2; i++) {
                pos[n1 + i] = end + 1 + i;
                seq[n1 + i] = (byte) ref.base(chrom, pos[n1 + i]);
            }
            int junction = n1 - 1;
            return List.of(new Piece(seq, pos, junction - FLANK, junction + FLANK, allele, junction - 9,
                    junction + 10));
        }
        int lo = v.pos - HAPLOTYPE_FLANK;
        int hi = v.end() + HAPLOTYPE_FLANK;
        if (allele == 0) {
            int n = hi - lo + 1;
            byte[] seq = new byte[n];
            int[] pos = new int[n];
            for (int i = 0; i < n; i++) {
                pos[i] = lo + i;
                seq[i] = (byte) ref.base(chrom, pos[i]);
            }
            int vi = v.pos - lo;
            return List.of(new Piece(seq, pos, vi - FLANK, vi + FLANK, 0, vi - 1, vi + v.ref.length()));
        }
        String alt = v.alts.get(allele - 1);
        int[] trim = VariantAnnotator.trim(v.ref, alt);
        int pre = trim[0];
        int suf = trim[1];
        int dl = v.ref.length() - pre - suf;
        String ins = alt.substring(pre, alt.length() - suf);
        int matched = Math.min(dl, ins.length());
        List<Byte> seq = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        for (int p = lo; p < v.pos + pre; p++) {
            seq.add((byte) ref.base(chrom, p));
            pos.add(p);
        }
        int before = seq.size() - 1;
        for (int i = 0; i < ins.length(); i++) {
            seq.add((byte) ins.charAt(i));
            pos.add(i < matched ? v.pos + pre + i : -1);
        }
        int after = seq.size();
        for (int p = v.pos + v.ref.length() - suf; p <= hi; p++) {
            seq.add((byte) ref.base(chrom, p));
            pos.add(p);
        }
        byte[] s = new byte[seq.size()];
        int[] rp = new int[seq.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = seq.get(i);
            rp[i] = pos.get(i);
        }
        int vi = v.pos - lo;
        return List.of(new Piece(s, rp, vi - FLANK, vi + FLANK, allele, before, after));
    }

    private Piece refPiece(String chrom, int centre, int informFromPos, int informToPos) {
        int lo = centre - HAPLOTYPE_FLANK;
        int n = 2 * HAPLOTYPE_FLANK + 1;
        byte[] seq = new byte[n];
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) {
            pos[i] = lo + i;
            seq[i] = (byte) ref.base(chrom, pos[i]);
        }
        int ci = centre - lo;
        return new Piece(seq, pos, ci - FLANK, ci + FLANK, 0, informFromPos - lo, informToPos - lo);
    }

    /** Aligns haplotype bases [from, to) of a piece, with sequencing errors and qualities. */
    private Aligned align(String chrom, Piece p, int from, int to, boolean reverse, Random rng) {
        int[] rp = p.refPos();
        // clip at a large deletion: keep the side with more aligned bases
        int clipFrom = from;
        int clipTo = to;
        for (int i = from + 1; i < to; i++) {
            if (rp[i] >= 0 && rp[i - 1] >= 0 && rp[i] - rp[i - 1] - 1 > MAX_DELETION_IN_CIGAR) {
                if (i - from >= to - i) {
                    clipTo = i;
                } else {
                    clipFrom = i;
                }
                break;
            }
        }
        CigarBuilder cigar = new CigarBuilder();
        int start = -1;
        int prevRef = -1;
        int lastRef = -1;
        for (int i = from; i < to; i++) {
            if (i < clipFrom || i >= clipTo) {
                cigar.add(CigarOperator.S, 1);
            } else if (rp[i] < 0) {
                cigar.add(start < 0 ? CigarOperator.S : CigarOperator.I, 1);
            } else {
                if (start < 0) {
                    start = rp[i];
                } else if (prevRef >= 0 && rp[i] != prevRef + 1) {
                    cigar.add(CigarOperator.D, rp[i] - prevRef - 1);
                }
                cigar.add(CigarOperator.M, 1);
                prevRef = rp[i];
                lastRef = rp[i];
            }
        }
        if (start < 0) {
            return null;
        }
        int n = to - from;
        byte[] bases = new byte[n];
        byte[] quals = new byte[n];
        for (int i = 0; i < n; i++) {
            int cycle = reverse ? n - 1 - i : i;
            char b = (char) p.seq()[from + i];
            boolean error = rng.nextDouble() < ERROR_RATE;
            if (error) {
                b = Dna.otherBase(rng, b);
                double u = rng.nextDouble();
                quals[i] = (byte) (u < 0.5 ? 11 : u < 0.85 ? 25 : 37);
            } else {
                double u = rng.nextDouble();
                double low = cycle > n - 15 ? 0.15 : 0.04;
                quals[i] = (byte) (u < 0.01 ? 11 : u < 0.01 + low ? 25 : 37);
            }
            bases[i] = (byte) b;
        }
        return new Aligned(start, cigar.build(), bases, quals, lastRef, from, to);
    }

    private static char baseAt(Aligned r, int pos) {
        int refCursor = r.start();
        int readCursor = 0;
        for (CigarElement e : r.cigar().getCigarElements()) {
            switch (e.getOperator()) {
                case M:
                    if (pos >= refCursor && pos < refCursor + e.getLength()) {
                        return (char) r.bases()[readCursor + pos - refCursor];
                    }
                    refCursor += e.getLength();
                    readCursor += e.getLength();
                    break;
                case D:
                    if (pos >= refCursor && pos < refCursor + e.getLength()) {
                        return '-';
                    }
                    refCursor += e.getLength();
                    break;
                case I:
                case S:
                    readCursor += e.getLength();
                    break;
                default:
                    break;
            }
        }
        return 0;
    }

    private SAMRecord record(SAMFileHeader header, String readGroup, String name, String chrom, Aligned read,
                             Aligned mate, boolean reverse, boolean first, boolean proper, int tlen) {
        SAMRecord r = new SAMRecord(header);
        r.setReadName(name);
        r.setReadPairedFlag(true);
        r.setProperPairFlag(proper);
        r.setFirstOfPairFlag(first);
        r.setSecondOfPairFlag(!first);
        r.setReadNegativeStrandFlag(reverse);
        r.setMateNegativeStrandFlag(!reverse);
        r.setReferenceName(chrom);
        r.setAlignmentStart(read.start());
        r.setMappingQuality(60);
        r.setCigar(read.cigar());
        r.setMateReferenceName(chrom);
        r.setMateAlignmentStart(mate.start());
        r.setInferredInsertSize(tlen);
        r.setReadBases(read.bases());
        r.setBaseQualities(read.quals());
        r.setAttribute("RG", readGroup);
        String[] mdnm = mdAndNm(chrom, read);
        r.setAttribute("NM", Integer.parseInt(mdnm[1]));
        r.setAttribute("MD", mdnm[0]);
        r.setAttribute("MC", mate.cigar().toString());
        return r;
    }

    /** MD and NM tags against the synthetic reference. */
    private String[] mdAndNm(String chrom, Aligned read) {
        StringBuilder md = new StringBuilder();
        int nm = 0;
        int matches = 0;
        int refCursor = read.start();
        int readCursor = 0;
        for (CigarElement e : read.cigar().getCigarElements()) {
            switch (e.getOperator()) {
                case M:
                    for (int i = 0; i < e.getLength(); i++) {
                        char rb = ref.base(chrom, refCursor + i);
                        char qb = (char) read.bases()[readCursor + i];
                        if (rb == qb) {
                            matches++;
                        } else {
                            md.append(matches).append(rb);
                            matches = 0;
                            nm++;
                        }
                    }
                    refCursor += e.getLength();
                    readCursor += e.getLength();
                    break;
                case D:
                    md.append(matches).append('^').append(ref.bases(chrom, refCursor, refCursor + e.getLength() - 1));
                    matches = 0;
                    nm += e.getLength();
                    refCursor += e.getLength();
                    break;
                case I:
                    nm += e.getLength();
                    readCursor += e.getLength();
                    break;
                case S:
                    readCursor += e.getLength();
                    break;
                default:
                    break;
            }
        }
        md.append(matches);
        return new String[] {md.toString(), Integer.toString(nm)};
    }
}
