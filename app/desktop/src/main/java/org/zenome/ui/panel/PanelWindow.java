package org.zenome.ui.panel;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.panel.Meeting;
import org.zenome.panel.PanelRole;
import org.zenome.ui.common.I18n;

/**
 * The expert-panel window: meetings, the presenter view of a meeting, the audit log, the turnaround dashboard
 * and (for administrators) the users.
 */
public final class PanelWindow {
    private final PanelContext ctx;
    private final org.zenome.ui.common.I18n i18n;
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final MeetingsViewModel meetings;
    private final AuditViewModel audit;
    private final TurnaroundViewModel turnaround;
    private final UsersViewModel users;
    private final Tab meetingsTab;
    private final Tab auditTab;
    private final Tab turnaroundTab;
    private final Tab usersTab;
    private Tab presenterTab;
    private PresenterViewModel presenter;
    private PresenterView presenterView;
    private CaseBrowsers browsers;

    public PanelWindow(PanelContext ctx, Window owner, int targetDays) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        meetings = new MeetingsViewModel(ctx);
        audit = new AuditViewModel(ctx);
        turnaround = new TurnaroundViewModel(ctx, targetDays);
        users = new UsersViewModel(ctx);
        meetingsTab = tab(i18n.get("panel.tab.meetings"), new MeetingsView(meetings, this::openPresenter), "tabMeetings");
        auditTab = tab(i18n.get("panel.tab.audit"), new AuditView(audit), "tabAudit");
        turnaroundTab = tab(i18n.get("panel.tab.turnaround"), new TurnaroundView(turnaround), "tabTurnaround");
        usersTab = tab(i18n.get("panel.tab.users"), new UsersView(users), "tabUsers");
        tabs.getTabs().addAll(meetingsTab, auditTab, turnaroundTab);
        if (ctx.session().user() != null && ctx.session().user().has(PanelRole.ADMINISTRATOR)) {
            tabs.getTabs().add(usersTab);
        }
        tabs.setId("panelTabs");
        stage.initOwner(owner);
        stage.setTitle(i18n.get("panel.window.title", ctx.session().user() == null ? ""
                : ctx.session().user().displayName()));
        // as large as the screen allows (the presenter view holds the genome browser too)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(tabs, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight())));
        if (ctx.stylesheet() != null) {
            stage.getScene().getStylesheets().add(ctx.stylesheet());
        }
    }

    private static Tab tab(String title, javafx.scene.Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    public void showMeetings() {
        meetings.refresh();
        select(meetingsTab);
    }

    public void showAudit() {
        audit.refresh();
        select(auditTab);
    }

    public void showTurnaround() {
        turnaround.refresh();
        select(turnaroundTab);
    }

    public void showUsers() {
        users.refresh();
        if (!tabs.getTabs().contains(usersTab)) {
            return;
        }
        select(usersTab);
    }

    /** The genome browser for the presenter view (the application wires it; without it none is shown). */
    public void setCaseBrowsers(CaseBrowsers browsers) {
        this.browsers = browsers;
    }

    /** Opens the presenter view of a meeting (replacing an open one). */
    public PresenterViewModel openPresenter(Meeting m) {
        presenter = new PresenterViewModel(ctx, m);
        if (presenterTab != null) {
            tabs.getTabs().remove(presenterTab);
        }
        if (presenterView != null) {
            presenterView.dispose();
        }
        PresenterView view = new PresenterView(presenter, browsers);
        presenterView = view;
        presenterTab = tab(i18n.get("panel.tab.presenter", m.id()), view, "tabPresenter");
        presenterTab.setClosable(true);
        presenterTab.setOnClosed(e -> view.dispose());
        tabs.getTabs().add(1, presenterTab);
        select(presenterTab);
        presenter.start();
        return presenter;
    }

    /** Another workstation recorded an act (shared store): the open views read it again. */
    public void storeChanged(org.zenome.store.StoreChange change) {
        if (presenter != null && change.caseId() != null) {
            presenter.refreshIfShowing(change.caseId());
        }
        if (stage.isShowing()) {
            meetings.refresh();
            audit.refresh();
        }
    }

    private void select(Tab t) {
        tabs.getSelectionModel().select(t);
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public MeetingsViewModel meetings() {
        return meetings;
    }

    public PresenterViewModel presenter() {
        return presenter;
    }

    /** The open presenter view, null before the first. */
    public PresenterView presenterView() {
        return presenterView;
    }

    public AuditViewModel audit() {
        return audit;
    }

    public TurnaroundViewModel turnaround() {
        return turnaround;
    }
}
