package org.zenome.interpretation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one annotation source says about one finding, field by field in the source's order (e.g. ClinVar:
 * significance, review status, stars, conditions, variation ID; gnomAD: AF, AC, AN, homozygotes, popmax).
 */
public record FindingAnnotation(long findingId, long sourceId, String sourceName, String kind,
                                Map<String, String> fields) {
    public FindingAnnotation {
        Objects.requireNonNull(sourceName, "sourceName");
        kind = kind == null ? "" : kind;
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String field(String key) {
        return fields.get(key);
    }

    /** The field as a number, or null when absent or not a number. */
    public Double number(String key) {
        String v = fields.get(key);
        if (v == null || v.isBlank() || v.equals(".")) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
