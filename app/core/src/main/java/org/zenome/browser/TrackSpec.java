package org.zenome.browser;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One track of the genome browser: what it shows, its label, its data file and, for indexed files, the index.
 * Build it with the factories, which find the index beside the data file and fail with a
 * {@link BrowserFileException} the user interface can explain.
 *
 * @param name  the track label; unique within a {@link BrowserSession} (for an alignment track, the sample name)
 * @param kind  what the track shows
 * @param file  the data file, absolute
 * @param index the index file, or null for a file igv.js reads whole (small plain VCF, GFF3, BED; bigWig; TDF)
 * @param bamReference for reads igv.js cannot decode itself (some CRAMs): the FASTA they were written against;
 *              the loopback server then decodes them and serves each region igv.js asks for as BAM (htsget).
 *              Null when igv.js reads the file.
 */
public record TrackSpec(String name, TrackKind kind, Path file, Path index, Path bamReference) {

    /** A track igv.js reads from its file. */
    public TrackSpec(String name, TrackKind kind, Path file, Path index) {
        this(name, kind, file, index, null);
    }

    public TrackSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        if (name.isBlank()) {
            throw new IllegalArgumentException("track name is blank");
        }
        file = file.toAbsolutePath().normalize();
        index = index == null ? null : index.toAbsolutePath().normalize();
        bamReference = bamReference == null ? null : bamReference.toAbsolutePath().normalize();
        if (bamReference != null && (kind != TrackKind.ALIGNMENTS || index == null)) {
            throw new IllegalArgumentException("only indexed reads can be served as BAM: " + file);
        }
    }

    /**
     * The same reads, decoded by Zenome against {@code referenceFasta} and served to igv.js region by region as
     * BAM (for a CRAM igv.js cannot decode; see {@link BamRegions}).
     */
    public TrackSpec servedAsBam(Path referenceFasta) {
        return new TrackSpec(name, kind, file, index, java.util.Objects.requireNonNull(referenceFasta, "referenceFasta"));
    }

    /** True when the reads reach igv.js as BAM decoded by Zenome rather than as their file. */
    public boolean isServedAsBam() {
        return bamReference != null;
    }

    /** The index, when the file is read region by region. */
    public Optional<Path> indexFile() {
        return Optional.ofNullable(index);
    }

    /** The type of the data file, by its name. */
    public GenomicFileType fileType() {
        return GenomicFileType.of(file);
    }

    /** The igv.js {@code format} of the data file. */
    public String igvFormat() {
        return fileType().igvFormat().orElseThrow(() -> new IllegalStateException("no igv format for " + file));
    }

    /**
     * A sample's reads: a BAM with {@code .bam.bai}, {@code .bai} or {@code .bam.csi} beside it, or a CRAM with
     * {@code .cram.crai} or {@code .crai}. The CRAM is decoded against the session's reference FASTA, which
     * must be the one it was written with.
     */
    public static TrackSpec alignments(String sampleName, Path file) throws BrowserFileException {
        Path data = BrowserFiles.requireReadable(file);
        GenomicFileType type = GenomicFileType.of(data);
        Path index = switch (type) {
            case BAM -> BrowserFiles.requireIndex(data, ".bam", ".bai", ".csi");
            case CRAM -> BrowserFiles.requireIndex(data, ".cram", ".crai");
            default -> throw unsupported(data, "reads must be BAM or CRAM");
        };
        return new TrackSpec(sampleName, TrackKind.ALIGNMENTS, data, index);
    }

    /**
     * The case's variants: a bgzipped VCF with {@code .tbi} or {@code .csi} beside it, or a small plain VCF,
     * which igv.js reads whole.
     */
    public static TrackSpec variants(String name, Path file) throws BrowserFileException {
        Path data = BrowserFiles.requireReadable(file);
        GenomicFileType type = GenomicFileType.of(data);
        switch (type) {
            case VCF_BGZF -> {
                BrowserFiles.requireBgzf(data);
                return new TrackSpec(name, TrackKind.VARIANTS, data, BrowserFiles.requireIndex(data, null, ".tbi", ".csi"));
            }
            case VCF -> {
                return new TrackSpec(name, TrackKind.VARIANTS, data, null);
            }
            default -> throw unsupported(data, "variants must be a VCF (.vcf.gz with index, or .vcf)");
        }
    }

    /**
     * Genes or other features: GFF3, GTF, BED or refGene, plain (read whole; gene symbols become searchable)
     * or bgzipped with a {@code .tbi}/{@code .csi} index (read region by region, for whole-genome files).
     */
    public static TrackSpec annotation(String name, Path file) throws BrowserFileException {
        Path data = BrowserFiles.requireReadable(file);
        GenomicFileType type = GenomicFileType.of(data);
        switch (type) {
            case GFF3, GTF, BED, REFGENE -> {
                return new TrackSpec(name, TrackKind.ANNOTATION, data, null);
            }
            case GFF3_BGZF, GTF_BGZF, BED_BGZF, REFGENE_BGZF -> {
                Optional<Path> index = BrowserFiles.findIndex(data, null, ".tbi", ".csi");
                if (index.isPresent()) {
                    BrowserFiles.requireBgzf(data);
                }
                return new TrackSpec(name, TrackKind.ANNOTATION, data, index.orElse(null));
            }
            default -> throw unsupported(data, "annotation must be GFF3, GTF, BED or refGene");
        }
    }

    /** Precomputed coverage: bigWig or TDF. */
    public static TrackSpec coverage(String name, Path file) throws BrowserFileException {
        Path data = BrowserFiles.requireReadable(file);
        GenomicFileType type = GenomicFileType.of(data);
        if (type != GenomicFileType.BIGWIG && type != GenomicFileType.TDF) {
            throw unsupported(data, "coverage must be bigWig or TDF");
        }
        return new TrackSpec(name, TrackKind.COVERAGE, data, null);
    }

    private static BrowserFileException unsupported(Path file, String what) {
        return new BrowserFileException(BrowserFileException.Problem.UNSUPPORTED_FORMAT, file, what + ": " + file);
    }
}
