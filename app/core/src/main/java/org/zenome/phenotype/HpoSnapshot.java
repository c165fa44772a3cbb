package org.zenome.phenotype;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@link PhenotypeKnowledge} keeps of the installed files, as plain values: what the source files give
 * (through phenol) and what {@link HpoCache} writes and reads back. Both ways of loading build the knowledge from
 * this one record, so a knowledge read from the cache is the knowledge read from the files.
 *
 * @param terms        every term of the ontology (obsolete ones flagged), in the ontology's order
 * @param primaryIds   term id or alternative id → current term id
 * @param parents      term id → its is_a parents (non-obsolete terms)
 * @param root         the ontology's root term ({@code HP:0000001})
 * @param diseases     disease id → disease with its annotations, in the file's order
 * @param geneFeatures gene symbol → features, in the file's order
 * @param geneDiseases gene symbol → disease ids, in the file's order
 * @param ncbiIds      gene symbol → NCBI gene id
 * @param ic           term id → information content in the installed annotations (terms with none are absent)
 * @param files        the source files, ontology first
 */
record HpoSnapshot(List<HpoTerm> terms, Map<String, String> primaryIds, Map<String, List<String>> parents, String root,
                   Map<String, Disease> diseases, Map<String, Set<String>> geneFeatures,
                   Map<String, Set<String>> geneDiseases, Map<String, String> ncbiIds, Map<String, Double> ic,
                   List<PhenotypeFile> files) {
}
