package org.zenome.report.model;

import java.time.LocalDate;

/**
 * What the laboratory records about the specimen behind one sample of the case.
 *
 * @param sampleName     the VCF sample name
 * @param specimenType   e.g. "FFPE tumour tissue", "peripheral blood", in the report's language
 * @param tumourContent  tumour cell content in percent, null when not applicable or unknown
 */
public record SpecimenDetail(String sampleName, String specimenType, LocalDate collected, Double tumourContent) {
}
