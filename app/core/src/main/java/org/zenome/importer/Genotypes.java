package org.zenome.importer;

import org.zenome.domain.Zygosity;
import org.zenome.store.FindingRow;

/**
 * The FORMAT fields Zenome needs (GT, AD or RO/AO or VarDict's VD, DP, GQ) of every sample of one record, read without
 * building per-sample objects, and checked: GT allele indexes must exist, AD must have one value per allele.
 */
final class Genotypes {
    private final int samples;
    private final int altCount;
    /** Allele indexes per sample (-1 missing). */
    private final int[][] alleles;
    private final boolean[] phased;
    private final String[] gt;
    private final int[][] ad;
    private final int[] ro;
    private final int[][] ao;
    private final int[] dp;
    private final int[] gq;
    /** The FORMAT fields the specification itself defines with one value per genotype (VCF 4.3, 1.6.2). */
    static final java.util.Set<String> RESERVED_PER_GENOTYPE = java.util.Set.of("PL", "GL", "GP");
    /** A producer's own Number=G field whose count does not fit the GT's ploidy (a warning), and an example. */
    String perGenotypeMismatch;
    String perGenotypeExample;
    /** VarDict's variant depth (VD), used with DP when there is neither AD nor RO/AO. */
    private final int[] vd;

    private Genotypes(int samples, int altCount) {
        this.samples = samples;
        this.altCount = altCount;
        alleles = new int[samples][];
        phased = new boolean[samples];
        gt = new String[samples];
        ad = new int[samples][];
        ro = new int[samples];
        ao = new int[samples][];
        dp = new int[samples];
        gq = new int[samples];
        vd = new int[samples];
    }

    static Genotypes parse(String line, int formatStart, int formatEnd, int len, int samples, int altCount,
                           String file, long lineNo) throws InvalidInputException {
        return parse(line, formatStart, formatEnd, len, samples, altCount, null, null, file, lineNo);
    }

