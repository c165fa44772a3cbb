package org.zenome.ui.panel;

import org.zenome.domain.CaseSummary;
import org.zenome.ui.browser.CaseBrowserPane;
import org.zenome.ui.browser.FindingSelection;

/**
 * Makes the genome browser of a case for the presenter view (the same component as the case view's, wired by
 * the application to its store, worker and loopback file server). The caller disposes the pane.
 */
@FunctionalInterface
public interface CaseBrowsers {
    CaseBrowserPane open(CaseSummary kase, FindingSelection findings);
}
