package org.zenome.domain;

/**
 * One copy-number segment of a sample, from a {@code .seg} file or a CNVkit {@code .cns} file.
 *
 * @param log2Ratio  the segment's log2 copy ratio (tumour over normal or reference)
 * @param copyNumber the absolute copy number when the file gives it, else NaN
 * @param markers    probes or bins behind the segment, -1 when not given
 */
public record CopyNumberSegment(String sample, String chrom, long start, long end, int markers, double log2Ratio,
                                double copyNumber) {
}
