package org.zenome.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one finding, for the detail pane.
 *
 * @param finding     the table row
 * @param transcripts every transcript annotation of this ALT allele (VEP and SnpEff)
 * @param info        the record's INFO fields by key, in file order (flags map to an empty string)
 * @param format      the FORMAT keys of the record
 * @param sampleData  per sample name, the raw FORMAT values in {@code format} order
 */
public record FindingDetail(Finding finding, List<TranscriptAnnotation> transcripts, Map<String, String> info,
                            List<String> format, Map<String, List<String>> sampleData) {
}
