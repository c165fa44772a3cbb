package org.zenome.ui.report;

import org.zenome.report.ReportService;

/** The report service of the open store, created on first use on the worker thread (it parses the report font). */
public interface ReportBackend {
    ReportService service();
}
