package org.zenome.browser;

import java.util.Objects;

/**
 * A variant the user clicked in the browser's variant track, as the VCF record names it.
 *
 * @param chrom the VCF CHROM (e.g. {@code 17}; compare with {@code Contigs.normalise})
 * @param pos   the VCF POS, 1-based
 * @param ref   the VCF REF
 * @param alt   the VCF ALT field; comma-separated for a multi-allelic record
 */
public record VariantClick(String chrom, int pos, String ref, String alt) {
    public VariantClick {
        Objects.requireNonNull(chrom, "chrom");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(alt, "alt");
    }

    /** The ALT alleles of the record. */
    public java.util.List<String> alts() {
        return java.util.List.of(alt.split(",", -1));
    }
}
