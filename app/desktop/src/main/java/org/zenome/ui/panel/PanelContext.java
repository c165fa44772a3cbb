package org.zenome.ui.panel;

import org.zenome.panel.Accounts;
import org.zenome.panel.PanelService;
import org.zenome.store.CaseStore;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;

/** What the panel views share: the worker, the texts, the store and its services, the logged-in session. */
public record PanelContext(TaskExecutor executor, I18n i18n, PanelLabels labels, CaseStore store,
                           PanelService service, Accounts accounts, Session session, String stylesheet) {

    /** A store or service failure as one sentence, with the "changed by X at T, reload" text for conflicts. */
    public String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        if (t instanceof org.zenome.store.ConflictException c) {
            return c.changedBy() == null ? i18n.get("panel.conflict.unknown")
                    : i18n.get("panel.conflict", c.changedBy(), new Formatter(i18n).time(c.changedAt()));
        }
        if (t instanceof org.zenome.store.CaseLockedException l) {
            return i18n.get("panel.locked", l.caseId());
        }
        if (t instanceof org.zenome.panel.CirculationIneligibleException c) {
            return labels.refused(c);
        }
        if (t instanceof org.zenome.panel.PasswordPolicy.Violation v) {
            return labels.passwordRule(v.rule());
        }
        if (t instanceof org.zenome.panel.AuthenticationException) {
            return i18n.get("login.error.wrong");
        }
        if (t instanceof org.zenome.panel.PermissionException || t instanceof IllegalArgumentException
                || t instanceof org.zenome.store.StoreException) {
            return t.getMessage();
        }
        return org.zenome.ui.common.UserErrors.describe(t, i18n);
    }

    /** Dates and times in the user's zone. */
    static final class Formatter {
        private final java.time.format.DateTimeFormatter time;

        Formatter(I18n i18n) {
            this.time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", i18n.locale())
                    .withZone(java.time.ZoneId.systemDefault());
        }

        String time(java.time.Instant t) {
            return t == null ? "" : time.format(t);
        }
    }
}
