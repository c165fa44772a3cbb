package org.zenome.report.records;

import org.zenome.audit.AuditEvent;
import org.zenome.domain.IssuedReport;
import org.zenome.report.ReportEvents;
import org.zenome.report.ReportEventsFactory;
import org.zenome.store.CaseStore;

/**
 * Exports in the hash-chained audit log (the acting user is the OS user until log-ins exist); issued reports are
 * audited by the report repository itself, in the transaction that stores them.
 */
public final class AuditReportEvents implements ReportEventsFactory {
    @Override
    public ReportEvents create(CaseStore store) {
        String actor = "os:" + System.getProperty("user.name", "unknown");
        return new ReportEvents() {
            @Override
            public void issued(IssuedReport r) {
                // recorded by the report repository in the transaction that stores the version
            }

            @Override
            public void exported(String caseId, String format, boolean deidentified, String file) {
                store.audit().append(actor, new AuditEvent("report.exported", "export", format, caseId, "",
                        (deidentified ? "de-identified " : "") + format + " -> " + file));
            }
        };
    }
}
