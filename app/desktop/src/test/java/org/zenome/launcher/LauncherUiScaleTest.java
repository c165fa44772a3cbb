package org.zenome.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.config.AdminConfig;
import org.zenome.config.Settings;

/** The UI scale of the administrator's file (or the user's preference) reaches JavaFX before it starts. */
class LauncherUiScaleTest {
    private static final String[] KEYS = {"glass.gtk.uiScale", "glass.win.uiScale", AdminConfig.PROPERTY};
    private final String[] saved = new String[KEYS.length];

    @TempDir
    Path dir;

    @BeforeEach
    void save() {
        for (int i = 0; i < KEYS.length; i++) {
            saved[i] = System.getProperty(KEYS[i]);
            System.clearProperty(KEYS[i]);
        }
    }

    @AfterEach
    void restore() {
        for (int i = 0; i < KEYS.length; i++) {
            if (saved[i] == null) {
                System.clearProperty(KEYS[i]);
            } else {
                System.setProperty(KEYS[i], saved[i]);
            }
        }
    }

    @Test
    void administratorsScaleIsAppliedAndTheUsersPreferenceWins() throws Exception {
        Path data = dir.resolve("data");
        Path admin = dir.resolve("zenome.properties");
        Files.writeString(admin, "data.dir = " + data + "\nui.scale = 1.5\n");
        System.setProperty(AdminConfig.PROPERTY, admin.toString());

        Main.applyUiScale(Settings.load());
        assertThat(System.getProperty("glass.gtk.uiScale")).isEqualTo("1.5");
        assertThat(System.getProperty("glass.win.uiScale")).isEqualTo("1.5");

        System.clearProperty("glass.gtk.uiScale");
        System.clearProperty("glass.win.uiScale");
        Settings.load().user().withUiScale(2.0).save();
        Main.applyUiScale(Settings.load());
        assertThat(System.getProperty("glass.gtk.uiScale")).isEqualTo("2.0");
    }

    @Test
    void anExplicitJvmSettingIsKept() throws Exception {
        Path admin = dir.resolve("zenome.properties");
        Files.writeString(admin, "data.dir = " + dir.resolve("data") + "\nui.scale = 1.5\n");
        System.setProperty(AdminConfig.PROPERTY, admin.toString());
        System.setProperty("glass.gtk.uiScale", "3");

        Main.applyUiScale(Settings.load());
        assertThat(System.getProperty("glass.gtk.uiScale")).isEqualTo("3");
    }
}
