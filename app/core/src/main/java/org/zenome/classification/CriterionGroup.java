package org.zenome.classification;

/**
 * The kinds of evidence as laid out in Richards et al. 2015 (Figure 1 and Tables 3-4), used to group criteria on
 * the classification pane. Order is display order.
 */
public enum CriterionGroup {
    POPULATION,
    COMPUTATIONAL,
    FUNCTIONAL,
    SEGREGATION,
    DE_NOVO,
    ALLELIC,
    DATABASE,
    OTHER
}
