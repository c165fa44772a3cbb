package org.zenome.domain;

/** Inheritance-model filters for a trio (proband with both parents). */
public enum InheritanceModel {
    /** Proband carries the allele, both parents are homozygous reference. */
    DE_NOVO,
    /** Proband homozygous alternate, both parents heterozygous (or one unknown). */
    AUTOSOMAL_RECESSIVE_HOMOZYGOUS,
    /** Proband has at least two heterozygous variants in one gene, at least one from each parent. */
    COMPOUND_HETEROZYGOUS,
    /** On chromosome X: proband carries the allele, father does not, mother is heterozygous or it is de novo. */
    X_LINKED
}
