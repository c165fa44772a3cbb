package org.zenome.ui;

import static org.zenome.ui.FxTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.config.AdminConfig;
import org.zenome.config.UserPreferences;

/**
 * The desktop follows the administrator's file: its default language and data directory (the database lands
 * there); a language chosen in the menu is kept in the user's preferences and wins at the next start.
 */
class AdminConfigurationFxTest {
    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private String savedProperty;

    @TempDir
    Path dir;

    @Test
    void defaultLanguageAndDataDirectoryComeFromTheAdministratorAndTheUsersChoiceWins() throws Exception {
        Assumptions.assumeTrue(System.getenv("ZENOME_DB") == null, "ZENOME_DB is set: it overrides the data directory");
        Path data = dir.resolve("data");
        Path admin = dir.resolve("zenome.properties");
        Files.writeString(admin, "data.dir = " + data + "\nlanguage = ja\n");
        savedProperty = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, admin.toString());

        start();
        assertThat(app.database()).isEqualTo(data.resolve("zenome.db"));
        assertThat(Files.exists(data.resolve("zenome.db"))).isTrue();
        waitFor(() -> robot.lookup("今はしない").tryQuery().isPresent());
        robot.clickOn("今はしない");

        robot.interact(() -> app.switchLanguage(Locale.ENGLISH));
        Path prefs = data.resolve(UserPreferences.FILE_NAME);
        waitFor(() -> Files.exists(prefs) && Files.readString(prefs).contains("language=en"));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        start();
        waitFor(() -> robot.lookup("Not now").tryQuery().isPresent());
        assertThat(robot.lookup("今はしない").tryQuery()).isEmpty();
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class);
        org.zenome.ui.LoginSteps.enter(robot);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (savedProperty == null) {
            System.clearProperty(AdminConfig.PROPERTY);
        } else {
            System.setProperty(AdminConfig.PROPERTY, savedProperty);
        }
    }
}
