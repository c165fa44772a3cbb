package org.zenome.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.ui.FxTestSupport.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zenome.browser.VariantWindow;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.panel.Accounts;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.PanelService;
import org.zenome.panel.Passwords;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.User;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.FxTestSupport;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.MainViewModel;
import org.zenome.ui.ZenomeApp;
import org.zenome.ui.browser.CaseBrowserPane;

/**
 * The presenter view of the real application on the demo cases it generates (synthetic reference, simulated
 * reads): each agenda case opens with its candidate findings and the genome browser (igv.js in a WebView, under
 * headless Monocle) at the first candidate's locus; selecting another finding moves the browser; the next case
 * opens its own browser at its first locus and the previous one stops serving its files.
 */
class PresenterBrowserFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }
    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void eachCaseOpensWithTheBrowserAtItsFirstLocus() throws Exception {
        Path db = dir.resolve("panel.db");
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
        LoginSteps.enter(robot);
        waitFor(() -> robot.lookup("Create demo cases").tryQuery().isPresent());
        robot.clickOn("Create demo cases");
        waitFor(240, () -> app.mainViewModel().activeCaseProperty().get() != null
                && MainViewModel.DEMO_TRIO_ID.equals(app.mainViewModel().activeCaseProperty().get().kase().caseId()));

        // a second instance on the same file schedules the meeting with both demo cases
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            User admin = store.users().find(LoginSteps.ADMIN).orElseThrow();
            new Accounts(store.users(), new Passwords(1024, 1)).createUser(admin, "chair", "Dr Chair",
                    EnumSet.of(PanelRole.DRUG_THERAPY_PHYSICIAN), LoginSteps.PASSWORD.toCharArray());
            PanelService panel = new PanelService(store, QuorumRules.builtIn());
            var m = panel.createMeeting(admin, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.HYBRID,
                    DiseaseArea.CANCER, "WGS EP", "chair", true);
            panel.addToAgenda(admin, m.id(), MainViewModel.DEMO_TRIO_ID, false, true, "Dr Ito");
            panel.addToAgenda(admin, m.id(), MainViewModel.DEMO_TUMOUR_NORMAL_ID, false, true, "Dr Abe");
        }
        robot.clickOn("#menuPanel");
        robot.clickOn("#menuPanelMeetings");
        MeetingsViewModel meetings = app.panelWindow().meetings();
        waitFor(() -> meetings.meetings().size() == 1);
        robot.interact(() -> meetings.selectedProperty().set(meetings.meetings().get(0)));
        robot.interact(() -> robot.lookup("#presenterOpen").queryButton().fire());

        // the first case: its candidate findings, the first selected, the browser at its locus
        PresenterViewModel presenter = app.panelWindow().presenter();
        PresenterView view = app.panelWindow().presenterView();
        waitFor(() -> presenter.caseProperty().get() != null && presenter.selectedFindingProperty().get() != null);
        assertThat(presenter.caseProperty().get().caseId()).isEqualTo(MainViewModel.DEMO_TRIO_ID);
        assertThat(presenter.findings()).hasSizeGreaterThan(2);
        assertThat(presenter.selectedFindingProperty().get()).isEqualTo(presenter.findings().get(0));
        waitFor(() -> view.browser() != null && view.browser().browser().bridge().isReady());
        CaseBrowserPane trioBrowser = view.browser();
        Finding first = presenter.findings().get(0).finding();
        assertThat(first).isNotNull();
        waitFor(() -> locusOf(view).equals(VariantWindow.locus(VariantWindow.around(first))));
        assertThat(robot.lookup("#presenterBrowserHolder").query().lookup("#caseBrowser")).isSameAs(trioBrowser);

        // another finding: the browser follows
        Finding third = presenter.findings().get(2).finding();
        robot.interact(() -> presenter.selectedFindingProperty().set(presenter.findings().get(2)));
        waitFor(() -> locusOf(view).equals(VariantWindow.locus(VariantWindow.around(third))));
        FxTestSupport.screenshot(app.panelWindow().stage(), "presenter-browser-en.png");

        // the next case opens its own browser at its first locus; the previous one is closed
        robot.interact(() -> robot.lookup("#presenterNext").queryButton().fire());
        waitFor(() -> presenter.caseProperty().get() != null && MainViewModel.DEMO_TUMOUR_NORMAL_ID.equals(
                presenter.caseProperty().get().caseId()) && presenter.selectedFindingProperty().get() != null
                && presenter.findings().get(0).finding() != null);
        waitFor(() -> view.browser() != null && view.browser() != trioBrowser
                && view.browser().browser().bridge().isReady());
        Finding tnFirst = presenter.findings().get(0).finding();
        waitFor(() -> locusOf(view).equals(VariantWindow.locus(VariantWindow.around(tnFirst))));
        waitFor(() -> trioBrowser.browser().servedFileCount() == 0);

        // back to the first case: the browser opens at its first locus again
        robot.interact(() -> robot.lookup("#presenterPrevious").queryButton().fire());
        waitFor(() -> MainViewModel.DEMO_TRIO_ID.equals(presenter.caseProperty().get().caseId())
                && view.browser() != null && view.browser().browser().bridge().isReady()
                && presenter.selectedFindingProperty().get() != null);
        waitFor(() -> locusOf(view).equals(VariantWindow.locus(VariantWindow.around(first))));
    }

    private static String locusOf(PresenterView view) {
        CaseBrowserPane b = view.browser();
        return b == null || b.browser().bridge().locusProperty().get() == null ? ""
                : b.browser().bridge().locusProperty().get();
    }

}
