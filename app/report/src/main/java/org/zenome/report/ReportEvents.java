package org.zenome.report;

import org.zenome.domain.IssuedReport;

/**
 * Clinically relevant acts of the report module, for the audit log (the panel module's hash-chained log when it is
 * wired; see the README of app/report). The default records nothing beyond the report version itself.
 */
public interface ReportEvents {
    void issued(IssuedReport report);

    /** An export written: format ({@code fhir}, {@code phenopacket}), de-identified or not, the file. */
    void exported(String caseId, String format, boolean deidentified, String file);

    static ReportEvents none() {
        return new ReportEvents() {
            @Override
            public void issued(IssuedReport report) {
            }

            @Override
            public void exported(String caseId, String format, boolean deidentified, String file) {
            }
        };
    }
}
