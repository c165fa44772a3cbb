package org.zenome.report.records;

import org.zenome.audit.AuditEvent;
import org.zenome.domain.IssuedReport;
import org.zenome.report.ReportEvents;
import org.zenome.report.ReportEventsFactory;
import org.zenome.store.CaseStore;

/** Report issues and exports in the hash-chained audit log (the acting user is the OS user until log-ins exist). */
public final class AuditReportEvents implements ReportEventsFactory {
    @Override
    public ReportEvents create(CaseStore store) {
        String actor = System.getProperty("user.name", "unknown");
        return new ReportEvents() {
            @Override
            public void issued(IssuedReport r) {
                store.audit().append(r.issuedBy(), new AuditEvent("report.issued", "report", r.reportId() + "/"
                        + r.language() + "/v" + r.version(), r.caseId(), r.version() > 1 ? "v" + (r.version() - 1) : "",
                        "sha256=" + r.sha256() + (r.reason().isEmpty() ? "" : "; reason=" + r.reason())));
            }

            @Override
            public void exported(String caseId, String format, boolean deidentified, String file) {
                store.audit().append(actor, new AuditEvent("report.exported", "export", format, caseId, "",
                        (deidentified ? "de-identified " : "") + format + " -> " + file));
            }
        };
    }
}
