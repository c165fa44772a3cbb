package org.zenome.phenotype;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A disease of the HPO annotations (OMIM, ORPHA, DECIPHER) with its annotated features.
 *
 * @param id          e.g. {@code OMIM:154700}
 * @param name        e.g. {@code Marfan syndrome}
 * @param features    phenotypic features (HPO ids), most specific as annotated
 * @param excluded    features annotated as NOT present in the disease
 * @param inheritance modes of inheritance (HPO ids under HP:0000005)
 * @param onset       onset terms (HPO ids under HP:0003674)
 * @param frequency   feature → frequency as annotated (e.g. {@code HP:0040281}, {@code 7/13}, {@code 45%}), where given
 */
public record Disease(String id, String name, Set<String> features, Set<String> excluded, Set<String> inheritance,
                      Set<String> onset, java.util.Map<String, String> frequency) {
    public Disease {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        features = Set.copyOf(features);
        excluded = Set.copyOf(excluded);
        inheritance = Set.copyOf(inheritance);
        onset = Set.copyOf(onset);
        frequency = java.util.Map.copyOf(frequency);
    }

    /** Sorted ids, for stable output. */
    public List<String> sortedFeatures() {
        return features.stream().sorted().toList();
    }
}
