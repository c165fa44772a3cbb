package org.zenome.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The background calls of the demo VCFs: alleles taken from the synthetic reference at the planned sites,
 * population frequencies from a realistic spectrum (mostly common), genotypes drawn for a Japanese family by
 * Hardy-Weinberg and Mendelian transmission (trio) or from Mutect2-like call categories (tumour/normal), and allele
 * depths drawn for those genotypes.
 */
final class BackgroundCalls {
    private static final double LOW_DEPTH_SITES = 0.03;

    private final SyntheticReference ref;
    private final VariantAnnotator annotator;
    private final List<TranscriptModel> models;

    BackgroundCalls(SyntheticReference ref, VariantAnnotator annotator, List<TranscriptModel> models) {
        this.ref = ref;
        this.annotator = annotator;
        this.models = models;
    }

    List<DemoVariant> trio(List<BackgroundSites.Site> sites, Random rng) {
        List<DemoVariant> out = new ArrayList<>();
        for (BackgroundSites.Site s : sites) {
            DemoVariant v = alleles(s, rng, true);
            if (v == null) {
                continue;
            }
            frequencies(v, rng, false);
            trioGenotypes(v, rng);
            out.add(v);
        }
        return out;
    }

    List<DemoVariant> tumourNormal(List<BackgroundSites.Site> sites, Random rng) {
        List<DemoVariant> out = new ArrayList<>();
        for (BackgroundSites.Site s : sites) {
            DemoVariant v = alleles(s, rng, false);
            if (v == null) {
                continue;
            }
            double u = rng.nextDouble();
            v.category = u < 0.42 ? "somatic" : u < 0.70 ? "germline" : u < 0.84 ? "weak_evidence"
                    : u < 0.89 ? "normal_artifact" : u < 0.93 ? "strand_bias" : u < 0.96 ? "clustered_events"
                    : u < 0.98 ? "panel_of_normals" : "map_qual";
            frequencies(v, rng, !v.category.equals("germline") && !v.category.equals("panel_of_normals"));
            tumourNormalCalls(v, rng);
            out.add(v);
        }
        return out;
    }

    // --- alleles ---

    private DemoVariant alleles(BackgroundSites.Site s, Random rng, boolean allowMulti) {
        String chrom = s.chrom();
        int pos = s.pos();
        char r = ref.base(chrom, pos);
        if (r == 'N') {
            return null;
        }
        char type = s.type();
        if (type == BackgroundSites.Site.MULTI && !allowMulti) {
            type = BackgroundSites.Site.SNV;
        }
        if ((type == BackgroundSites.Site.DELETION || type == BackgroundSites.Site.INSERTION) && nearExon(chrom,
                pos, pos + 6)) {
            type = BackgroundSites.Site.SNV;
        }
        if (type == BackgroundSites.Site.DELETION) {
            int len = 1 + (rng.nextDouble() < 0.6 ? 0 : rng.nextInt(4));
            int l = pos + 1;
            int e = pos + len;
            if (ref.covered(chrom, pos, e + 1) && ref.base(chrom, pos) != ref.base(chrom, e)
                    && ref.base(chrom, e + 1) != ref.base(chrom, l)) {
                return new DemoVariant(chrom, pos, ref.bases(chrom, pos, e), List.of(String.valueOf(r)), null, null);
            }
            type = BackgroundSites.Site.SNV;
        }
        if (type == BackgroundSites.Site.INSERTION) {
            int len = 1 + (rng.nextDouble() < 0.6 ? 0 : rng.nextInt(3));
            StringBuilder ins = new StringBuilder();
            for (int i = 0; i < len; i++) {
                ins.append(Dna.randomBase(rng));
            }
            if (ins.charAt(len - 1) != r && ins.charAt(0) != ref.base(chrom, pos + 1)) {
                return new DemoVariant(chrom, pos, String.valueOf(r), List.of(r + ins.toString()), null, null);
            }
            type = BackgroundSites.Site.SNV;
        }
        List<Character> candidates = new ArrayList<>();
        char transition = r == 'A' ? 'G' : r == 'G' ? 'A' : r == 'C' ? 'T' : 'C';
        candidates.add(rng.nextDouble() < 0.68 ? transition : Dna.otherBase(rng, r));
        for (char b : Dna.BASES.toCharArray()) {
            if (b != r && !candidates.contains(b)) {
                candidates.add(b);
            }
        }
        List<String> alts = new ArrayList<>();
        for (char alt : candidates) {
            if (benign(chrom, pos, String.valueOf(r), String.valueOf(alt))) {
                alts.add(String.valueOf(alt));
                if (type != BackgroundSites.Site.MULTI || alts.size() == 2) {
                    break;
                }
            }
        }
        if (alts.isEmpty()) {
            return null;
        }
        return new DemoVariant(chrom, pos, String.valueOf(r), alts, null, null);
    }

