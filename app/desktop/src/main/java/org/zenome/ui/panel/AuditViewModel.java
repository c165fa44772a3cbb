package org.zenome.ui.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.audit.AuditAnchor;
import org.zenome.audit.AuditEntry;
import org.zenome.audit.AuditVerification;
import org.zenome.ui.common.BackgroundTask;

/** The audit viewer: entries filtered by case, user and time, and the check of the hash chain. */
public final class AuditViewModel {
    private final PanelContext ctx;
    private final org.zenome.ui.common.I18n i18n;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty caseFilter = new SimpleStringProperty("");
    private final StringProperty userFilter = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty expectedHead = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper("");

    public AuditViewModel(PanelContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.i18n = ctx.i18n();
    }

    public void refresh() {
        String c = blankToNull(caseFilter.get());
        String u = blankToNull(userFilter.get());
        ZoneId zone = ZoneId.systemDefault();
        Instant f = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant t = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        ctx.executor().submit(BackgroundTask.<List<AuditEntry>>of("read audit log",
                x -> ctx.store().audit().list(c, u, f, t)).onSuccess(l -> {
                    entries.setAll(l);
                    message.set(i18n.get("panel.audit.count", l.size()));
                }).onFailure(e -> message.set(ctx.describe(e))));
    }

    /**
     * Checks the chain, and when a head recorded earlier outside the database is given ({@code SEQ:HASH} or the
     * hash), that the log still holds it. An intact log shows its head, to record outside the database.
     */
    public void verify() {
        AuditAnchor anchor;
        try {
            anchor = expectedHead.get() == null || expectedHead.get().isBlank() ? null
                    : AuditAnchor.parse(expectedHead.get());
        } catch (IllegalArgumentException e) {
            verification.set(i18n.get("panel.audit.badHead", expectedHead.get().strip()));
            return;
        }
        head.set("");
        ctx.executor().submit(BackgroundTask.<AuditVerification>of("verify audit log",
                x -> ctx.store().audit().verify(anchor)).onSuccess(v -> {
                    if (v.intact()) {
                        head.set(v.entries() == 0 ? "" : v.head().toString());
                        verification.set(anchor == null ? i18n.get("panel.audit.intact", v.entries(), v.headHash())
                                : i18n.get("panel.audit.intactWithHead", v.entries(), anchor.toString()));
                    } else {
                        verification.set(v.firstBroken() == 0 ? i18n.get("panel.audit.brokenHead", v.problem())
                                : i18n.get("panel.audit.broken", v.firstBroken(), v.problem()));
                    }
                })
                .onFailure(e -> verification.set(ctx.describe(e))));
    }

    /** A head recorded earlier outside the database, to check the log against (blank: none). */
    public StringProperty expectedHeadProperty() {
        return expectedHead;
    }

    /** The head of the log verified last ({@code SEQ:HASH}), to record outside the database. */
    public ReadOnlyStringProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public StringProperty caseFilterProperty() {
        return caseFilter;
    }

    public StringProperty userFilterProperty() {
        return userFilter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public PanelContext context() {
        return ctx;
    }
}
