package org.zenome.qc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zenome.domain.Contigs;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;
import org.zenome.domain.VariantType;
import org.zenome.domain.Zygosity;

/**
 * Sample QC and identity metrics of a case, accumulated over its findings in one pass (position order, any number);
 * memory does not grow with the genome. Metrics follow peddy (het-check, sex-check, ped-check) and bcftools stats.
 *
 * <p>Sites: call rate counts every record (its first ALT); het/hom, Ti/Tv, relatedness and Mendelian errors use
 * biallelic PASS records on the autosomes; the sex check uses biallelic PASS records on X and Y outside the
 * pseudo-autosomal regions of the case's build.
 */
public final class QcCalculator {
    private final List<Sample> samples;
    private final int n;
    private final GenomeBuild build;
    private final QcThresholds thresholds;
    private final int[] columns;

    private long records;
    private final long[] called;
    private final long[] hets;
    private final long[] homAlts;
    private final long[] ti;
    private final long[] tv;
    private final long[] depthSum;
    private final long[] depthCount;
    private final long[] xHets;
    private final long[] xHomAlts;
    private long yRecords;
    private final long[] yDepthSum;
    /** Pair statistics, index {@code a * n + b} for a < b: sites, ibs0, ibs2, shared hets, hets a, hets b. */
    private final long[][] pair;
    private final List<int[]> trios = new ArrayList<>();
    private final long[] trioSites;
    private final long[] trioErrors;
    private final List<int[]> tumourNormal = new ArrayList<>();
    private final long[] tnSites;
    private final long[] tnShared;

    public QcCalculator(List<Sample> samples, GenomeBuild build, QcThresholds thresholds) {
        this.samples = List.copyOf(samples);
        this.n = samples.size();
        this.build = build == null ? GenomeBuild.GRCh38 : build;
        this.thresholds = thresholds;
        this.columns = new int[n];
        for (int i = 0; i < n; i++) {
            columns[i] = samples.get(i).column();
        }
        called = new long[n];
        hets = new long[n];
        homAlts = new long[n];
        ti = new long[n];
        tv = new long[n];
        depthSum = new long[n];
        depthCount = new long[n];
        xHets = new long[n];
        xHomAlts = new long[n];
        yDepthSum = new long[n];
        pair = new long[n * n][6];
        int child = -1;
        for (int i = 0; i < n; i++) {
            SampleRole r = samples.get(i).role();
            if (r == SampleRole.PROBAND || r == SampleRole.SIBLING) {
                int f = index(SampleRole.FATHER);
                int m = index(SampleRole.MOTHER);
                if (f >= 0 && m >= 0) {
                    trios.add(new int[] {i, f, m});
                }
            }
            if (r == SampleRole.TUMOUR) {
                int nrm = index(SampleRole.NORMAL);
                if (nrm >= 0) {
                    tumourNormal.add(new int[] {i, nrm});
                }
            }
        }
        trioSites = new long[trios.size()];
        trioErrors = new long[trios.size()];
        tnSites = new long[tumourNormal.size()];
        tnShared = new long[tumourNormal.size()];
    }