    /** Background calls stay clear of splice sites and protein-truncating or start/stop changes. */
    private boolean benign(String chrom, int pos, String r, String alt) {
        for (VariantAnnotator.Effect e : annotator.effects(chrom, pos, r, alt, null)) {
            if (e.impact().equals("HIGH")) {
                return false;
            }
        }
        return true;
    }

    private boolean nearExon(String chrom, int from, int to) {
        for (TranscriptModel m : models) {
            if (!m.gene().chrom().equals(chrom) || to < m.start() - 10 || from > m.end() + 10) {
                continue;
            }
            for (int p = from; p <= to; p++) {
                TranscriptModel.Location loc = m.locate(p);
                if (loc.kind() == TranscriptModel.Kind.EXON || (loc.kind() == TranscriptModel.Kind.INTRON
                        && Math.abs(loc.hgvs().offset()) <= 10)) {
                    return true;
                }
                if (loc.kind() != TranscriptModel.Kind.INTRON) {
                    TranscriptModel.Location l = loc;
                    if (l.distance() <= 10) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // --- frequencies ---

    private static void frequencies(DemoVariant v, Random rng, boolean mostlyNovel) {
        int n = v.alts.size();
        v.af = new double[n];
        v.afEas = new double[n];
        v.afJpn = new double[n];
        double remaining = 0.98;
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            double eas;
            if (mostlyNovel && rng.nextDouble() < 0.9) {
                v.af[i] = v.afEas[i] = v.afJpn[i] = Double.NaN;
                continue;
            }
            if (u < 0.70) {
                eas = 0.05 + 0.9 * rng.nextDouble();
            } else if (u < 0.95) {
                eas = Math.pow(10, -3 + 1.7 * rng.nextDouble());
            } else {
                eas = Math.pow(10, -4.5 + 1.5 * rng.nextDouble());
            }
            eas = Math.min(eas, remaining * 0.9);
            remaining -= eas;
            double all = clamp(eas * Math.exp(0.7 * rng.nextGaussian()), 0.00001, 0.99);
            double jpn = clamp(eas * Math.exp(0.15 * rng.nextGaussian()), 0.00001, 0.99);
            v.afEas[i] = eas;
            v.af[i] = eas < 0.0003 && rng.nextDouble() < 0.3 ? Double.NaN : all;
            v.afJpn[i] = jpn;
        }
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    // --- trio genotypes ---

    private void trioGenotypes(DemoVariant v, Random rng) {
        int n = v.alts.size();
        double[] p = new double[n + 1];
        double alt = 0;
        for (int i = 0; i < n; i++) {
            p[i + 1] = Double.isNaN(v.afJpn[i]) ? 0.0005 : v.afJpn[i];
            alt += p[i + 1];
        }
        p[0] = Math.max(0, 1 - alt);
        String chrom = v.chrom;
        boolean haploidX = chrom.equals("chrX") && !Grch38.inPar(chrom, v.pos);
        int[] proband;
        int[] mother;
        int[] father;
        int attempts = 0;
        while (true) {
            attempts++;
            if (chrom.equals("chrM")) {
                mother = new int[] {draw(p, rng)};
                father = new int[] {draw(p, rng)};
                proband = new int[] {mother[0]};
            } else if (chrom.equals("chrY")) {
                father = new int[] {draw(p, rng)};
                mother = new int[] {-1, -1};
                proband = new int[] {father[0]};
            } else if (haploidX) {
                mother = sorted(draw(p, rng), draw(p, rng));
                father = new int[] {draw(p, rng)};
                proband = new int[] {mother[rng.nextInt(2)]};
            } else {
                mother = sorted(draw(p, rng), draw(p, rng));
                father = sorted(draw(p, rng), draw(p, rng));
                proband = sorted(mother[rng.nextInt(2)], father[rng.nextInt(2)]);
            }
            if (carries(proband) || carries(mother) || carries(father)) {
                break;
            }
            if (attempts > 50) {
                // a rare allele: one parent carries it
                int a = 1 + rng.nextInt(n);
                if (chrom.equals("chrY")) {
                    father = new int[] {a};
                    proband = new int[] {a};
                } else if (chrom.equals("chrM")) {
                    mother = new int[] {a};
                    proband = new int[] {a};
                } else {
                    mother = sorted(mother[0], a);
                    proband = haploidX ? new int[] {mother[rng.nextInt(2)]}
                            : sorted(mother[rng.nextInt(2)], father.length == 2 ? father[rng.nextInt(2)] : 0);
                }
                break;
            }
        }
        double meanDepth = rng.nextDouble() < LOW_DEPTH_SITES ? 6 : DemoCaseBuilder.TRIO_COVERAGE;
        for (int[] gt : List.of(proband, mother, father)) {
            v.calls.add(germlineCall(gt, n + 1, meanDepth, rng));
        }
    }

    private static boolean carries(int[] gt) {
        return Arrays.stream(gt).anyMatch(a -> a > 0);
    }

    private static int[] sorted(int a, int b) {
        return a <= b ? new int[] {a, b} : new int[] {b, a};
    }

    private static int draw(double[] p, Random rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < p.length; i++) {
            u -= p[i];
            if (u < 0) {
                return i;
            }
        }
        return 0;
    }

    /** Allele depths drawn for a genotype, redrawn until the genotype is the most likely one. */
    static DemoVariant.Call germlineCall(int[] gt, int alleles, double meanDepth, Random rng) {
        if (gt[0] < 0) {
            return new DemoVariant.Call(gt, null, 0, null, null);
        }
        int[] ad = null;
        int dp = 0;
        int[] pl = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            dp = depth(meanDepth, rng);
            ad = new int[alleles];
            int other = 0;
            for (int r = 0; r < dp; r++) {
                int a = gt[rng.nextInt(gt.length)];
                double e = rng.nextDouble();
                if (e < 0.004) {
                    other++;
                } else if (e < 0.01) {
                    ad[(a + 1 + rng.nextInt(alleles - 1)) % alleles]++;
                } else {
                    ad[a]++;
                }
            }
            pl = Genotyping.phredLikelihoods(gt.length, alleles, ad);
            if (Genotyping.best(pl) == Genotyping.genotypeIndex(gt) && other < dp) {
                break;
            }
        }
        return new DemoVariant.Call(gt, ad, dp, Genotyping.gq(pl, Genotyping.genotypeIndex(gt)), null);
    }

    /** Over-dispersed (gamma-Poisson) read depth. */
    static int depth(double mean, Random rng) {
        double shape = 12;
        double lambda = mean * gamma(shape, rng) / shape;
        return Math.max(1, poisson(lambda, rng));
    }

    private static double gamma(double shape, Random rng) {
        // Marsaglia-Tsang
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v <= 0) {
                continue;
            }
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static int poisson(double lambda, Random rng) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > l);
        return k - 1;
    }

