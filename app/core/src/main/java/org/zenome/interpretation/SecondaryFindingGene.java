package org.zenome.interpretation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One gene of a secondary-finding list.
 *
 * @param symbol           HGNC symbol
 * @param categories       phenotype categories (ACMG: Cancer, Cardiovascular, Metabolic, Miscellaneous); a gene
 *                         can be in more than one
 * @param inheritance      mode(s) of inheritance as written in the list (AD, AR, XL)
 * @param disorders        the disorders the gene is listed for
 * @param variantsToReport which variants to report (e.g. "All P and LP", "P and LP (2 variants)")
 */
public record SecondaryFindingGene(String symbol, List<String> categories, String inheritance, List<String> disorders,
                                   String variantsToReport) {
    public SecondaryFindingGene {
        Objects.requireNonNull(symbol, "symbol");
        symbol = symbol.strip().toUpperCase(Locale.ROOT);
        categories = List.copyOf(categories);
        disorders = List.copyOf(disorders);
        inheritance = inheritance == null ? "" : inheritance.strip();
        variantsToReport = variantsToReport == null ? "" : variantsToReport.strip();
    }
}
