package org.zenome.report.model;

/**
 * An annotation database or tool used on the case.
 *
 * @param date     release or download date as text (may be empty)
 * @param checksum SHA-256 of the file used (may be empty)
 */
public record AnnotationSource(String name, String version, String date, String checksum) {
    public AnnotationSource {
        name = name == null ? "" : name;
        version = version == null ? "" : version;
        date = date == null ? "" : date;
        checksum = checksum == null ? "" : checksum;
    }
}
