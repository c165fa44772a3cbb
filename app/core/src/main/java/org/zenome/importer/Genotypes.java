package org.zenome.importer;

import org.zenome.domain.Zygosity;
import org.zenome.store.FindingRow;

/**
 * The FORMAT fields Zenome needs (GT, AD or RO/AO or VarDict's VD, DP, GQ) of every sample of one record, read without
 * building per-sample objects, and checked: GT allele indexes must exist, AD must have one value per allele.
 */
final class Genotypes {
    private final int samples;
    private int altCount;
    /** The record's line: GT texts are kept as ranges of it. */
    private String line;
    /** Allele indexes per sample (-1 missing), the first {@link #ploidy} of each array; ploidy 0: no GT read yet. */
    private final int[][] alleles;
    private final int[] ploidy;
    private final boolean[] phased;
    /** The GT text of each sample as {@code line[gtFrom, gtTo)}; gtFrom -1 for a sample without GT ("."). */
    private final int[] gtFrom;
    private final int[] gtTo;
    /** AD values per sample, the first {@link #adCount} of each array; count -1 when absent. */
    private final int[][] ad;
    private final int[] adCount;
    private final int[] ro;
    private final int[][] ao;
    private final int[] aoCount;
    private final int[] dp;
    private final int[] gq;
    /** The FORMAT fields the specification itself defines with one value per genotype (VCF 4.3, 1.6.2). */
    static final java.util.Set<String> RESERVED_PER_GENOTYPE = java.util.Set.of("PL", "GL", "GP");
    /** A producer's own Number=G field whose count does not fit the GT's ploidy (a warning), and an example. */
    String perGenotypeMismatch;
    String perGenotypeExample;
    /** VarDict's variant depth (VD), used with DP when there is neither AD nor RO/AO. */
    private final int[] vd;
    /** The current record's FORMAT key positions of GT, AD, DP, GQ, RO, AO and VD (-1 when absent). */
    private int iGt;
    private int iAd;
    private int iDp;
    private int iGq;
    private int iRo;
    private int iAo;
    private int iVd;

    /**
     * Scratch for the genotypes of the records of one file, read one record at a time by {@link #read} (one parser,
     * one thread): every array is reused, so a record costs no allocation per sample.
     */
    Genotypes(int samples) {
        this.samples = samples;
        alleles = new int[samples][2];
        ploidy = new int[samples];
        phased = new boolean[samples];
        gtFrom = new int[samples];
        gtTo = new int[samples];
        ad = new int[samples][4];
        adCount = new int[samples];
        ro = new int[samples];
        ao = new int[samples][4];
        aoCount = new int[samples];
        dp = new int[samples];
        gq = new int[samples];
        vd = new int[samples];
    }

    static Genotypes parse(String line, int formatStart, int formatEnd, int len, int samples, int altCount,
                           String file, long lineNo) throws InvalidInputException {
        return parse(line, formatStart, formatEnd, len, samples, altCount, null, null, file, lineNo);
    }

    static Genotypes parse(String line, int formatStart, int formatEnd, int len, int samples, int altCount,
                           boolean[] perGenotype, String[] keyNames, String file, long lineNo)
            throws InvalidInputException {
        Genotypes g = new Genotypes(samples);
        g.read(line, formatStart, formatEnd, len, altCount, perGenotype, keyNames, file, lineNo);
        return g;
    }

    /**
     * Reads the sample columns of one record into this scratch, replacing the previous record's.
     *
     * @param perGenotype for each FORMAT key of this record, true when the header declares it Number=G (one value per
     *                    possible genotype), or null to skip that check
     * @param keyNames    the FORMAT keys of this record (for messages), or null
     */
    void read(String line, int formatStart, int formatEnd, int len, int altCount, boolean[] perGenotype,
              String[] keyNames, String file, long lineNo) throws InvalidInputException {
        this.line = line;
        this.altCount = altCount;
        perGenotypeMismatch = null;
        perGenotypeExample = null;
        // the FORMAT keys of consecutive records are nearly always the same list (the caller's, one per distinct text)
        int formatKeys;
        if (keyNames != null && keyNames == lastKeyNames) {
            formatKeys = lastFormatKeys;
        } else {
            formatKeys = formatKeys(line, formatStart, formatEnd);
            lastKeyNames = keyNames;
            lastFormatKeys = formatKeys;
        }
        if (iGt > 0) {
            throw new InvalidInputException(file, lineNo, "GT must be the first FORMAT field", null);
        }
        // the loops over characters are in methods of their own, called per key list and per sample: a method whose
        // loops run many times per call is compiled on-stack first and then again as a whole, at twice the cost
        int col = formatEnd + 1;
        for (int s = 0; s < samples; s++) {
            int end = line.indexOf('\t', col);
            if (end < 0) {
                end = len;
            }
            readSample(s, line, col, end, formatKeys, perGenotype, keyNames, file, lineNo);
            col = end + 1;
        }
    }

