package org.zenome.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.zenome.store.WrongPassphraseException;
import org.zenome.ui.common.I18n;

/**
 * Asks for the administrator's passphrase of an encrypted case store before it is opened: a dialog on the FX
 * thread, waited for by the worker that opens the store; a wrong passphrase is asked again (at most
 * {@link #ATTEMPTS} times). The passphrase only unlocks the store's key in memory; it is not kept.
 */
final class StorePassphrasePrompt {
    static final int ATTEMPTS = 5;
    private final I18n i18n;
    private final Backend backend;

    StorePassphrasePrompt(I18n i18n, Backend backend) {
        this.i18n = i18n;
        this.backend = backend;
    }

    /**
     * Unlocks {@code database} when it is an encrypted store not yet unlocked; returns normally when it is then
     * open to this process, and leaves it locked when the user cancels (opening it then says it is encrypted).
     */
    void unlock(Path database) {
        String problem = null;
        for (int attempt = 0; attempt < ATTEMPTS && backend.needsPassphrase(database); attempt++) {
            Optional<char[]> p = ask(database, problem);
            if (p.isEmpty()) {
                return;
            }
            char[] pass = p.get();
            try {
                backend.unlock(database, pass);
            } catch (WrongPassphraseException e) {
                problem = i18n.get("store.passphrase.wrong");
            } finally {
                Arrays.fill(pass, '\0');
            }
        }
    }

    private Optional<char[]> ask(Path database, String problem) {
        return EarlyDialogs.ask(() -> dialog(database, problem));
    }

    private Optional<char[]> dialog(Path database, String problem) {
        Dialog<char[]> d = new Dialog<>();
        d.setTitle(i18n.get("store.passphrase.title"));
        d.setHeaderText(null);
        PasswordField field = new PasswordField();
        field.setId("storePassphrase");
        VBox box = new VBox(8, new Label(i18n.get("store.passphrase.prompt", database)), field);
        if (problem != null) {
            Label wrong = new Label(problem);
            wrong.setId("storePassphraseProblem");
            wrong.setStyle("-fx-text-fill: #b3261e;");
            box.getChildren().add(wrong);
        }
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(i18n.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> r = d.showAndWait();
        field.clear();
        return r;
    }
}
