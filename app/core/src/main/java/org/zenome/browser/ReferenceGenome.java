package org.zenome.browser;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.zenome.domain.GenomeBuild;

/**
 * A local reference genome for one build: an indexed FASTA (plain {@code .fa} + {@code .fai}, or bgzipped
 * {@code .fa.gz} + {@code .fai} + {@code .gzi}), an optional UCSC cytoband table for the ideogram and an
 * optional gene annotation track. Build it with {@link #of}, which finds the indexes beside the FASTA.
 *
 * @param build           the build a case is matched on
 * @param fasta           the FASTA, absolute
 * @param fastaIndex      its {@code .fai}
 * @param compressedIndex the {@code .gzi} of a bgzipped FASTA, or null for a plain one
 * @param cytoband        a cytoband table ({@code cytoBand.txt[.gz]}), or null
 * @param annotation      the gene track, or null
 */
public record ReferenceGenome(GenomeBuild build, Path fasta, Path fastaIndex, Path compressedIndex, Path cytoband,
                              TrackSpec annotation) {

    public ReferenceGenome {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(fasta, "fasta");
        Objects.requireNonNull(fastaIndex, "fastaIndex");
        if (annotation != null && annotation.kind() != TrackKind.ANNOTATION) {
            throw new IllegalArgumentException("the reference's gene track must be an annotation track");
        }
    }

    /**
     * The reference with its FASTA index ({@code <fasta>.fai}) and, for a bgzipped FASTA, its {@code .gzi}.
     *
     * @throws BrowserFileException when a file is missing or a {@code .gz} FASTA is not BGZF
     */
    public static ReferenceGenome of(GenomeBuild build, Path fasta) throws BrowserFileException {
        Path data = BrowserFiles.requireReadable(fasta);
        GenomicFileType type = GenomicFileType.of(data);
        if (type != GenomicFileType.FASTA && type != GenomicFileType.FASTA_BGZF) {
            throw new BrowserFileException(BrowserFileException.Problem.UNSUPPORTED_FORMAT, data,
                    "the reference must be a FASTA (.fa, .fasta, .fna, optionally bgzipped): " + data);
        }
        Path fai = BrowserFiles.requireIndex(data, null, ".fai");
        Path gzi = null;
        if (type == GenomicFileType.FASTA_BGZF) {
            BrowserFiles.requireBgzf(data);
            gzi = BrowserFiles.requireIndex(data, null, ".gzi");
        }
        return new ReferenceGenome(build, data, fai, gzi, null, null);
    }

    /** The same reference with a cytoband table for the ideogram. */
    public ReferenceGenome withCytoband(Path cytobandFile) throws BrowserFileException {
        return new ReferenceGenome(build, fasta, fastaIndex, compressedIndex,
                BrowserFiles.requireReadable(cytobandFile), annotation);
    }

    /** The same reference with a gene track (see {@link TrackSpec#annotation}). */
    public ReferenceGenome withAnnotation(TrackSpec genes) {
        return new ReferenceGenome(build, fasta, fastaIndex, compressedIndex, cytoband,
                Objects.requireNonNull(genes, "genes"));
    }

    public Optional<Path> compressedIndexFile() {
        return Optional.ofNullable(compressedIndex);
    }

    public Optional<Path> cytobandFile() {
        return Optional.ofNullable(cytoband);
    }

    public Optional<TrackSpec> annotationTrack() {
        return Optional.ofNullable(annotation);
    }

    /**
     * The igv.js genome id. Deliberately not one of igv's own ids ({@code hg19}, {@code hg38}, {@code GRCh38}...):
     * with those igv.js switches on behaviour tied to its hosted genomes (for example links to web services in
     * variant pop-ups).
     */
    public String igvId() {
        return "zenome-" + build.name();
    }
}
