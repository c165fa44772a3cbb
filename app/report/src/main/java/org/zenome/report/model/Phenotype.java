package org.zenome.report.model;

/**
 * A phenotypic feature as an HPO term.
 *
 * @param hpoId      {@code HP:0001250}
 * @param label      term label
 * @param excluded   true when the feature was looked for and is absent
 * @param onsetId    HPO onset term, or null
 * @param onsetLabel its label, or null
 */
public record Phenotype(String hpoId, String label, boolean excluded, String onsetId, String onsetLabel) {

    public Phenotype(String hpoId, String label, boolean excluded) {
        this(hpoId, label, excluded, null, null);
    }
}
