package org.zenome.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.zenome.store.postgres.PgCredentials;
import org.zenome.ui.common.I18n;

/**
 * Asks for the database password of a PostgreSQL store when no password file has it: a dialog on the FX thread,
 * waited for by the worker that opens the store. The password goes to the driver only; it is not kept.
 */
final class PasswordPrompt implements PgCredentials.Prompt {
    private final I18n i18n;

    PasswordPrompt(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Optional<char[]> password(String user, String where) {
        return EarlyDialogs.ask(() -> ask(user, where));
    }

    private Optional<char[]> ask(String user, String where) {
        Dialog<char[]> d = new Dialog<>();
        d.setTitle(i18n.get("db.password.title"));
        d.setHeaderText(null);
        PasswordField field = new PasswordField();
        field.setId("dbPassword");
        d.getDialogPane().setContent(new VBox(8, new Label(i18n.get("db.password.prompt", user, where)), field));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return d.showAndWait();
    }
}
