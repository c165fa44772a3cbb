package org.zenome.report;

import org.zenome.store.CaseStore;

/**
 * Plug-in point for the audit log: a module registers a factory in
 * {@code META-INF/services/org.zenome.report.ReportEventsFactory}; every factory's events receive every act.
 */
public interface ReportEventsFactory {
    ReportEvents create(CaseStore store);
}
