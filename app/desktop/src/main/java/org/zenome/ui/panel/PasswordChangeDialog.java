package org.zenome.ui.panel;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.panel.PasswordPolicy;
import org.zenome.panel.User;
import org.zenome.ui.common.I18n;

/**
 * The password-change window: from the Expert panel menu, or at login after an administrator's reset (then
 * closing it without a new password quits).
 */
public final class PasswordChangeDialog {
    private final Stage stage = new Stage();
    private final PasswordChangeViewModel vm;

    public PasswordChangeDialog(Window owner, PasswordChangeViewModel vm, I18n i18n, String stylesheet,
                                Consumer<User> changed, Runnable cancelled) {
        this.vm = vm;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setTitle(i18n.get("password.title"));
        Label intro = new Label(vm.required() ? i18n.get("password.intro.required", vm.user().username())
                : i18n.get("password.intro", vm.user().username()));
        intro.setId("passwordIntro");
        intro.setWrapText(true);
        intro.setMaxWidth(460);
        Label policy = new Label(i18n.get("password.policy", PasswordPolicy.MIN_LENGTH));
        policy.setWrapText(true);
        policy.setMaxWidth(460);
        policy.getStyleClass().add("hint-text");
        PasswordField current = new PasswordField();
        current.setId("passwordCurrent");
        current.textProperty().bindBidirectional(vm.currentProperty());
        PasswordField next = new PasswordField();
        next.setId("passwordNew");
        next.textProperty().bindBidirectional(vm.newPasswordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("passwordRepeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(vm.required() ? i18n.get("password.temporary") : i18n.get("password.current")),
                current);
        grid.addRow(1, new Label(i18n.get("password.new")), next);
        grid.addRow(2, new Label(i18n.get("login.repeat")), repeat);
        Label error = new Label();
        error.setId("passwordError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.textProperty().bind(vm.errorProperty());
        Button ok = new Button(i18n.get("password.change"));
        ok.setId("passwordChange");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(vm.busyProperty());
        // the next window shows before this one closes: with no window on screen in between JavaFX would exit
        ok.setOnAction(e -> vm.submit(u -> {
            changed.accept(u);
            stage.close();
        }));
        Button cancel = new Button(vm.required() ? i18n.get("login.unlock.quit") : i18n.get("button.cancel"));
        cancel.setId("passwordCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            stage.close();
            cancelled.run();
        });
        stage.setOnCloseRequest(e -> cancelled.run());
        VBox root = new VBox(12, intro, policy, grid, error, new HBox(8, ok, cancel));
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
        if (stylesheet != null) {
            stage.getScene().getStylesheets().add(stylesheet);
        }
        stage.setOnShown(e -> current.requestFocus());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public PasswordChangeViewModel viewModel() {
        return vm;
    }
}
