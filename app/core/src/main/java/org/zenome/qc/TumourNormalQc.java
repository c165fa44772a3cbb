package org.zenome.qc;

/**
 * Whether tumour and normal come from the same person: of the normal's germline-looking sites (allele fraction at
 * least 0.25 with 10 reads), the share the tumour also shows (at least 2 ALT reads or 5% allele fraction).
 */
public record TumourNormalQc(String tumour, String normal, long germlineSites, long sharedInTumour) {
    public double concordance() {
        return germlineSites == 0 ? Double.NaN : (double) sharedInTumour / germlineSites;
    }
}
