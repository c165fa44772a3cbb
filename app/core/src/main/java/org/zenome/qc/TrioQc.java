package org.zenome.qc;

/**
 * Mendelian consistency of a child with its parents over the biallelic PASS autosomal records all three call.
 */
public record TrioQc(String child, String father, String mother, long sites, long errors) {
    public double errorRate() {
        return sites == 0 ? Double.NaN : (double) errors / sites;
    }
}
