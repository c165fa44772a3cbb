package org.zenome.phenotype;

import java.util.Objects;

/**
 * One installed ontology or annotation file, as recorded in the store and on each case that used it.
 *
 * @param kind    {@link #ONTOLOGY}, {@link #DISEASES} or {@link #GENES}
 * @param path    absolute path
 * @param name    file name
 * @param version release (e.g. {@code releases/2017-04-13}, {@code 2021-08-02}); empty when the file does not say
 * @param sha256  SHA-256 of the file, lower-case hex
 * @param size    bytes
 */
public record PhenotypeFile(String kind, String path, String name, String version, String sha256, long size) {
    public static final String ONTOLOGY = "ontology";
    public static final String DISEASES = "diseases";
    public static final String GENES = "genes";

    public PhenotypeFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        name = name == null ? "" : name;
        version = version == null ? "" : version;
        sha256 = sha256 == null ? "" : sha256;
    }

    /** e.g. {@code HPO hp.obo (releases/2017-04-13)}. */
    public String describe() {
        return name + (version.isEmpty() ? "" : " (" + version + ")");
    }
}
