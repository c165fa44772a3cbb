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
 */
public record SourceFile(String kind, String path, long size, String sha256, String headerSource,
                         String headerReference, Instant importedAt, String toolVersion, long records,
                         long findings, long skippedBlocks) {
}
