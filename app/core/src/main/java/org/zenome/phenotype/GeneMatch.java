package org.zenome.phenotype;

import java.util.List;
import java.util.Set;

/**
 * A candidate gene ranked against the patient's phenotype.
 *
 * @param gene        symbol (upper case as annotated)
 * @param score       the best disease score of the gene, or the gene-level score when the installed files link no
 *                    disease to the gene
 * @param bestDisease id of the best-matching disease, or null
 * @param inheritance modes of inheritance of the gene's diseases (HPO ids)
 * @param diseases    the gene's diseases, best match first
 */
public record GeneMatch(String gene, double score, String bestDisease, Set<String> inheritance,
                        List<GeneDisease> diseases) {
}
