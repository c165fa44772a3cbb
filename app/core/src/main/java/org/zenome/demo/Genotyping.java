package org.zenome.demo;

import java.util.List;

/**
 * Genotype likelihoods from allele depths, the way a germline caller reports them: Phred-scaled likelihoods per
 * genotype, GQ for the called genotype, and a site QUAL; plus Mutect2-style tumour and normal log odds.
 */
final class Genotyping {
    /** Per-read probability of showing an allele other than the one sampled. */
    static final double ERROR = 0.01;

    private Genotyping() {
    }

    /** Number of genotypes for a ploidy and allele count (VCF order). */
    static int genotypeCount(int ploidy, int alleles) {
        return ploidy == 1 ? alleles : alleles * (alleles + 1) / 2;
    }

    /** VCF index of a genotype (alleles sorted for diploids). */
    static int genotypeIndex(int[] gt) {
        if (gt.length == 1) {
            return gt[0];
        }
        int j = Math.min(gt[0], gt[1]);
        int k = Math.max(gt[0], gt[1]);
        return k * (k + 1) / 2 + j;
    }

    private static int[] genotypeAt(int ploidy, int index) {
        if (ploidy == 1) {
            return new int[] {index};
        }
        int k = 0;
        while ((k + 1) * (k + 2) / 2 <= index) {
            k++;
        }
        return new int[] {index - k * (k + 1) / 2, k};
    }

    /** Phred-scaled genotype likelihoods, normalised so the best is 0. */
    static int[] phredLikelihoods(int ploidy, int alleles, int[] ad) {
        int n = genotypeCount(ploidy, alleles);
        double[] log10 = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < n; g++) {
            int[] gt = genotypeAt(ploidy, g);
            double sum = 0;
            for (int a = 0; a < alleles; a++) {
                if (ad[a] == 0) {
                    continue;
                }
                double p = 0;
                for (int h : gt) {
                    p += h == a ? 1 - ERROR : ERROR / (alleles - 1);
                }
                sum += ad[a] * Math.log10(p / gt.length);
            }
            log10[g] = sum;
            best = Math.max(best, sum);
        }
        int[] pl = new int[n];
        for (int g = 0; g < n; g++) {
            pl[g] = (int) Math.round(-10 * (log10[g] - best));
        }
        return pl;
    }

    /** Index of the most likely genotype. */
    static int best(int[] pl) {
        int b = 0;
        for (int i = 1; i < pl.length; i++) {
            if (pl[i] < pl[b]) {
                b = i;
            }
        }
        return b;
    }

    /** GQ of the called genotype: the gap to the next best, 0 when the call is not the best, at most 99. */
    static int gq(int[] pl, int called) {
        int other = Integer.MAX_VALUE;
        for (int i = 0; i < pl.length; i++) {
            if (i != called) {
                other = Math.min(other, pl[i]);
            }
        }
        return Math.max(0, Math.min(99, other - pl[called]));
    }

    /** Site QUAL: the evidence against every sample being homozygous reference. */
    static double siteQual(List<int[]> pls) {
        double q = 0;
        for (int[] pl : pls) {
            if (pl != null) {
                q += pl[0] - pl[best(pl)];
            }
        }
        return Math.min(q, 9999);
    }

    /** Mutect2-like tumour log odds of a variant at the observed fraction against none. */
    static double tumourLod(int ref, int alt) {
        if (alt == 0) {
            return 0;
        }
        double f = (double) alt / (ref + alt);
        double e = 0.001;
        double lod = alt * Math.log10(f / e);
        if (ref > 0) {
            lod += ref * Math.log10((1 - f) / (1 - e));
        }
        return lod;
    }

    /** Mutect2-like normal log odds of the normal being reference against heterozygous. */
    static double normalLod(int ref, int alt) {
        double e = 0.001;
        return ref * Math.log10((1 - e) / 0.5) + alt * Math.log10(e / 0.5);
    }
}
