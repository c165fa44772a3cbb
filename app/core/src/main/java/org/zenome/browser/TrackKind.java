package org.zenome.browser;

/** What a track shows, which decides the igv.js track type. */
public enum TrackKind {
    /** A sample's reads (BAM or CRAM with index), with a coverage track above them. */
    ALIGNMENTS("alignment"),
    /** The case's variants for all samples, genotypes coloured (VCF, bgzipped and indexed when large). */
    VARIANTS("variant"),
    /** Genes and transcripts, or other features (GFF3, GTF, BED, refGene). */
    ANNOTATION("annotation"),
    /** Precomputed coverage (bigWig or TDF). */
    COVERAGE("wig");

    private final String igvType;

    TrackKind(String igvType) {
        this.igvType = igvType;
    }

    /** The igv.js {@code type} of the track. */
    public String igvType() {
        return igvType;
    }
}
