package org.zenome.domain;

import java.util.List;

/**
 * One ALT allele of one VCF record of a case, as shown in the variant table, with the fields of its
 * display transcript (MANE Select, else canonical, else most severe).
 *
 * <p>Numbers that are unknown are {@code null} (boxed) or, for genotypes, -1.
 */
public record Finding(
        long id,
        String chrom,
        int pos,
        int end,
        String ref,
        String alt,
        String variantId,
        Double qual,
        String filter,
        int altIndex,
        int altCount,
        VariantType type,
        String svType,
        Integer svLength,
        String gene,
        String transcript,
        String consequence,
        Impact impact,
        String hgvsC,
        String hgvsP,
        Double populationAf,
        String clinvarSignificance,
        String clinvarReviewStatus,
        Double cadd,
        Double revel,
        Double spliceAi,
        Integer depth,
        List<Genotype> genotypes) {

    public boolean isPass() {
        return "PASS".equals(filter) || ".".equals(filter) || filter == null || filter.isEmpty();
    }

    /** {@code chr17:43094464 C>T} */
    public String label() {
        return chrom + ":" + pos + " " + ref + ">" + alt;
    }
}