    /** The FORMAT key list whose places of GT, AD, ... are set ({@link #formatKeys}), and its number of keys. */
    private String[] lastKeyNames;
    private int lastFormatKeys;

    /** Where GT, AD, DP, GQ, RO, AO and VD are among the FORMAT keys at {@code line[from, to)}; the number of keys. */
    private int formatKeys(String line, int from, int to) {
        iGt = -1;
        iAd = -1;
        iDp = -1;
        iGq = -1;
        iRo = -1;
        iAo = -1;
        iVd = -1;
        int k = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line.charAt(i) == ':') {
                if (i - start == 2) {
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
        return k;
    }

    /** Reads sample {@code s}, the column {@code line[col, end)}. */
    private void readSample(int s, String line, int col, int end, int formatKeys, boolean[] perGenotype,
                            String[] keyNames, String file, long lineNo) throws InvalidInputException {
        dp[s] = -1;
        gq[s] = -1;
        ro[s] = -1;
        vd[s] = -1;
        ploidy[s] = 0;
        phased[s] = false;
        gtFrom[s] = -1;
        adCount[s] = -1;
        aoCount[s] = -1;
        int field = 0;
        int fs = col;
        for (int i = col; i <= end; i++) {
            if (i == end || line.charAt(i) == ':') {
                if (field >= formatKeys) {
                    throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + " has more fields ("
                            + (field + 1) + ") than FORMAT declares (" + formatKeys + ")", null);
                }
                if (perGenotype != null && field < perGenotype.length && perGenotype[field] && field != iGt) {
                    checkPerGenotype(s, line, fs, i, keyNames[field], file, lineNo);
                }
                if (field == iGt) {
                    gt(s, line, fs, i, file, lineNo);
                } else if (field == iAd) {
                    adCount[s] = ints(line, fs, i, ad, s);
                } else if (field == iDp) {
                    dp[s] = intOr(line, fs, i);
                } else if (field == iGq) {
                    gq[s] = intOr(line, fs, i);
                } else if (field == iRo) {
                    ro[s] = intOr(line, fs, i);
                } else if (field == iAo) {
                    aoCount[s] = ints(line, fs, i, ao, s);
                } else if (field == iVd) {
                    vd[s] = intOr(line, fs, i);
                }
                field++;
                fs = i + 1;
            }
        }
        if (ploidy[s] == 0) {
            gtFrom[s] = -1;
            alleles[s][0] = -1;
            ploidy[s] = 1;
        }
        if (adCount[s] >= 0 && adCount[s] != altCount + 1 && adCount[s] > 1) {
            throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": AD has " + adCount[s]
                    + " values but the record has " + (altCount + 1) + " alleles (Number=R)", null);
        }
    }

    /** The GT text of sample {@code s} as written ("." when the sample has none). */
    String gtText(int s) {
        return gtFrom[s] < 0 ? "." : line.substring(gtFrom[s], gtTo[s]);
    }

    /**
     * A Number=G field has one value per possible genotype of the sample's ploidy (from its GT) and the record's
     * alleles: C(alleles + ploidy - 1, ploidy), e.g. 3 for a diploid biallelic call, 2 for a haploid one (VCF 4.3,
     * section 1.6.2, and the genotype ordering of section 1.6.2's GL).
     */
    private void checkPerGenotype(int s, String line, int from, int to, String key, String file, long lineNo)
            throws InvalidInputException {
        if (ploidy[s] == 0 || to <= from || to - from == 1 && line.charAt(from) == '.') {
            return;
        }
        boolean called = false;
        for (int i = 0; i < ploidy[s]; i++) {
            called |= alleles[s][i] >= 0;
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
        int ploidy = this.ploidy[s];
        long expected = genotypeCount(altCount + 1, ploidy);
        if (values != expected && !RESERVED_PER_GENOTYPE.contains(key)) {
            // a field of the producer's own declared Number=G: Zenome does not read it; it is kept as text
            if (perGenotypeMismatch == null) {
                perGenotypeMismatch = key;
                perGenotypeExample = values + " values for GT '" + gtText(s) + "'";
            }
            return;
        }
        if (values != expected) {
            throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": " + key + " has " + values
                    + " values but GT '" + gtText(s) + "' (ploidy " + ploidy + ") with " + (altCount + 1)
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

    private static InvalidInputException malformedGt(int s, String line, int from, int to, String file, long lineNo) {
        return new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": GT '" + line.substring(from, to)
                + "' is malformed", null);
    }

    private void gt(int s, String line, int from, int to, String file, long lineNo) throws InvalidInputException {
        gtFrom[s] = from;
        gtTo[s] = to;
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
        int[] a = alleles[s].length >= n ? alleles[s] : (alleles[s] = new int[n]);
        int k = 0;
        int v = -1;
        boolean digits = false;
        for (int i = from; i <= to; i++) {
            char c = i == to ? '/' : line.charAt(i);
            if (c == '/' || c == '|') {
                if (!digits && v != -2) {
                    throw malformedGt(s, line, from, to, file, lineNo);
                }
                a[k++] = digits ? v : -1;
                v = -1;
                digits = false;
            } else if (c == '.') {
                if (digits || v == -2) {
                    throw malformedGt(s, line, from, to, file, lineNo);
                }
                v = -2;
            } else if (c >= '0' && c <= '9') {
                if (v == -2) {
                    throw malformedGt(s, line, from, to, file, lineNo);
                }
                v = digits ? v * 10 + (c - '0') : c - '0';
                digits = true;
                if (v > altCount) {
                    throw new InvalidInputException(file, lineNo, "sample column " + (s + 1) + ": GT '"
                            + line.substring(from, to) + "' refers to allele " + v + " but the record has " + altCount
                            + " ALT allele" + (altCount == 1 ? "" : "s"), null);
                }
            } else {
                throw malformedGt(s, line, from, to, file, lineNo);
            }
        }
        ploidy[s] = n;
    }

    /**
     * Reads the comma-separated integers at {@code line[from, to)} into {@code into[s]} (grown when needed); a value
     * that is not a number is -1. Returns the number of values, or -1 for an empty or missing ('.') field.
     */
    private static int ints(String line, int from, int to, int[][] into, int s) {
        if (to <= from || (to - from == 1 && line.charAt(from) == '.')) {
            return -1;
        }
        int n = 1;
        for (int i = from; i < to; i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        int[] out = into[s].length >= n ? into[s] : (into[s] = new int[Math.max(n, 2 * into[s].length)]);
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
        return n;
    }

    /** The first of the comma-separated integers at {@code line[from, to)}: -1 when missing or not a number. */
    private static int intOr(String line, int from, int to) {
        if (to <= from || (to - from == 1 && line.charAt(from) == '.')) {
            return -1;
        }
        int v = 0;
        boolean any = false;
        boolean bad = false;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == ',') {
                break;
            } else if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                any = true;
            } else {
                bad = true;
            }
        }
        return any && !bad ? v : -1;
    }

    Zygosity zygosity(int s, int allele) {
        int[] a = alleles[s];
        int n = ploidy[s];
        int count = 0;
        int ref = 0;
        int missing = 0;
        for (int i = 0; i < n; i++) {
            int x = a[i];
            if (x < 0) {
                missing++;
            } else if (x == allele) {
                count++;
            } else if (x == 0) {
                ref++;
            }
        }
        if (missing == n) {
            return Zygosity.MISSING;
        }
        if (count > 0) {
            return count == n - missing && missing == 0 ? Zygosity.HOM_ALT : Zygosity.HET;
        }
        if (ref == n) {
            return Zygosity.HOM_REF;
        }
        if (missing > 0) {
            return Zygosity.MISSING;
        }
        return Zygosity.OTHER_ALT;
    }

    int refDepth(int s) {
        if (adCount[s] >= 0) {
            return ad[s][0];
        }
        if (ro[s] < 0 && aoCount[s] < 0 && varDict(s)) {
            return dp[s] - vd[s];
        }
        return ro[s];
    }

    /** VarDict: one ALT, VD of DP reads support it (its FORMAT has no AD). */
    private boolean varDict(int s) {
        return altCount == 1 && vd[s] >= 0 && dp[s] >= vd[s];
    }

    int altDepth(int s, int allele) {
        if (adCount[s] >= 0) {
            return adCount[s] > allele ? ad[s][allele] : -1;
        }
        if (aoCount[s] >= 0) {
            return aoCount[s] >= allele ? ao[s][allele - 1] : -1;
        }
        if (ro[s] < 0 && varDict(s)) {
            return vd[s];
        }
        return -1;
    }

    /** Fills the genotype columns of a finding for ALT {@code allele} (1-based). */
    void fill(FindingRow r, int allele, int primary) {
        StringBuilder sb = new StringBuilder(samples * 16);
        fill(r, allele, primary, sb);
        r.genotypes = sb.toString();
    }

    /**
     * Fills the zygosity, VAF and depth of a finding for ALT {@code allele} (1-based) and appends its compact genotype
     * text ({@code GT,refDepth,altDepth,DP,GQ} per sample, joined by {@code ;}) to {@code sb}.
     */
    void fill(FindingRow r, int allele, int primary, StringBuilder sb) {
        long packed = 0;
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
            if (gtFrom[s] < 0) {
                sb.append('.');
            } else {
                sb.append(line, gtFrom[s], gtTo[s]);
            }
            sb.append(',');
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
    }

    private static StringBuilder appendInt(StringBuilder sb, int v) {
        // depths and qualities are mostly below 1000: their digits directly, without Integer's general formatting
        if (v < 0) {
            return sb;
        }
        if (v < 10) {
            return sb.append((char) ('0' + v));
        }
        if (v < 100) {
            return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
        }
        if (v < 1000) {
            return sb.append((char) ('0' + v / 100)).append((char) ('0' + v / 10 % 10)).append((char) ('0' + v % 10));
        }
        return sb.append(v);
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
