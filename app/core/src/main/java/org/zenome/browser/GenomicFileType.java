package org.zenome.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the genome browser reads, recognised by the end of the file name.
 *
 * <p>The loopback server puts the recognised suffix at the end of the URL it hands out (igv.js looks at it,
 * for example to tell a CSI index from a BAI/TBI one) and sends the matching {@code Content-Type}. It never
 * sends a {@code Content-Encoding}: bgzipped files must reach igv.js byte for byte.
 */
public enum GenomicFileType {
    BAM(Media.BINARY, "bam", ".bam"),
    BAM_INDEX(Media.BINARY, null, ".bam.bai", ".bai"),
    CRAM(Media.BINARY, "cram", ".cram"),
    CRAM_INDEX(Media.GZIP, null, ".cram.crai", ".crai"),
    VCF_BGZF(Media.GZIP, "vcf", ".vcf.gz", ".vcf.bgz"),
    VCF(Media.TEXT, "vcf", ".vcf"),
    TABIX_INDEX(Media.GZIP, null, ".tbi"),
    CSI_INDEX(Media.GZIP, null, ".csi"),
    FASTA(Media.TEXT, null, ".fa", ".fasta", ".fna"),
    FASTA_BGZF(Media.GZIP, null, ".fa.gz", ".fasta.gz", ".fna.gz", ".fa.bgz", ".fasta.bgz"),
    FASTA_INDEX(Media.TEXT, null, ".fai"),
    BGZF_INDEX(Media.BINARY, null, ".gzi"),
    GFF3(Media.TEXT, "gff3", ".gff3", ".gff"),
    GFF3_BGZF(Media.GZIP, "gff3", ".gff3.gz", ".gff.gz"),
    GTF(Media.TEXT, "gtf", ".gtf"),
    GTF_BGZF(Media.GZIP, "gtf", ".gtf.gz"),
    BED(Media.TEXT, "bed", ".bed"),
    BED_BGZF(Media.GZIP, "bed", ".bed.gz"),
    REFGENE(Media.TEXT, "refgene", "refgene.txt"),
    REFGENE_BGZF(Media.GZIP, "refgene", "refgene.txt.gz"),
    CYTOBAND(Media.TEXT, null, "cytoband.txt", "cytobandideo.txt"),
    CYTOBAND_GZIP(Media.GZIP, null, "cytoband.txt.gz", "cytobandideo.txt.gz"),
    BIGWIG(Media.BINARY, "bigwig", ".bw", ".bigwig"),
    BIGBED(Media.BINARY, "bigbed", ".bb", ".bigbed"),
    TDF(Media.BINARY, "tdf", ".tdf"),
    /** Other text tables ({@code scout_cytoBand_hg19.txt}). */
    TEXT(Media.TEXT, null, ".txt", ".tsv"),
    /** Other gzip files; the {@code .gz} stays in the URL, which is how igv.js knows to inflate them. */
    GZIP(Media.GZIP, null, ".txt.gz", ".tsv.gz", ".gz"),
    /** Anything else: served as opaque bytes, with no suffix in its URL. */
    OTHER(Media.BINARY, null);

    private final String contentType;
    private final String igvFormat;
    private final List<String> suffixes;

    GenomicFileType(String contentType, String igvFormat, String... suffixes) {
        this.contentType = contentType;
        this.igvFormat = igvFormat;
        this.suffixes = List.of(suffixes);
    }

    /** The type named by the longest known suffix of the file name (case-insensitive), else {@link #OTHER}. */
    public static GenomicFileType of(Path file) {
        return match(file).map(Match::type).orElse(OTHER);
    }

    /**
     * The suffix to put at the end of a served URL: the known suffix as written in lower case
     * ({@code .vcf.gz}, {@code .bam.bai}, {@code _refgene.txt} becomes {@code .refgene.txt}), or empty for
     * {@link #OTHER}.
     */
    public static String urlSuffix(Path file) {
        return match(file).map(m -> m.suffix().startsWith(".") ? m.suffix() : "." + m.suffix()).orElse("");
    }

    private static Optional<Match> match(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        Match best = null;
        for (GenomicFileType type : values()) {
            for (String suffix : type.suffixes) {
                // ".bam" alone is no file name, but "cytoBand.txt" or "refGene.txt" is
                boolean named = !suffix.startsWith(".") || lower.length() > suffix.length();
                if (lower.endsWith(suffix) && named
                        && (best == null || suffix.length() > best.suffix().length())) {
                    best = new Match(type, suffix);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The HTTP {@code Content-Type} the loopback server sends for this type. */
    public String contentType() {
        return contentType;
    }

    /** The igv.js {@code format} of a track made from this file, when the file is a track's data file. */
    public Optional<String> igvFormat() {
        return Optional.ofNullable(igvFormat);
    }

    /** True when the file is BGZF- or gzip-compressed (a compressed data file or a tabix/CSI/CRAI index). */
    public boolean isCompressed() {
        return Media.GZIP.equals(contentType);
    }

    private record Match(GenomicFileType type, String suffix) {
    }

    private static final class Media {
        static final String BINARY = "application/octet-stream";
        static final String GZIP = "application/gzip";
        static final String TEXT = "text/plain; charset=utf-8";

        private Media() {
        }
    }
}
