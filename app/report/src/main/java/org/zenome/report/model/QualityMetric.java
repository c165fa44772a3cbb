package org.zenome.report.model;

/**
 * A quality metric of the sequencing as a label and a value already formatted, e.g. "Mean depth", "32.4x".
 *
 * @param warning true for a sample-QC problem no reviewer has acknowledged yet: the report shows it prominently
 */
public record QualityMetric(String label, String value, boolean warning) {
    public QualityMetric(String label, String value) {
        this(label, value, false);
    }
}
