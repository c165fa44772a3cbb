package org.zenome.ui.panel;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.panel.User;
import org.zenome.ui.common.I18n;

/** The login window (first start: create the administrator; idle lock: re-enter the password). */
public final class LoginDialog {
    private final Stage stage = new Stage();
    private final LoginViewModel vm;

    public LoginDialog(Window owner, LoginViewModel vm, I18n i18n, String stylesheet, Consumer<User> loggedIn,
                       Runnable cancelled) {
        this.vm = vm;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        LoginViewModel.Mode mode = vm.mode();
        stage.setTitle(switch (mode) {
            case FIRST_ADMINISTRATOR -> i18n.get("login.first.title");
            case LOGIN -> i18n.get("login.title");
            case UNLOCK -> i18n.get("login.unlock.title");
        });
        Label intro = new Label(switch (mode) {
            case FIRST_ADMINISTRATOR -> i18n.get("login.first.intro");
            case LOGIN -> i18n.get("login.intro");
            case UNLOCK -> i18n.get("login.unlock.intro");
        });
        intro.setWrapText(true);
        intro.setMaxWidth(420);
        TextField user = new TextField();
        user.setId("loginUsername");
        user.textProperty().bindBidirectional(vm.usernameProperty());
        user.setDisable(mode == LoginViewModel.Mode.UNLOCK);
        TextField display = new TextField();
        display.setId("loginDisplayName");
        display.textProperty().bindBidirectional(vm.displayNameProperty());
        PasswordField password = new PasswordField();
        password.setId("loginPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("loginRepeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        CheckBox secretary = new CheckBox(i18n.get("login.first.secretary"));
        secretary.setId("loginSecretary");
        secretary.selectedProperty().bindBidirectional(vm.alsoSecretaryProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(i18n.get("login.username")), user);
        if (mode == LoginViewModel.Mode.FIRST_ADMINISTRATOR) {
            grid.addRow(row++, new Label(i18n.get("login.displayName")), display);
        }
        grid.addRow(row++, new Label(i18n.get("login.password")), password);
        if (mode == LoginViewModel.Mode.FIRST_ADMINISTRATOR) {
            grid.addRow(row++, new Label(i18n.get("login.repeat")), repeat);
            grid.add(secretary, 1, row);
        }
        Label error = new Label();
        error.setId("loginError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.textProperty().bind(vm.errorProperty());
        Button ok = new Button(mode == LoginViewModel.Mode.FIRST_ADMINISTRATOR ? i18n.get("login.first.create")
                : i18n.get("login.button"));
        ok.setId("loginButton");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(vm.busyProperty());
        // the main window shows before this one closes: with no window on screen in between JavaFX would exit
        ok.setOnAction(e -> vm.submit(u -> {
            loggedIn.accept(u);
            stage.close();
        }));
        Button cancel = new Button(mode == LoginViewModel.Mode.UNLOCK ? i18n.get("login.unlock.quit")
                : i18n.get("button.cancel"));
        cancel.setId("loginCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            stage.close();
            cancelled.run();
        });
        stage.setOnCloseRequest(e -> {
            if (mode == LoginViewModel.Mode.UNLOCK) {
                // the lock is not dismissed by closing its window: unlock with the password or quit
                e.consume();
            } else {
                cancelled.run();
            }
        });
        HBox buttons = new HBox(8, ok, cancel);
        VBox root = new VBox(12, intro, grid, error, buttons);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
        if (stylesheet != null) {
            stage.getScene().getStylesheets().add(stylesheet);
        }
        stage.setOnShown(e -> (mode == LoginViewModel.Mode.UNLOCK ? password : user).requestFocus());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public LoginViewModel viewModel() {
        return vm;
    }
}
