package org.zenome.phenotype;

/**
 * A disease associated with a gene, with how well the patient's features match it.
 *
 * @param disease    the disease and its annotations
 * @param score      Resnik best-match average of the patient's features against the disease's (0 without features),
 *                   times {@code max(0.01, 1 - f)} for each excluded feature of the patient that the disease shows
 *                   with frequency f (LIRICAL's handling of excluded features)
 * @param conflicts  patient features the patient is known NOT to have but the disease shows (excluded terms that the
 *                   disease annotates, or their descendants)
 */
public record GeneDisease(Disease disease, double score, java.util.List<String> conflicts) {
}
