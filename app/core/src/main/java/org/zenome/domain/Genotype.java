package org.zenome.domain;

/**
 * One sample's genotype for one finding (one ALT allele).
 *
 * @param sample   sample name
 * @param gt       the GT field as written in the file (e.g. {@code 0/1}, {@code 1|2}, {@code ./.})
 * @param zygosity zygosity for this finding's ALT allele
 * @param refDepth reads supporting REF (AD[0]), or -1 when unknown
 * @param altDepth reads supporting this ALT (AD[altIndex]), or -1 when unknown
 * @param depth    DP, or -1 when unknown
 * @param quality  GQ, or -1 when unknown
 */
public record Genotype(String sample, String gt, Zygosity zygosity, int refDepth, int altDepth, int depth, int quality) {

    /** Variant allele fraction AD[alt] / (sum of AD), or NaN when AD is absent; AF of the caller when given there. */
    public double vaf() {
        if (refDepth < 0 || altDepth < 0 || refDepth + altDepth == 0) {
            return Double.NaN;
        }
        return (double) altDepth / (refDepth + altDepth);
    }
}
