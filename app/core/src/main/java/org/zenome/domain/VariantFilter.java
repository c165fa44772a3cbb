package org.zenome.domain;

import java.util.List;
import java.util.Set;

/**
 * What the panel asks of a case's findings. Every criterion is optional ({@code null} or empty means
 * "any"); criteria combine with AND. Filtering, sorting and paging run in the store, never in memory.
 *
 * @param genes           gene symbols (any transcript of the finding), case-insensitive
 * @param region          a genomic interval
 * @param consequences    SO terms (e.g. missense_variant); a finding matches when any term of any of
 *                        its transcripts is listed (as VEP's filter_vep does)
 * @param impacts         VEP impacts
 * @param maxPopulationAf keep findings whose population AF is at most this (unknown AF counts as 0)
 * @param clinvar         ClinVar classes to keep
 * @param passOnly        FILTER is PASS (or '.')
 * @param minQual         QUAL at least this
 * @param minDepth        depth at least this: DP of the proband or tumour sample, else the site's INFO DP
 * @param inheritance     trio inheritance model
 * @param sort            sort key
 * @param descending      sort direction
 * @param geneScores      a score per gene symbol (upper case) from a gene ranking, e.g. the phenotype match or
 *                        Exomiser's combined score: {@link SortKey#GENE_SCORE} sorts by it (best first) and
 *                        {@code minGeneScore} filters on it; empty when no ranking is in use
 * @param minGeneScore    keep findings whose gene scores at least this (genes without a score are dropped)
 */
public record VariantFilter(List<String> genes, Region region, Set<String> consequences, Set<Impact> impacts,
                            Double maxPopulationAf, Set<ClinicalSignificance> clinvar, boolean passOnly,
                            Double minQual, Integer minDepth, InheritanceModel inheritance, SortKey sort,
                            boolean descending, java.util.Map<String, Double> geneScores, Double minGeneScore) {

    /** Sort keys of the variant table. */
    public enum SortKey {
        POSITION,
        GENE,
        IMPACT,
        POPULATION_AF,
        CLINVAR,
        CADD,
        REVEL,
        QUAL,
        /** The gene's score in {@link #geneScores()}, best first; genes without a score last. */
        GENE_SCORE
    }

    public VariantFilter {
        genes = genes == null ? List.of() : List.copyOf(genes);
        consequences = consequences == null ? Set.of() : Set.copyOf(consequences);
        impacts = impacts == null ? Set.of() : Set.copyOf(impacts);
        clinvar = clinvar == null ? Set.of() : Set.copyOf(clinvar);
        sort = sort == null ? SortKey.POSITION : sort;
        geneScores = geneScores == null ? java.util.Map.of() : java.util.Map.copyOf(geneScores);
    }

    /** Without a gene ranking. */
    public VariantFilter(List<String> genes, Region region, Set<String> consequences, Set<Impact> impacts,
                         Double maxPopulationAf, Set<ClinicalSignificance> clinvar, boolean passOnly,
                         Double minQual, Integer minDepth, InheritanceModel inheritance, SortKey sort,
                         boolean descending) {
        this(genes, region, consequences, impacts, maxPopulationAf, clinvar, passOnly, minQual, minDepth, inheritance,
                sort, descending, null, null);
    }

    /** With a gene ranking (scores by upper-case gene symbol) and, optionally, its least score. */
    public VariantFilter withGeneScores(java.util.Map<String, Double> scores, Double min) {
        return new VariantFilter(genes, region, consequences, impacts, maxPopulationAf, clinvar, passOnly, minQual,
                minDepth, inheritance, sort, descending, scores, min);
    }

    /** No restriction, sorted by position. */
    public static VariantFilter all() {
        return new VariantFilter(null, null, null, null, null, null, false, null, null, null, SortKey.POSITION, false);
    }

    public VariantFilter withGenes(List<String> g) {
        return new VariantFilter(g, region, consequences, impacts, maxPopulationAf, clinvar, passOnly, minQual,
                minDepth, inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withRegion(Region r) {
        return new VariantFilter(genes, r, consequences, impacts, maxPopulationAf, clinvar, passOnly, minQual,
                minDepth, inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withConsequences(Set<String> c) {
        return new VariantFilter(genes, region, c, impacts, maxPopulationAf, clinvar, passOnly, minQual, minDepth,
                inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withImpacts(Set<Impact> i) {
        return new VariantFilter(genes, region, consequences, i, maxPopulationAf, clinvar, passOnly, minQual,
                minDepth, inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withMaxPopulationAf(Double af) {
        return new VariantFilter(genes, region, consequences, impacts, af, clinvar, passOnly, minQual, minDepth,
                inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withClinvar(Set<ClinicalSignificance> c) {
        return new VariantFilter(genes, region, consequences, impacts, maxPopulationAf, c, passOnly, minQual,
                minDepth, inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withPassOnly(boolean p) {
        return new VariantFilter(genes, region, consequences, impacts, maxPopulationAf, clinvar, p, minQual,
                minDepth, inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withMinQual(Double q) {
        return new VariantFilter(genes, region, consequences, impacts, maxPopulationAf, clinvar, passOnly, q,
                minDepth, inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withMinDepth(Integer d) {
        return new VariantFilter(genes, region, consequences, impacts, maxPopulationAf, clinvar, passOnly, minQual,
                d, inheritance, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter withInheritance(InheritanceModel m) {
        return new VariantFilter(genes, region, consequences, impacts, maxPopulationAf, clinvar, passOnly, minQual,
                minDepth, m, sort, descending, geneScores, minGeneScore);
    }

    public VariantFilter sortedBy(SortKey key, boolean desc) {
        return new VariantFilter(genes, region, consequences, impacts, maxPopulationAf, clinvar, passOnly, minQual,
                minDepth, inheritance, key, desc, geneScores, minGeneScore);
    }
}
