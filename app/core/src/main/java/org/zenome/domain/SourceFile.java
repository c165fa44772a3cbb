package org.zenome.domain;

import java.time.Instant;

/**
 * Provenance of one imported file.
 *
 * @param kind            VCF, PED, BAM, CRAM...
 * @param headerSource    the VCF {@code ##source} line(s)
 * @param headerReference the VCF {@code ##reference} line
 * @param records         data lines read
 * @param findings        findings stored (one per ALT allele)
 * @param skippedBlocks   gVCF reference blocks skipped
 * @param sampleName      the sample whose reads a BAM/CRAM holds; null for other files
 */
public record SourceFile(String kind, String path, long size, String sha256, String headerSource,
                         String headerReference, Instant importedAt, String toolVersion, long records,
                         long findings, long skippedBlocks, String sampleName) {

    /** Kinds of the files the genome browser shows for a case (besides the VCF). */
    public static final String BAM = "BAM";
    public static final String CRAM = "CRAM";
    /** A reference FASTA of the case's own (the synthetic demo reference), used before the build's. */
    public static final String REFERENCE = "REFERENCE";
    /** The gene annotation that goes with {@link #REFERENCE}. */
    public static final String ANNOTATION = "ANNOTATION";

    public SourceFile(String kind, String path, long size, String sha256, String headerSource,
                      String headerReference, Instant importedAt, String toolVersion, long records,
                      long findings, long skippedBlocks) {
        this(kind, path, size, sha256, headerSource, headerReference, importedAt, toolVersion, records, findings,
                skippedBlocks, null);
    }

    /** True for a sample's reads. */
    public boolean isAlignments() {
        return BAM.equals(kind) || CRAM.equals(kind);
    }
}
