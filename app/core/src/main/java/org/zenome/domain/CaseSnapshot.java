package org.zenome.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A genome browser picture saved with a case (for the panel's slides and the report).
 *
 * @param id      store key (0 before it is stored)
 * @param locus   what the picture shows, {@code chr:start-end}
 * @param format  {@code SVG} or {@code PNG}
 * @param content the SVG document (UTF-8) or the PNG bytes
 */
public record CaseSnapshot(long id, String locus, String format, int width, int height, Instant created,
                           byte[] content) {
    public CaseSnapshot {
        Objects.requireNonNull(locus, "locus");
        Objects.requireNonNull(content, "content");
        format = Objects.requireNonNull(format, "format").toUpperCase(Locale.ROOT);
        if (!format.equals("SVG") && !format.equals("PNG")) {
            throw new IllegalArgumentException("snapshot format must be SVG or PNG, not " + format);
        }
    }
}
