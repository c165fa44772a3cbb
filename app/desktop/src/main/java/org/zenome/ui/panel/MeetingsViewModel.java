package org.zenome.ui.panel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.panel.Attendee;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.QuorumProblem;
import org.zenome.panel.QuorumResult;
import org.zenome.panel.User;
import org.zenome.ui.common.BackgroundTask;

/** Meetings: schedule, agenda, attendance and the quorum check. */
public final class MeetingsViewModel {
    private final PanelContext ctx;
    private final org.zenome.ui.common.I18n i18n;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObservableList<String> caseIds = FXCollections.observableArrayList();
    private final ObservableList<String> quorumLines = FXCollections.observableArrayList();
    private final ObservableList<String> circulationLines = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quorumStatus = new ReadOnlyStringWrapper("");

    public MeetingsViewModel(PanelContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.i18n = ctx.i18n();
        selected.addListener((o, old, m) -> {
            showQuorum(m == null ? null : m.quorum());
            showCirculation(m);
        });
    }

    /** Reloads meetings, users and cases; keeps the selection. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        ctx.executor().submit(BackgroundTask.<Object[]>of("load meetings", c -> new Object[] {
            ctx.store().meetings().list(), ctx.store().users().list(),
            ctx.store().cases().list().stream().map(CaseSummary::caseId).toList()})
                .onSuccess(r -> {
                    @SuppressWarnings("unchecked") List<Meeting> ms = (List<Meeting>) r[0];
                    @SuppressWarnings("unchecked") List<User> us = (List<User>) r[1];
                    @SuppressWarnings("unchecked") List<String> cs = (List<String>) r[2];
                    meetings.setAll(ms);
                    users.setAll(us.stream().filter(User::active).toList());
                    caseIds.setAll(cs);
                    selected.set(keep == null ? null : ms.stream().filter(m -> m.id() == keep).findFirst()
                            .orElse(null));
                })
                .onFailure(this::failed));
    }

    public void create(LocalDateTime at, MeetingFormat format, DiseaseArea area, String title, User chair,
                       boolean inHouse) {
        if (at == null || format == null || area == null || chair == null) {
            message.set(i18n.get("panel.meeting.incomplete"));
            return;
        }
        User me = ctx.session().user();
        ctx.executor().submit(BackgroundTask.of("create meeting", c -> ctx.service().createMeeting(me, at, format,
                area, title, chair.username(), inHouse)).onSuccess(m -> {
                    message.set(i18n.get("panel.meeting.created", m.id()));
                    meetings.add(0, m);
                    selected.set(m);
                }).onFailure(this::failed));
    }

    public void addCase(String caseId, boolean paediatric, boolean historySupplied) {
        addCase(caseId, paediatric, historySupplied, null);
    }

    /**
     * Puts a case on the agenda with its treating physician: a user name (holding the treating-physician role)
     * or the name of a physician without an account; blank when not known yet.
     */
    public void addCase(String caseId, boolean paediatric, boolean historySupplied, String treatingPhysician) {
        Meeting m = selected.get();
        if (m == null || caseId == null || caseId.isBlank()) {
            return;
        }
        User me = ctx.session().user();
        run("add case", () -> ctx.service().addToAgenda(me, m.id(), caseId.strip(), paediatric, historySupplied,
                treatingPhysician));
    }

    /** Changes what the agenda records about a case already on it. */
    public void updateCase(String caseId, boolean paediatric, boolean historySupplied, String treatingPhysician) {
        Meeting m = selected.get();
        if (m == null || caseId == null || caseId.isBlank()) {
            return;
        }
        User me = ctx.session().user();
        run("change agenda", () -> ctx.service().updateAgendaItem(me, m.id(), caseId.strip(), paediatric,
                historySupplied, treatingPhysician));
    }

    /** Adds an attendee: a user in one of their roles, or an external person by name. */
    public void addAttendee(User user, String name, PanelRole role, boolean remote) {
        addAttendee(user, name, role, remote, null);
    }

