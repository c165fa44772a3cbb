package org.zenome.phenotype;

import java.util.List;
import java.util.Objects;

/**
 * One term of the Human Phenotype Ontology as the panel sees it.
 *
 * @param id         e.g. {@code HP:0001250}
 * @param label      e.g. {@code Seizure}
 * @param definition the term's definition, empty when the ontology has none
 * @param synonyms   exact, broad, narrow and related synonyms
 * @param obsolete   whether the term is obsolete in the installed release
 */
public record HpoTerm(String id, String label, String definition, List<String> synonyms, boolean obsolete) {
    public HpoTerm {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        definition = definition == null ? "" : definition;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
