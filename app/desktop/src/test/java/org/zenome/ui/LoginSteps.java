package org.zenome.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The login steps of the desktop tests: the first start creates the administrator. */
public final class LoginSteps {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct horse battery";

    private LoginSteps() {
    }

    /** Fills the first-start dialog (administrator, also secretary) and waits for the main window. */
    public static void createAdministrator(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#loginRepeat").tryQuery().isPresent());
        set(robot, "#loginUsername", ADMIN);
        set(robot, "#loginDisplayName", "Administrator");
        set(robot, "#loginPassword", PASSWORD);
        set(robot, "#loginRepeat", PASSWORD);
        robot.clickOn("#loginSecretary");
        robot.clickOn("#loginButton");
        waitForMainWindow(robot);
    }

    /**
     * Gets past the login at start: creates the administrator on a first start, else logs in as that administrator
     * (a test that restarts the application on the same store).
     */
    public static void enter(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#loginRepeat").tryQuery().isPresent()) {
            createAdministrator(robot);
        } else {
            logIn(robot, ADMIN, PASSWORD);
            waitForMainWindow(robot);
        }
    }

    /** Waits until the login dialog is gone and the main window is on screen. */
    public static void waitForMainWindow(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isEmpty()
                && robot.lookup("#mainTabs").match(LoginSteps::showing).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True for a node in a window on screen. */
    public static boolean showing(javafx.scene.Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    /** Fills the login dialog. */
    public static void logIn(FxRobot robot, String user, String password) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        set(robot, "#loginUsername", user);
        set(robot, "#loginPassword", password);
        robot.clickOn("#loginButton");
    }

    static void set(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }
}
