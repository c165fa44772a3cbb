package org.zenome.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.zenome.ui.common.I18n;

/** Message boxes with localised buttons; the text is one readable sentence, never a stack trace. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, I18n i18n, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", new ButtonType(i18n.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(i18n.get("dialog.error.title"));
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        // without a width the pane sizes to the unwrapped text (wider than the screen for a long message)
        alert.getDialogPane().setPrefWidth(620);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        styleLikeOwner(alert, owner);
        alert.show();
    }

    /** Asks a yes/no question; true for yes. Blocks (nested event loop) until answered. */
    public static boolean confirm(Window owner, I18n i18n, String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yesButton, noButton);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        // without a width the pane sizes to the unwrapped text (wider than the screen for a long message)
        alert.getDialogPane().setPrefWidth(620);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        styleLikeOwner(alert, owner);
        return alert.showAndWait().filter(b -> b == yesButton).isPresent();
    }

    private static void styleLikeOwner(Alert alert, Window owner) {
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
