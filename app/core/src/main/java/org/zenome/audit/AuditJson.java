package org.zenome.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** The before/after state of an audited entity as compact JSON with keys in the order given. */
public final class AuditJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AuditJson() {
    }

    /** {@code of("outcome", "PRIMARY", "rationale", "...")}: pairs of key and value (values: text, numbers, lists). */
    public static String of(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key without value");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            m.put(String.valueOf(keyValues[i]), v instanceof Enum<?> e ? e.name() : v == null ? null : v instanceof Number
                    || v instanceof Boolean || v instanceof java.util.Collection<?> || v instanceof Map<?, ?> ? v
                    : v.toString());
        }
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write audit state", e);
        }
    }
}