    private int index(SampleRole role) {
        for (int i = 0; i < n; i++) {
            if (samples.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    /** Adds one finding (one ALT allele of a record). */
    public void accept(Finding f) {
        if (f.type() == VariantType.STRUCTURAL || f.type() == VariantType.SPANNING_DELETION) {
            return;
        }
        List<Genotype> gts = f.genotypes();
        String chrom = Contigs.normalise(f.chrom());
        int order = Contigs.order(chrom, 0);
        boolean autosome = order >= 1 && order <= 22;
        boolean firstAlt = f.altIndex() <= 1;
        boolean biallelic = f.altCount() == 1;
        boolean pass = f.isPass();
        if (firstAlt && autosome) {
            records++;
            for (int i = 0; i < n; i++) {
                Genotype g = genotype(gts, i);
                if (g != null && g.zygosity() != Zygosity.MISSING) {
                    called[i]++;
                    if (g.depth() >= 0) {
                        depthSum[i] += g.depth();
                        depthCount[i]++;
                    }
                }
            }
        }
        if (order == 24 && firstAlt && !pseudoAutosomal(chrom, f.pos())) {
            yRecords++;
            for (int i = 0; i < n; i++) {
                Genotype g = genotype(gts, i);
                if (g != null && g.zygosity() != Zygosity.MISSING && g.depth() > 0) {
                    yDepthSum[i] += g.depth();
                }
            }
        }
        if (!biallelic || !pass) {
            if (autosome && firstAlt && !tumourNormal.isEmpty()) {
                tumourNormal(gts);
            }
            return;
        }
        if (order == 23) {
            if (f.type() == VariantType.SNV && !pseudoAutosomal(chrom, f.pos())) {
                for (int i = 0; i < n; i++) {
                    Zygosity z = zygosity(gts, i);
                    if (z == Zygosity.HET) {
                        xHets[i]++;
                    } else if (z == Zygosity.HOM_ALT) {
                        xHomAlts[i]++;
                    }
                }
            }
            return;
        }
        if (!autosome) {
            return;
        }
        boolean snv = f.type() == VariantType.SNV;
        boolean transition = snv && transition(f.ref(), f.alt());
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            Zygosity z = zygosity(gts, i);
            code[i] = z == Zygosity.HOM_REF ? 0 : z == Zygosity.HET ? 1 : z == Zygosity.HOM_ALT ? 2 : -1;
            if (code[i] == 1) {
                hets[i]++;
            } else if (code[i] == 2) {
                homAlts[i]++;
            }
            if (snv && code[i] > 0) {
                if (transition) {
                    ti[i]++;
                } else {
                    tv[i]++;
                }
            }
        }
        if (snv) {
            for (int a = 0; a < n; a++) {
                if (code[a] < 0) {
                    continue;
                }
                for (int b = a + 1; b < n; b++) {
                    if (code[b] < 0) {
                        continue;
                    }
                    long[] p = pair[a * n + b];
                    p[0]++;
                    if (Math.abs(code[a] - code[b]) == 2) {
                        p[1]++;
                    } else if (code[a] == code[b]) {
                        p[2]++;
                    }
                    if (code[a] == 1 && code[b] == 1) {
                        p[3]++;
                    }
                    if (code[a] == 1) {
                        p[4]++;
                    }
                    if (code[b] == 1) {
                        p[5]++;
                    }
                }
            }
        }
        for (int t = 0; t < trios.size(); t++) {
            int[] trio = trios.get(t);
            int c = code[trio[0]];
            int fa = code[trio[1]];
            int mo = code[trio[2]];
            if (c < 0 || fa < 0 || mo < 0 || (c == 0 && fa == 0 && mo == 0)) {
                continue;
            }
            trioSites[t]++;
            if (!mendelian(c, fa, mo)) {
                trioErrors[t]++;
            }
        }
        if (!tumourNormal.isEmpty()) {
            tumourNormal(gts);
        }
    }

    private void tumourNormal(List<Genotype> gts) {
        for (int k = 0; k < tumourNormal.size(); k++) {
            Genotype t = genotype(gts, tumourNormal.get(k)[0]);
            Genotype nrm = genotype(gts, tumourNormal.get(k)[1]);
            if (t == null || nrm == null || nrm.refDepth() < 0 || nrm.altDepth() < 0) {
                continue;
            }
            int nd = nrm.refDepth() + nrm.altDepth();
            if (nd < 10 || nrm.vaf() < 0.25) {
                continue;
            }
            tnSites[k]++;
            double tv = t.vaf();
            if (t.altDepth() >= 2 || (!Double.isNaN(tv) && tv >= 0.05)) {
                tnShared[k]++;
            }
        }
    }

    /** Whether a child's ALT count (0, 1, 2) can come from the parents' ALT counts. */
    static boolean mendelian(int child, int father, int mother) {
        boolean fromFather0 = father < 2;
        boolean fromFather1 = father > 0;
        boolean fromMother0 = mother < 2;
        boolean fromMother1 = mother > 0;
        switch (child) {
            case 0:
                return fromFather0 && fromMother0;
            case 1:
                return (fromFather0 && fromMother1) || (fromFather1 && fromMother0);
            case 2:
                return fromFather1 && fromMother1;
            default:
                return true;
        }
    }

    static boolean transition(String ref, String alt) {
        if (ref == null || alt == null || ref.length() != 1 || alt.length() != 1) {
            return false;
        }
        char r = Character.toUpperCase(ref.charAt(0));
        char a = Character.toUpperCase(alt.charAt(0));
        return (r == 'A' && a == 'G') || (r == 'G' && a == 'A') || (r == 'C' && a == 'T') || (r == 'T' && a == 'C');
    }

    /** Whether a position of chrX / chrY lies in a pseudo-autosomal region of the build. */
    boolean pseudoAutosomal(String chrom, int pos) {
        boolean x = chrom.equals("chrX");
        if (build == GenomeBuild.GRCh37) {
            return x ? (pos >= 60_001 && pos <= 2_699_520) || (pos >= 154_931_044 && pos <= 155_260_560)
                    : (pos >= 10_001 && pos <= 2_649_520) || (pos >= 59_034_050 && pos <= 59_363_566);
        }
        return x ? (pos >= 10_001 && pos <= 2_781_479) || (pos >= 155_701_383 && pos <= 156_030_895)
                : (pos >= 10_001 && pos <= 2_781_479) || (pos >= 56_887_903 && pos <= 57_217_415);
    }

    private Genotype genotype(List<Genotype> gts, int i) {
        int col = columns[i];
        return col >= 0 && col < gts.size() ? gts.get(col) : null;
    }

    private Zygosity zygosity(List<Genotype> gts, int i) {
        Genotype g = genotype(gts, i);
        return g == null ? Zygosity.MISSING : g.zygosity();
    }

    /**
     * The result with the pedigree and sex checks applied.
     *
     * @param coverage the reads' coverage per sample name (absent without reads or metrics)
     */
    public QcResult result(String caseId, Instant at, String by, Map<String, Coverage> coverage) {
        List<SampleQc> out = new ArrayList<>();
        List<QcProblem> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sample s = samples.get(i);
            double mean = depthCount[i] == 0 ? Double.NaN : (double) depthSum[i] / depthCount[i];
            double yRatio = yRecords == 0 || Double.isNaN(mean) || mean == 0 ? Double.NaN
                    : ((double) yDepthSum[i] / yRecords) / mean;
            Coverage cov = coverage.get(s.name());
            Sex xSex = xSex(xHets[i], xHomAlts[i]);
            Sex ySex = ySex(cov, yRatio);
            Sex inferred = xSex == Sex.UNKNOWN ? ySex : ySex == Sex.UNKNOWN || ySex == xSex ? xSex : Sex.UNKNOWN;
            SampleQc q = new SampleQc(s.name(), s.role(), s.sex(), records, called[i], hets[i], homAlts[i], ti[i], tv[i],
                    mean, xHets[i], xHomAlts[i], yRecords, yRatio, cov, xSex, ySex, inferred);
            out.add(q);
            if (q.sexMismatch()) {
                problems.add(new QcProblem("sex:" + s.name(), true, String.format(Locale.ROOT,
                        "%s: declared %s but the data look %s (X het/hom-alt %s over %d sites, Y depth ratio %s)",
                        s.name(), lower(s.sex()), lower(inferred), fmt(q.xHetRatio()), xHets[i] + xHomAlts[i],
                        fmt(cov != null && !Double.isNaN(cov.yRatio()) ? cov.yRatio() : yRatio))));
            } else if (xSex != Sex.UNKNOWN && ySex != Sex.UNKNOWN && xSex != ySex) {
                problems.add(new QcProblem("sex-chromosomes:" + s.name(), false, String.format(Locale.ROOT,
                        "%s: X looks %s but Y looks %s (sex-chromosome aneuploidy, contamination or a caller that "
                                + "ignores ploidy); sex not inferred", s.name(), lower(xSex), lower(ySex))));
            }
            if (records > 0 && q.callRate() < thresholds.minCallRate()) {
                problems.add(new QcProblem("call-rate:" + s.name(), false, String.format(Locale.ROOT,
                        "%s: call rate %.3f below %.3f", s.name(), q.callRate(), thresholds.minCallRate())));
            }
            if (q.transitions() + q.transversions() >= 1000 && q.tiTv() < thresholds.minTiTv()) {
                problems.add(new QcProblem("ti-tv:" + s.name(), false, String.format(Locale.ROOT,
                        "%s: Ti/Tv %.2f below %.2f", s.name(), q.tiTv(), thresholds.minTiTv())));
            }
            // reads of a few regions (a review excerpt, a panel) have no genome-wide coverage to fall short of: the
            // covered fraction is shown instead (not a problem to acknowledge)
            if (cov != null && cov.genomeWide() && cov.meanCoverage() < thresholds.minMeanCoverage()) {
                problems.add(new QcProblem("coverage:" + s.name(), false, String.format(Locale.ROOT,
                        "%s: mean coverage %.1fx below %.1fx", s.name(), cov.meanCoverage(),
                        thresholds.minMeanCoverage())));
            }
        }
        List<PairQc> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                long[] p = pair[a * n + b];
                String[] rel = expected(samples.get(a).role(), samples.get(b).role());
                PairQc q = new PairQc(samples.get(a).name(), samples.get(b).name(), p[0], p[1], p[2], p[3], p[4], p[5],
                        Double.parseDouble(rel[0]), rel[1]);
                pairs.add(q);
                double r = q.relatedness();
                if (q.sites() < thresholds.minPairSites() || Double.isNaN(r)) {
                    continue;
                }
                boolean bad;
                if (Double.isNaN(q.expected())) {
                    bad = r > 1 - thresholds.relatednessTolerance();
                } else {
                    bad = Math.abs(r - q.expected()) > thresholds.relatednessTolerance();
                }
                if (bad) {
                    problems.add(new QcProblem("relatedness:" + q.sampleA() + "," + q.sampleB(), true,
                            String.format(Locale.ROOT, "%s and %s: relatedness %.3f (IBS0 %d, IBS2 %d of %d sites) but "
                                    + "the pedigree says %s (%s)", q.sampleA(), q.sampleB(), r, q.ibs0(), q.ibs2(),
                                    q.sites(), q.relation(), Double.isNaN(q.expected()) ? "unknown" : fmt(q.expected()))));
                }
            }
        }
        List<TrioQc> trioOut = new ArrayList<>();
        for (int t = 0; t < trios.size(); t++) {
            int[] trio = trios.get(t);
            TrioQc q = new TrioQc(samples.get(trio[0]).name(), samples.get(trio[1]).name(), samples.get(trio[2]).name(),
                    trioSites[t], trioErrors[t]);
            trioOut.add(q);
            if (q.sites() >= thresholds.minPairSites() && q.errorRate() > thresholds.maxMendelianErrorRate()) {
                problems.add(new QcProblem("mendelian:" + q.child(), true, String.format(Locale.ROOT,
                        "%s with father %s and mother %s: Mendelian error rate %.4f (%d of %d sites) above %.4f",
                        q.child(), q.father(), q.mother(), q.errorRate(), q.errors(), q.sites(),
                        thresholds.maxMendelianErrorRate())));
            }
        }
        List<TumourNormalQc> tn = new ArrayList<>();
        for (int k = 0; k < tumourNormal.size(); k++) {
            TumourNormalQc q = new TumourNormalQc(samples.get(tumourNormal.get(k)[0]).name(),
                    samples.get(tumourNormal.get(k)[1]).name(), tnSites[k], tnShared[k]);
            tn.add(q);
            if (q.germlineSites() >= thresholds.minTumourNormalSites()
                    && q.concordance() < thresholds.minTumourNormalConcordance()) {
                problems.add(new QcProblem("tumour-normal:" + q.tumour() + "," + q.normal(), true,
                        String.format(Locale.ROOT, "tumour %s and normal %s: only %.3f of %d germline sites of the "
                                + "normal are seen in the tumour (at least %.3f expected for one person)", q.tumour(),
                                q.normal(), q.concordance(), q.germlineSites(), thresholds.minTumourNormalConcordance())));
            }
        }
        return new QcResult(caseId, at, by, thresholds.describe(), out, pairs, trioOut, tn, problems);
    }

    private Sex xSex(long het, long hom) {
        if (het + hom < thresholds.minXSites()) {
            return Sex.UNKNOWN;
        }
        double ratio = hom == 0 ? Double.POSITIVE_INFINITY : (double) het / hom;
        if (ratio >= thresholds.femaleMinXHetRatio()) {
            return Sex.FEMALE;
        }
        if (ratio <= thresholds.maleMaxXHetRatio()) {
            return Sex.MALE;
        }
        return Sex.UNKNOWN;
    }

    private Sex ySex(Coverage cov, double vcfYRatio) {
        double r = cov != null && !Double.isNaN(cov.yRatio()) ? cov.yRatio()
                : yRecords >= thresholds.minYSites() ? vcfYRatio : Double.NaN;
        if (Double.isNaN(r)) {
            return Sex.UNKNOWN;
        }
        if (r >= thresholds.maleMinYDepthRatio()) {
            return Sex.MALE;
        }
        if (r <= thresholds.femaleMaxYDepthRatio()) {
            return Sex.FEMALE;
        }
        return Sex.UNKNOWN;
    }

    /** The pedigree's relatedness of two roles and its name; NaN when the roles say nothing. */
    static String[] expected(SampleRole a, SampleRole b) {
        java.util.EnumSet<SampleRole> set = java.util.EnumSet.of(a, b);
        boolean child = set.contains(SampleRole.PROBAND) || set.contains(SampleRole.SIBLING);
        boolean parent = set.contains(SampleRole.FATHER) || set.contains(SampleRole.MOTHER);
        if (set.equals(java.util.EnumSet.of(SampleRole.TUMOUR, SampleRole.NORMAL))) {
            return new String[] {"1", "same person"};
        }
        if (child && parent) {
            return new String[] {"0.5", "parent-child"};
        }
        if (set.equals(java.util.EnumSet.of(SampleRole.FATHER, SampleRole.MOTHER))) {
            return new String[] {"0", "unrelated"};
        }
        if (a == b && child || set.equals(java.util.EnumSet.of(SampleRole.PROBAND, SampleRole.SIBLING))) {
            return new String[] {"0.5", "siblings"};
        }
        return new String[] {"NaN", "not stated"};
    }

    private static String lower(Sex s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "NA" : Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.3f", v);
    }
}
