package org.zenome.interpretation;

import java.time.Instant;
import java.util.Objects;

/**
 * An annotation source used on a case, as it goes on the report: which plugin read which file, the source's
 * name and version, and the file's SHA-256.
 *
 * @param id       store id (0 before it is stored)
 * @param lookedUp findings looked up
 * @param matched  findings the source had an entry for
 */
public record AnnotationSourceRecord(long id, long casePk, String plugin, String pluginVersion, String name,
                                     String version, String path, long size, String sha256, String build,
                                     long lookedUp, long matched, String user, Instant at) {
    public AnnotationSourceRecord {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(at, "at");
        pluginVersion = pluginVersion == null ? "" : pluginVersion;
        version = version == null ? "" : version;
        path = path == null ? "" : path;
    }

    /** {@code ClinVar 20260226 (sha256 1a2b3c4d…)} */
    public String label() {
        return name + (version.isEmpty() ? "" : " " + version) + " (sha256 " + sha256.substring(0,
                Math.min(12, sha256.length())) + "…)";
    }
}