    // --- tumour/normal calls ---

    private void tumourNormalCalls(DemoVariant v, Random rng) {
        double tVaf;
        double nVaf;
        int[] tGt = {0, 1};
        int[] nGt = {0, 0};
        switch (v.category) {
            case "germline":
                boolean hom = rng.nextDouble() < 0.12;
                tVaf = hom ? 0.995 : 0.5;
                nVaf = tVaf;
                tGt = hom ? new int[] {1, 1} : new int[] {0, 1};
                nGt = tGt;
                break;
            case "weak_evidence":
                tVaf = 0.01 + 0.025 * rng.nextDouble();
                nVaf = 0;
                break;
            case "normal_artifact":
                tVaf = 0.08 + 0.17 * rng.nextDouble();
                nVaf = 0.06 + 0.06 * rng.nextDouble();
                break;
            case "panel_of_normals":
                tVaf = 0.05 + 0.2 * rng.nextDouble();
                nVaf = 0.01;
                break;
            default:
                tVaf = 0.08 + 0.37 * rng.nextDouble();
                nVaf = 0;
                break;
        }
        v.calls.add(somaticCall(tGt, tVaf, DemoCaseBuilder.TUMOUR_COVERAGE, rng));
        v.calls.add(somaticCall(nGt, nVaf, DemoCaseBuilder.NORMAL_COVERAGE, rng));
    }

    private static DemoVariant.Call somaticCall(int[] gt, double vaf, double mean, Random rng) {
        int dp = depth(mean, rng);
        int alt = 0;
        for (int r = 0; r < dp; r++) {
            if (rng.nextDouble() < vaf) {
                alt++;
            }
        }
        if (vaf > 0 && alt == 0) {
            alt = 1;
        }
        alt = Math.min(alt, dp);
        return new DemoVariant.Call(gt, new int[] {dp - alt, alt}, dp, null, (double) alt / dp);
    }
}
