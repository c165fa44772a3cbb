package org.zenome.report.model;

/** A quality metric of the sequencing as a label and a value already formatted, e.g. "Mean depth", "32.4x". */
public record QualityMetric(String label, String value) {
}