    /**
     * @param perGenotype for each FORMAT key of this record, true when the header declares it Number=G (one value per
     *                    possible genotype), or null to skip that check
     * @param keyNames    the FORMAT keys of this record (for messages), or null
     */
    static Genotypes parse(String line, int formatStart, int formatEnd, int len, int samples, int altCount,
                           boolean[] perGenotype, String[] keyNames, String file, long lineNo)
            throws InvalidInputException {
        Genotypes g = new Genotypes(samples, altCount);
        // FORMAT keys
        int iGt = -1;
        int iAd = -1;
        int iDp = -1;
        int iGq = -1;
        int iRo = -1;
        int iAo = -1;
        int iVd = -1;
        int k = 0;
        int start = formatStart;
        for (int i = formatStart; i <= formatEnd; i++) {
            if (i == formatEnd || line.charAt(i) == ':') {
                int l = i - start;
                if (l == 2) {
                    char a = line.charAt(start);
                    char b = line.charAt(start + 1);
                    if (a == 'G' && b == 'T') {
                        iGt = k;
                    } else if (a == 'A' && b == 'D') {
                        iAd = k;
                    } else if (a == 'D' && b == 'P') {
                        iDp = k;
                    } else if (a == 'G' && b == 'Q') {
                        iGq = k;
                    } else if (a == 'R' && b == 'O') {
                        iRo = k;
                    } else if (a == 'A' && b == 'O') {
                        iAo = k;
                    } else if (a == 'V' && b == 'D') {
                        iVd = k;
                    }
                }
                k++;
                start = i + 1;
            }
        }
        if (iGt > 0) {
            throw new InvalidInputException(file, lineNo, "GT must be the first FORMAT field", null);
        }
        int formatKeys = k;
        int col = formatEnd + 1;
        for (int s = 0; s < samples; s++) {
            int end = line.indexOf('\t', col);
            if (end < 0) {
                end = len;
            }
            g.dp[s] = -1;
            g.gq[s] = -1;
            g.ro[s] = -1;
            g.vd[s] = -1;
            int field = 0;
            int fs = col;
            for (int i = col; i <= end; i++) {
                if (i == end || line.charAt(i) == ':') {
                    if (field >= formatKeys) {
                        throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + " has more fields ("
                                + (field + 1) + ") than FORMAT declares (" + formatKeys + ")", null);
                    }
                    if (perGenotype != null && field < perGenotype.length && perGenotype[field] && field != iGt) {
                        g.checkPerGenotype(s, line, fs, i, keyNames[field], file, lineNo);
                    }
                    if (field == iGt) {
                        g.gt(s, line, fs, i, file, lineNo);
                    } else if (field == iAd) {
                        g.ad[s] = ints(line, fs, i);
                    } else if (field == iDp) {
                        g.dp[s] = intOr(line, fs, i);
                    } else if (field == iGq) {
                        g.gq[s] = intOr(line, fs, i);
                    } else if (field == iRo) {
                        g.ro[s] = intOr(line, fs, i);
                    } else if (field == iAo) {
                        g.ao[s] = ints(line, fs, i);
                    } else if (field == iVd) {
                        g.vd[s] = intOr(line, fs, i);
                    }
                    field++;
                    fs = i + 1;
                }
            }
            if (g.gt[s] == null) {
                g.gt[s] = ".";
                g.alleles[s] = new int[] {-1};
            }
            if (g.ad[s] != null && g.ad[s].length != altCount + 1 && g.ad[s].length > 1) {
                throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": AD has " + g.ad[s].length
                        + " values but the record has " + (altCount + 1) + " alleles (Number=R)", null);
            }
            col = end + 1;
        }
        return g;
    }

    /**
     * A Number=G field has one value per possible genotype of the sample's ploidy (from its GT) and the record's
     * alleles: C(alleles + ploidy - 1, ploidy), e.g. 3 for a diploid biallelic call, 2 for a haploid one (VCF 4.3,
     * section 1.6.2, and the genotype ordering of section 1.6.2's GL).
     */
    private void checkPerGenotype(int s, String line, int from, int to, String key, String file, long lineNo)
            throws InvalidInputException {
        if (alleles[s] == null || to <= from || to - from == 1 && line.charAt(from) == '.') {
            return;
        }
        boolean called = false;
        for (int a : alleles[s]) {
            called |= a >= 0;
        }
        if (!called) {
            return; // a missing call ('.', './.') says nothing reliable about the ploidy
        }
        int values = 1;
        for (int i = from; i < to; i++) {
            if (line.charAt(i) == ',') {
                values++;
            }
        }
        int ploidy = alleles[s].length;
        long expected = genotypeCount(altCount + 1, ploidy);
        if (values != expected && !RESERVED_PER_GENOTYPE.contains(key)) {
            // a field of the producer's own declared Number=G: Zenome does not read it; it is kept as text
            if (perGenotypeMismatch == null) {
                perGenotypeMismatch = key;
                perGenotypeExample = values + " values for GT '" + gt[s] + "'";
            }
            return;
        }
        if (values != expected) {
            throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": " + key + " has " + values
                    + " values but GT '" + gt[s] + "' (ploidy " + ploidy + ") with " + (altCount + 1)
                    + " alleles has " + expected + " possible genotypes (Number=G)", null);
        }
    }

    /** Number of unordered genotypes of {@code ploidy} alleles drawn from {@code alleles}: C(alleles+ploidy-1, ploidy). */
    static long genotypeCount(int alleles, int ploidy) {
        long c = 1;
        for (int k = 1; k <= ploidy; k++) {
            c = c * (alleles - 1 + k) / k;
            if (c > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return c;
    }

    private void gt(int s, String line, int from, int to, String file, long lineNo) throws InvalidInputException {
        String text = line.substring(from, to);
        gt[s] = text;
        int n = 1;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '/' || c == '|') {
                n++;
                if (c == '|') {
                    phased[s] = true;
                }
            }
        }
        int[] a = new int[n];
        int k = 0;
        int v = -1;
        boolean digits = false;
        for (int i = from; i <= to; i++) {
            char c = i == to ? '/' : line.charAt(i);
            if (c == '/' || c == '|') {
                if (!digits && v != -2) {
                    throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": GT '" + text
                            + "' is malformed", null);
                }
                a[k++] = digits ? v : -1;
                v = -1;
                digits = false;
            } else if (c == '.') {
                if (digits || v == -2) {
                    throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": GT '" + text
                            + "' is malformed", null);
                }
                v = -2;
            } else if (c >= '0' && c <= '9') {
                if (v == -2) {
                    throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": GT '" + text
                            + "' is malformed", null);
                }
                v = digits ? v * 10 + (c - '0') : c - '0';
                digits = true;
                if (v > altCount) {
                    throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": GT '" + text
                            + "' refers to allele " + v + " but the record has " + altCount + " ALT allele"
                            + (altCount == 1 ? "" : "s"), null);
                }
            } else {
                throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": GT '" + text
                        + "' is malformed", null);
            }
        }
        alleles[s] = a;
    }

    private static int[] ints(String line, int from, int to) {
        if (to <= from || (to - from == 1 && line.charAt(from) == '.')) {
            return null;
        }
        int n = 1;
        for (int i = from; i < to; i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        int[] out = new int[n];
        int k = 0;
        int v = 0;
        boolean any = false;
        boolean bad = false;
        for (int i = from; i <= to; i++) {
            char c = i == to ? ',' : line.charAt(i);
            if (c == ',') {
                out[k++] = any && !bad ? v : -1;
                v = 0;
                any = false;
                bad = false;
            } else if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                any = true;
            } else {
                bad = true;
            }
        }
        return out;
    }

    private static int intOr(String line, int from, int to) {
        int[] v = ints(line, from, to);
        return v == null ? -1 : v[0];
    }

    Zygosity zygosity(int s, int allele) {
        int[] a = alleles[s];
        int count = 0;
        int ref = 0;
        int missing = 0;
        for (int x : a) {
            if (x < 0) {
                missing++;
            } else if (x == allele) {
                count++;
            } else if (x == 0) {
                ref++;
            }
        }
        if (missing == a.length) {
            return Zygosity.MISSING;
        }
        if (count > 0) {
            return count == a.length - missing && missing == 0 ? Zygosity.HOM_ALT : Zygosity.HET;
        }
        if (ref == a.length) {
            return Zygosity.HOM_REF;
        }
        if (missing > 0) {
            return Zygosity.MISSING;
        }
        return Zygosity.OTHER_ALT;
    }

    int refDepth(int s) {
        if (ad[s] != null) {
            return ad[s][0];
        }
        if (ro[s] < 0 && ao[s] == null && varDict(s)) {
            return dp[s] - vd[s];
        }
        return ro[s];
    }

    /** VarDict: one ALT, VD of DP reads support it (its FORMAT has no AD). */
    private boolean varDict(int s) {
        return altCount == 1 && vd[s] >= 0 && dp[s] >= vd[s];
    }

    int altDepth(int s, int allele) {
        if (ad[s] != null) {
            return ad[s].length > allele ? ad[s][allele] : -1;
        }
        if (ao[s] != null) {
            return ao[s].length >= allele ? ao[s][allele - 1] : -1;
        }
        if (ro[s] < 0 && varDict(s)) {
            return vd[s];
        }
        return -1;
    }

    /** Fills the genotype columns of a finding for ALT {@code allele} (1-based). */
    void fill(FindingRow r, int allele, int primary) {
        long packed = 0;
        StringBuilder sb = new StringBuilder(samples * 16);
        for (int s = 0; s < samples; s++) {
            Zygosity z = zygosity(s, allele);
            if (s < 21) {
                packed |= ((long) z.code()) << (3 * s);
            }
            if (s > 0) {
                sb.append(';');
            }
            int rd = refDepth(s);
            int adp = altDepth(s, allele);
            sb.append(gt[s]).append(',');
            appendInt(sb, rd).append(',');
            appendInt(sb, adp).append(',');
            appendInt(sb, dp[s]).append(',');
            appendInt(sb, gq[s]);
            if (s == primary) {
                if (rd >= 0 && adp >= 0 && rd + adp > 0) {
                    r.vaf = (double) adp / (rd + adp);
                }
                if (dp[s] >= 0) {
                    r.depth = dp[s];
                }
            }
        }
        r.zygosity = packed;
        r.genotypes = sb.toString();
    }

    private static StringBuilder appendInt(StringBuilder sb, int v) {
        if (v >= 0) {
            sb.append(v);
        }
        return sb;
    }

    int samples() {
        return samples;
    }

    int altCount() {
        return altCount;
    }

    boolean phased(int s) {
        return phased[s];
    }
}
