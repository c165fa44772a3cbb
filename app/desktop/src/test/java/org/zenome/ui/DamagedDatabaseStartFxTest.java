package org.zenome.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.ui.FxTestSupport.screenshot;
import static org.zenome.ui.FxTestSupport.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.config.AdminConfig;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.common.I18n;

/**
 * The real desktop application started with {@code --db} on a database it cannot use (issue 9, "a database file from
 * a newer version or not a Zenome database at all"): a truncated SQLite file, a file that is not a database, and a
 * database of a newer schema. Each shows one dialog naming the file, the problem and what can be done (restore a
 * backup, use the newer Zenome, open another database, quit), nothing else opens, Quit ends the application (here a
 * recorded call: the JavaFX toolkit is shared with the other UI tests), and the file and its folder are byte for
 * byte as they were. "Open another database…" goes on to the login on a good store.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a dead toolkit fails, never hangs
class DamagedDatabaseStartFxTest {
    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private String savedAdmin;

    @TempDir
    Path dir;

    /** The application with Quit recorded instead of ending the toolkit, and the file chooser answered. */
    public static class RecordingApp extends ZenomeApp {
        static final AtomicInteger EXITS = new AtomicInteger();
        static volatile Path choice;
        static volatile int choices;

        @Override
        protected void exit() {
            EXITS.incrementAndGet();
        }

        @Override
        protected Path chooseDatabase(I18n i18n) {
            choices++;
            return choice;
        }
    }

    @BeforeEach
    void isolate() throws Exception {
        RecordingApp.EXITS.set(0);
        RecordingApp.choice = null;
        RecordingApp.choices = 0;
        // the administrator's scheduled backups, with one backup in them: the dialog points to it
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path backup = Files.createDirectories(backups.resolve("zenome-backup-20261203T180000Z"));
        Files.writeString(backup.resolve("SHA256SUMS"), "");
        Path admin = Files.writeString(dir.resolve("zenome.properties"), "backup.dir = " + backups + "\n");
        savedAdmin = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, admin.toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (savedAdmin == null) {
            System.clearProperty(AdminConfig.PROPERTY);
        } else {
            System.setProperty(AdminConfig.PROPERTY, savedAdmin);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated", "damaged pages", "not a database", "another program's database",
        "newer schema"})
    void aDatabaseTheApplicationCannotUseIsNamedWithItsProblemAndLeftAsItWas(String kind) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path db = damaged(kind, folder);
        Map<String, String> before = listing(folder);

        app = (ZenomeApp) FxToolkit.setupApplication(RecordingApp.class, "--db", db.toString(), "--lang", "en");
        waitFor(() -> robot.lookup("#badStoreDialog").tryQuery().isPresent());
        String text = robot.lookup("#badStoreMessage").queryAs(Label.class).getText();
        DialogPane pane = robot.lookup("#badStoreDialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("The case database cannot be opened");
        assertThat(text).contains(db.toString()).doesNotContain("Exception", "\tat ", "Something went wrong");
        switch (kind) {
            case "truncated" -> assertThat(text).contains("corrupt or cut short", "zenome restore --db " + db,
                    "Newest backup: " + dir.resolve("backups").resolve("zenome-backup-20261203T180000Z"));
            case "damaged pages" -> assertThat(text).contains("corrupt or cut short", "zenome restore --db " + db);
            case "not a database" -> assertThat(text).contains("not a Zenome database (not an SQLite file)",
                    "zenome restore --db " + db);
            case "another program's database" -> assertThat(text).contains("not a Zenome database (it holds other "
                    + "tables)");
            default -> assertThat(text).contains("written by a newer version of Zenome (schema 99",
                    "use the newer version of Zenome").doesNotContain("zenome restore");
        }
        assertThat(text).contains("open another case database", "Zenome has not changed the database.");
        assertThat(robot.lookup("#badStoreOpenOther").queryAs(Button.class).getText())
                .isEqualTo("Open another database…");
        assertThat(robot.lookup("#badStoreQuit").queryAs(Button.class).getText()).isEqualTo("Quit");
        // nothing else: no login, no main window
        assertThat(robot.lookup("#loginButton").tryQuery()).isEmpty();
        assertThat(app.mainWindow()).isNull();
        screenshot(pane.getScene(), "damaged-database-" + kind.replace(' ', '-') + "-en.png");

        robot.clickOn("#badStoreQuit");
        waitFor(() -> RecordingApp.EXITS.get() == 1);
        assertThat(robot.lookup("#badStoreDialog").tryQuery()).isEmpty();
        assertThat(RecordingApp.choices).isZero();
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(listing(folder)).as("the file and its folder are byte for byte as they were").isEqualTo(before);
    }

    @Test
    void theDialogIsInJapaneseAndClosingItQuits() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path db = damaged("truncated", folder);
        Map<String, String> before = listing(folder);
        app = (ZenomeApp) FxToolkit.setupApplication(RecordingApp.class, "--db", db.toString(), "--lang", "ja");
        waitFor(() -> robot.lookup("#badStoreDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#badStoreDialog").queryAs(DialogPane.class);
        String text = robot.lookup("#badStoreMessage").queryAs(Label.class).getText();
        assertThat(pane.getHeaderText()).isEqualTo("症例データベースを開けません");
        assertThat(text).contains(db + ": the database file is corrupt or cut short",
                "Zenome の症例データベースとして使えないファイルです", "zenome restore --db " + db,
                "Zenome はデータベースを変更していません。");
        screenshot(pane.getScene(), "damaged-database-truncated-ja.png");
        // the window's close box is "Quit" too
        javafx.stage.Window window = pane.getScene().getWindow();
        robot.interact(() -> window.fireEvent(new javafx.stage.WindowEvent(window,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> RecordingApp.EXITS.get() == 1);
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(listing(folder)).isEqualTo(before);
    }

    @Test
    void openAnotherDatabaseGoesOnToTheLoginAndABadChoiceComesBackToTheDialog() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path db = damaged("not a database", folder);
        Path alsoBad = damaged("newer schema", Files.createDirectories(dir.resolve("other")));
        Path good = dir.resolve("good").resolve("zenome.db");
        Map<String, String> before = listing(folder);
        app = (ZenomeApp) FxToolkit.setupApplication(RecordingApp.class, "--db", db.toString(), "--lang", "en");
        waitFor(() -> robot.lookup("#badStoreDialog").tryQuery().isPresent());

        // a chooser answer that cannot be used either: the dialog again, now about that file
        RecordingApp.choice = alsoBad;
        robot.clickOn("#badStoreOpenOther");
        waitFor(() -> robot.lookup("#badStoreMessage").tryQuery().map(n -> ((Label) n).getText()
                .contains(alsoBad.toString())).orElse(false));
        assertThat(robot.lookup("#badStoreMessage").queryAs(Label.class).getText()).contains("newer version of Zenome");

        // cancelled chooser: the dialog stays
        RecordingApp.choice = null;
        robot.clickOn("#badStoreOpenOther");
        waitFor(() -> RecordingApp.choices == 2 && robot.lookup("#badStoreDialog").tryQuery().isPresent());

        // a new database: the first start's administrator dialog on it
        RecordingApp.choice = good;
        robot.clickOn("#badStoreOpenOther");
        waitFor(() -> robot.lookup("#loginRepeat").tryQuery().isPresent());
        assertThat(app.database()).isEqualTo(good.toAbsolutePath());
        assertThat(robot.lookup("#badStoreDialog").tryQuery()).isEmpty();
        assertThat(RecordingApp.EXITS.get()).isZero();
        LoginSteps.createAdministrator(robot);
        assertThat(app.mainWindow()).isNotNull();
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(listing(folder)).isEqualTo(before);
    }

    /**
     * As installed, JavaFX ends when its last window closes (implicit exit; TestFX turns it off). The dialog is the
     * application's only window, so closing it for the file chooser must not end the application. (Implicit exit
     * can only be turned on while a window is showing, else the toolkit ends at once: a stand-in window is shown
     * until the dialog is up.)
     */
    @Test
    void withImplicitExitAsInstalledChoosingAnotherFileDoesNotEndTheApplication() throws Exception {
        Path db = damaged("truncated", Files.createDirectories(dir.resolve("data")));
        javafx.stage.Stage[] standIn = new javafx.stage.Stage[1];
        robot.interact(() -> {
            standIn[0] = new javafx.stage.Stage();
            standIn[0].setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
            standIn[0].show();
            javafx.application.Platform.setImplicitExit(true);
        });
        try {
            app = (ZenomeApp) FxToolkit.setupApplication(RecordingApp.class, "--db", db.toString(), "--lang", "en");
            waitFor(() -> robot.lookup("#badStoreDialog").tryQuery().isPresent());
            robot.interact(() -> standIn[0].close());
            RecordingApp.choice = null; // the user cancels the chooser: the dialog comes back
            robot.clickOn("#badStoreOpenOther");
            waitFor(10, () -> RecordingApp.choices == 1 && robot.lookup("#badStoreDialog").tryQuery().isPresent());
            RecordingApp.choice = dir.resolve("good").resolve("zenome.db");
            robot.clickOn("#badStoreOpenOther");
            waitFor(() -> robot.lookup("#loginRepeat").tryQuery().isPresent());
            // the toolkit still runs, and the setting is back as it was once the login shows
            assertThat(FxTestSupport.fxCall(() -> javafx.application.Platform.isImplicitExit())).isTrue();
        } finally {
            // back to the tests' setting while a window still shows
            javafx.application.Platform.runLater(() -> javafx.application.Platform.setImplicitExit(false));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    // ---- damaged databases, made from a real store

    private static Path damaged(String kind, Path folder) throws Exception {
        Path db = folder.resolve("zenome.db");
        if (kind.equals("not a database")) {
            return Files.writeString(db, "minutes of the expert panel, 3 December\n");
        }
        if (kind.equals("another program's database")) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE appointments (id INTEGER PRIMARY KEY, patient TEXT, day TEXT)");
                s.execute("INSERT INTO appointments VALUES (1, 'Taro', '2026-12-03')");
            }
            return db;
        }
        Path good = Files.createDirectories(folder.resolve("made")).resolve("zenome.db");
        SqliteCaseStore.open(good).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + good)) {
            if (kind.equals("newer schema")) {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                        + "checksum, installed_by, installed_on, execution_time, success) SELECT max(installed_rank) + 1, "
                        + "'99', 'from the future', 'SQL', 'V99__future.sql', 0, 'zenome', installed_on, 1, 1 "
                        + "FROM flyway_schema_history");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + db.toString().replace("'", "''") + "'");
            }
        }
        deleteTree(good.getParent());
        if (kind.equals("truncated")) {
            byte[] b = Files.readAllBytes(db);
            Files.write(db, Arrays.copyOf(b, b.length / 2));
        }
        if (kind.equals("damaged pages")) { // full length, but pages 2 to 6 overwritten with noise
            byte[] b = Files.readAllBytes(db);
            for (int i = 4096 + 100; i < Math.min(b.length, 4096 * 6); i += 7) {
                b[i] ^= 0x5A;
            }
            Files.write(db, b);
        }
        return db;
    }

    /** Every file under the folder with its SHA-256 (a new -wal, -shm or findings folder shows too). */
    private static Map<String, String> listing(Path folder) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                m.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) : "folder");
            }
        }
        return m;
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(f);
            }
        }
    }
}
