package org.zenome.ui.phenotype;

import java.util.List;
import org.zenome.phenotype.GeneMatch;
import org.zenome.phenotype.GeneRankings;
import org.zenome.phenotype.InheritanceCheck;

/**
 * What the detail pane shows about the selected finding's gene.
 *
 * @param gene        symbol
 * @param match       the gene's diseases, scores and inheritance, or null when the HPO files do not know the gene
 * @param inheritance the fit of the proband's genotypes with each mode of inheritance
 * @param exomiser    the gene's Exomiser result, or null
 */
public record GeneInfo(String gene, GeneMatch match, List<InheritanceCheck.Result> inheritance,
                       GeneRankings.ExomiserGene exomiser) {
}
