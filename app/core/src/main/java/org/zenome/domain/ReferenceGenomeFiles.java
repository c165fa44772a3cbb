package org.zenome.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The local reference genome files configured for a genome build: an indexed FASTA and, optionally, a gene
 * annotation (GTF, GFF3, refGene or BED) and a UCSC cytoband table. Only paths: the files stay where they are.
 *
 * @param updated when the setting was last changed (null for a setting not yet stored)
 */
public record ReferenceGenomeFiles(GenomeBuild build, Path fasta, Path annotation, Path cytoband, Instant updated) {
    public ReferenceGenomeFiles {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(fasta, "fasta");
    }

    public Optional<Path> annotationFile() {
        return Optional.ofNullable(annotation);
    }

    public Optional<Path> cytobandFile() {
        return Optional.ofNullable(cytoband);
    }
}
