package org.zenome.qc;

/**
 * Relatedness of two samples as peddy estimates it from the sites both call (biallelic PASS autosomal SNVs):
 * {@code rel = (shared hets - 2 * IBS0) / min(hets a, hets b)}; about 1 for the same person, 0.5 for parent and child or
 * siblings (parent and child with almost no IBS0), 0 for unrelated persons.
 *
 * @param expected the pedigree's relatedness (1, 0.5, 0.25, 0), NaN when the pedigree says nothing
 * @param relation the pedigree's relation in words ({@code parent-child}, {@code siblings}, {@code unrelated},
 *                 {@code same person})
 */
public record PairQc(String sampleA, String sampleB, long sites, long ibs0, long ibs2, long sharedHets, long hetsA,
                     long hetsB, double expected, String relation) {

    public double relatedness() {
        long min = Math.min(hetsA, hetsB);
        return min == 0 ? Double.NaN : (sharedHets - 2.0 * ibs0) / min;
    }

    public double ibs0Fraction() {
        return sites == 0 ? Double.NaN : (double) ibs0 / sites;
    }

    public double ibs2Fraction() {
        return sites == 0 ? Double.NaN : (double) ibs2 / sites;
    }
}