    /**
     * Adds an attendee: a user in one of their roles, or an external person by name; a treating physician for
     * an agenda case ({@code forCase}; null: the case naming the user, or the only case).
     */
    public void addAttendee(User user, String name, PanelRole role, boolean remote, String forCase) {
        Meeting m = selected.get();
        if (m == null || role == null || (user == null && (name == null || name.isBlank()))) {
            message.set(i18n.get("panel.attendee.incomplete"));
            return;
        }
        User me = ctx.session().user();
        List<String> cases = forCase == null || forCase.isBlank() || role != PanelRole.TREATING_PHYSICIAN ? List.of()
                : List.of(forCase.strip());
        run("add attendee", () -> ctx.service().addAttendee(me, m.id(), user == null ? name : null,
                user == null ? null : user.username(), role, remote, Instant.now(), cases));
    }

    public void markLeft(Attendee a) {
        Meeting m = selected.get();
        if (m == null || a == null) {
            return;
        }
        User me = ctx.session().user();
        run("attendee left", () -> {
            ctx.service().markLeft(me, m.id(), a.id());
            return null;
        });
    }

    /** Checks the quorum; a meeting by circulation also re-checks (and records) each agenda case's eligibility. */
    public void checkQuorum() {
        Meeting m = selected.get();
        if (m == null) {
            return;
        }
        User me = ctx.session().user();
        run("check quorum", () -> {
            ctx.service().checkQuorum(me, m.id());
            return ctx.service().checkCirculation(me, m.id());
        });
    }

    /**
     * Changes the selected meeting's format; a change to circulation is refused, naming each ineligible agenda
     * case and its unmet conditions.
     */
    public void changeFormat(MeetingFormat format) {
        Meeting m = selected.get();
        if (m == null || format == null) {
            return;
        }
        User me = ctx.session().user();
        run("change format", () -> ctx.service().changeFormat(me, m.id(), format));
    }

    private void run(String name, java.util.concurrent.Callable<?> work) {
        long id = selected.get().id();
        ctx.executor().submit(BackgroundTask.of(name, c -> {
            work.call();
            return ctx.store().meetings().find(id).orElseThrow();
        }).onSuccess(updated -> {
            message.set("");
            int i = indexOf(updated.id());
            if (i >= 0) {
                meetings.set(i, updated);
            }
            selected.set(updated);
        }).onFailure(this::failed));
    }

    private int indexOf(long id) {
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void showQuorum(QuorumResult q) {
        if (q == null) {
            quorumStatus.set(i18n.get("panel.quorum.unchecked"));
            quorumLines.clear();
            return;
        }
        quorumStatus.set(q.met() ? i18n.get("panel.quorum.met", q.rulesVersion())
                : i18n.get("panel.quorum.notMet", q.rulesVersion()));
        quorumLines.setAll(q.problems().stream().map((QuorumProblem p) -> ctx.labels().problem(p)).toList());
    }

    /** The recorded eligibility of each agenda case of a meeting by circulation (empty for other formats). */
    private void showCirculation(Meeting m) {
        if (m == null || m.format() != MeetingFormat.CIRCULATION) {
            circulationLines.clear();
            return;
        }
        List<String> lines = new java.util.ArrayList<>();
        for (org.zenome.panel.AgendaItem a : m.agenda()) {
            lines.addAll(ctx.labels().circulation(a.caseId(), a.circulation()));
        }
        circulationLines.setAll(lines);
    }

    private void failed(Throwable e) {
        message.set(ctx.describe(e));
        Throwable t = e;
        while (t instanceof java.util.concurrent.ExecutionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof org.zenome.panel.CirculationIneligibleException refused) {
            // the refused cases' unmet conditions, one per line, below the recorded ones
            showCirculation(selected.get());
            refused.checks().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(x ->
                    circulationLines.addAll(ctx.labels().circulation(x.getKey(), x.getValue())));
        }
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObservableList<String> caseIds() {
        return caseIds;
    }

    public ObservableList<String> quorumLines() {
        return quorumLines;
    }

    /** The selected meeting's circulation eligibility, one line per case and per unmet condition. */
    public ObservableList<String> circulationLines() {
        return circulationLines;
    }

    public ObjectProperty<Meeting> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quorumStatusProperty() {
        return quorumStatus.getReadOnlyProperty();
    }

    public PanelContext context() {
        return ctx;
    }
}
