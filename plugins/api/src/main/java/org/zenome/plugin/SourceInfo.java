package org.zenome.plugin;

import java.util.Objects;

/**
 * The identity of a source file as it goes on the report.
 *
 * @param name    e.g. {@code ClinVar}, {@code gnomAD genomes}, {@code ToMMo 54KJPN}
 * @param version e.g. the file date {@code 20260226} or {@code v4.0}; empty when unknown
 * @param build   genome build the file is on ({@code GRCh37}, {@code GRCh38}), or null when not stated
 * @param path    absolute path of the file
 * @param size    bytes
 * @param sha256  SHA-256 of the file, lower-case hex
 */
public record SourceInfo(String name, String version, String build, String path, long size, String sha256) {
    public SourceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        version = version == null ? "" : version;
    }
}
