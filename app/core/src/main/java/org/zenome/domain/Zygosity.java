package org.zenome.domain;

/**
 * Zygosity of one sample for one ALT allele (after splitting multi-allelic records).
 * Codes are stable: they are stored in the case database.
 */
public enum Zygosity {
    /** No call (./.) or no genotype for this sample. */
    MISSING(0),
    /** Only reference alleles. */
    HOM_REF(1),
    /** One copy of this ALT allele, the other allele reference or another ALT. */
    HET(2),
    /** Only this ALT allele (includes hemizygous calls on haploid regions). */
    HOM_ALT(3),
    /** Called, but carries other ALT alleles only (e.g. 2/2 seen from ALT 1). */
    OTHER_ALT(4);

    private final int code;

    Zygosity(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Zygosity ofCode(int code) {
        for (Zygosity z : values()) {
            if (z.code == code) {
                return z;
            }
        }
        return MISSING;
    }

    public boolean carriesAllele() {
        return this == HET || this == HOM_ALT;
    }
}
