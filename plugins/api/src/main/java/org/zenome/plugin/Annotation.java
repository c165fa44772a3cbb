package org.zenome.plugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a source says about one variant: named fields in the order to show them. Field names used by the shipped
 * plugins (and read by Zenome's criterion suggester): ClinVar {@code significance}, {@code review_status},
 * {@code stars}, {@code conditions}, {@code variation_id}; population frequency {@code AF}, {@code AC},
 * {@code AN}, {@code homozygotes}, {@code popmax}, {@code popmax_AF}.
 *
 * @param kind   {@link #CLINVAR}, {@link #POPULATION} or a plugin's own kind
 * @param fields field values as text
 */
public record Annotation(String kind, Map<String, String> fields) {
    public static final String CLINVAR = "clinvar";
    public static final String POPULATION = "population-frequency";

    public Annotation {
        Objects.requireNonNull(kind, "kind");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
