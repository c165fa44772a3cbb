package org.zenome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.store.sqlite.SqliteKeyring;
import org.zenome.store.sqlite.SqliteNative;
import org.zenome.store.sqlite.StoreEncryption;

/**
 * The desktop started on an encrypted store (issue 9) asks for the administrator's passphrase before anything is
 * read: a wrong one is asked again with a message, the right one opens the store and the login follows.
 */
class EncryptedStoreFxTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private Path db;

    @TempDir
    Path dir;

    @Test
    void thePassphraseIsAskedBeforeTheLogin() throws Exception {
        Assumptions.assumeTrue(SqliteNative.encryptionAvailable(), "SQLite3 Multiple Ciphers was not built here "
                + "(gcc missing when app/core was built): encrypted stores are not tested");
        db = dir.resolve("data").resolve("zenome.db");
        Files.createDirectories(db.getParent());
        SqliteCaseStore.open(db).close();
        StoreEncryption.encrypt(db, PASSPHRASE.toCharArray());
        SqliteKeyring.forget(db); // as a new start of the application
        byte[] encrypted = Files.readAllBytes(db);

        FxToolkit.registerPrimaryStage();
        // init() waits for the answer: the application starts on another thread while the test answers
        CompletableFuture<ZenomeApp> started = CompletableFuture.supplyAsync(() -> {
            try {
                return (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        answer("a wrong passphrase here");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#storePassphraseProblem").tryQuery().isPresent());
        assertThat(robot.lookup("#storePassphraseProblem").queryAs(Label.class).getText()).contains("Wrong passphrase");
        assertThat(Files.readAllBytes(db)).isEqualTo(encrypted);

        answer(PASSPHRASE);
        app = started.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        assertThat(robot.lookup("#storePassphrase").tryQuery()).isEmpty();
        assertThat(SqliteKeyring.needsPassphrase(db)).isFalse();
    }

    private void answer(String passphrase) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#storePassphrase").tryQuery().isPresent());
        PasswordField field = robot.lookup("#storePassphrase").queryAs(PasswordField.class);
        robot.interact(() -> {
            field.setText(passphrase);
            DialogPane pane = (DialogPane) field.getScene().getRoot();
            ButtonType ok = pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .findFirst().orElseThrow();
            ((Button) pane.lookupButton(ok)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (db != null) {
            SqliteKeyring.forget(db);
        }
    }
}
