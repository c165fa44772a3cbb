package org.zenome.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.ui.FxTestSupport.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zenome.domain.DiseaseArea;
import org.zenome.panel.Accounts;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.PanelService;
import org.zenome.panel.Passwords;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.User;
import org.zenome.plot.PlotKind;
import org.zenome.qc.QcService;
import org.zenome.qc.QcThresholds;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.FxTestSupport;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.MainViewModel;
import org.zenome.ui.ZenomeApp;

/**
 * The presenter view shows each agenda case's genome-wide pictures, in the user's language (Japanese here), large,
 * one at a time, and alone in full screen for the projector: the demo tumour/normal pair with its allele-fraction
 * profile and spectrum, the demo trio with its sample QC.
 */
class PresenterPicturesFxTest {
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
    void theCasePicturesAreShownLargeAndInFullScreen() throws Exception {
        Path db = dir.resolve("panel.db");
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "ja");
        LoginSteps.enter(robot);
        waitFor(() -> robot.lookup("デモ症例を作成").tryQuery().isPresent());
        robot.clickOn("デモ症例を作成");
        waitFor(240, () -> app.mainViewModel().activeCaseProperty().get() != null
                && MainViewModel.DEMO_TRIO_ID.equals(app.mainViewModel().activeCaseProperty().get().kase().caseId()));

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            // the trio's sample QC is computed before the meeting (its picture is the germline case's picture)
            new QcService(store, Clock.systemUTC()).run(store.cases().find(MainViewModel.DEMO_TRIO_ID).orElseThrow(),
                    QcThresholds.defaults(), Map.of(), true, LoginSteps.ADMIN);
            User admin = store.users().find(LoginSteps.ADMIN).orElseThrow();
            new Accounts(store.users(), new Passwords(1024, 1)).createUser(admin, "chair", "Dr Chair",
                    EnumSet.of(PanelRole.DRUG_THERAPY_PHYSICIAN), LoginSteps.PASSWORD.toCharArray());
            PanelService panel = new PanelService(store, QuorumRules.builtIn());
            var m = panel.createMeeting(admin, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.HYBRID,
                    DiseaseArea.CANCER, "WGS EP", "chair", true);
            panel.addToAgenda(admin, m.id(), MainViewModel.DEMO_TUMOUR_NORMAL_ID, false, true, "Dr Abe");
            panel.addToAgenda(admin, m.id(), MainViewModel.DEMO_TRIO_ID, false, true, "Dr Ito");
        }
        robot.clickOn("#menuPanel");
        robot.clickOn("#menuPanelMeetings");
        MeetingsViewModel meetings = app.panelWindow().meetings();
        waitFor(() -> meetings.meetings().size() == 1);
        robot.interact(() -> meetings.selectedProperty().set(meetings.meetings().get(0)));
        robot.interact(() -> robot.lookup("#presenterOpen").queryButton().fire());
        PresenterViewModel presenter = app.panelWindow().presenter();
        PresenterView view = app.panelWindow().presenterView();
        waitFor(() -> presenter.caseProperty().get() != null
                && MainViewModel.DEMO_TUMOUR_NORMAL_ID.equals(presenter.caseProperty().get().caseId()));

        // the tumour/normal pair: its pictures instead of the findings
        robot.interact(() -> robot.lookup("#presenterShowPictures").queryAs(
                javafx.scene.control.ToggleButton.class).fire());
        CasePicturesPane pictures = view.pictures();
        waitFor(120, () -> pictures.shown() != null);
        assertThat(pictures.isVisible()).isTrue();
        assertThat(treeVisible(robot.lookup("#presenterFindings").query())).isFalse();
        var kinds = app.panelWindow().presenterView().pictures().shown() == null ? null
                : robot.lookup("#presenterPictureKinds").queryAs(javafx.scene.layout.HBox.class).getChildren()
                .stream().map(n -> ((CasePicturesViewModel.Picture) n.getUserData()).kind()).toList();
        assertThat(kinds).contains(PlotKind.VAF, PlotKind.SPECTRUM).doesNotContain(PlotKind.CN);
        assertThat(pictures.shown().caption()).isEqualTo("アレル頻度と深度比");
        assertThat(robot.lookup("#presenterShowPictures").queryAs(javafx.scene.control.ToggleButton.class)
                .getText()).isEqualTo("所見");
        Image shown = robot.lookup("#presenterPictureImage").queryAs(javafx.scene.image.ImageView.class).getImage();
        assertNotBlank(shown);
        // large: the picture fills most of the presenter's width
        double fit = robot.lookup("#presenterPictureImage").queryAs(javafx.scene.image.ImageView.class)
                .getBoundsInParent().getWidth();
        assertThat(fit).isGreaterThan(1200);
        FxTestSupport.screenshot(app.panelWindow().stage(), "presenter-pictures-ja.png");

        // the spectrum with its button, then the arrow keys step through the pictures
        robot.interact(() -> robot.lookup("#presenterPicture-spectrum").queryAs(
                javafx.scene.control.ToggleButton.class).fire());
        assertThat(pictures.shown().kind()).isEqualTo(PlotKind.SPECTRUM);
        assertNotBlank(robot.lookup("#presenterPictureImage").queryAs(javafx.scene.image.ImageView.class).getImage());
        FxTestSupport.screenshot(app.panelWindow().stage(), "presenter-spectrum-ja.png");
        robot.interact(() -> pictures.step(1));
        assertThat(pictures.shown().kind()).isNotEqualTo(PlotKind.SPECTRUM);

        // full screen for the projector: the picture alone; Esc closes it
        robot.interact(() -> robot.lookup("#presenterPictureFullScreen").queryButton().fire());
        waitFor(() -> pictures.fullScreenStage() != null && pictures.fullScreenStage().isShowing());
        javafx.stage.Stage full = pictures.fullScreenStage();
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        assertThat(full.getWidth()).isEqualTo(screen.getWidth());
        assertThat(full.getHeight()).isEqualTo(screen.getHeight());
        assertThat(full.getStyle()).isEqualTo(javafx.stage.StageStyle.UNDECORATED);
        FxTestSupport.screenshot(full, "presenter-picture-fullscreen-ja.png");
        javafx.application.Platform.runLater(() -> full.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        waitFor(() -> !full.isShowing() && pictures.fullScreenStage() == null);

        // the next case, the trio: its sample QC
        robot.interact(() -> robot.lookup("#presenterNext").queryButton().fire());
        waitFor(() -> MainViewModel.DEMO_TRIO_ID.equals(presenter.caseProperty().get().caseId()));
        waitFor(120, () -> pictures.shown() != null && pictures.shown().kind() == PlotKind.QC);
        assertThat(robot.lookup("#presenterPictureKinds").queryAs(javafx.scene.layout.HBox.class).getChildren())
                .hasSize(1);
        assertThat(pictures.shown().caption()).isEqualTo("検体QCと血縁関係");
        assertNotBlank(robot.lookup("#presenterPictureImage").queryAs(javafx.scene.image.ImageView.class).getImage());
        FxTestSupport.screenshot(app.panelWindow().stage(), "presenter-qc-ja.png");

        // back to the findings
        javafx.application.Platform.runLater(() -> view.showPictures(false));
        waitFor(() -> !pictures.isVisible());
        assertThat(treeVisible(robot.lookup("#presenterFindings").query())).isTrue();
        assertThat(robot.lookup("#presenterShowPictures").queryAs(javafx.scene.control.ToggleButton.class)
                .getText()).isEqualTo("ゲノム全体の図");
    }

    private static boolean treeVisible(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** At least 1% of the picture is not white, in at least 3 colours. */
    private static void assertNotBlank(Image img) {
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isEqualTo(CasePicturesViewModel.WIDTH);
        var px = img.getPixelReader();
        long ink = 0;
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int argb = px.getArgb(x, y) & 0xffffff;
                if (argb != 0xffffff) {
                    ink++;
                    colours.add(argb);
                }
            }
        }
        assertThat(ink).isGreaterThan((long) (img.getWidth() * img.getHeight() / 9 / 100));
        assertThat(colours.size()).isGreaterThanOrEqualTo(3);
    }
}
