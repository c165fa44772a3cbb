package org.zenome.ui.panel;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zenome.panel.PanelRole;
import org.zenome.panel.User;
import org.zenome.ui.common.I18n;

/** The user list and the form to create a user (administrators). */
public final class UsersView extends BorderPane {

    public UsersView(UsersViewModel vm) {
        I18n i18n = vm.context().i18n();
        PanelLabels labels = vm.context().labels();
        TableView<User> table = new TableView<>(vm.users());
        table.setId("userTable");
        table.getColumns().add(MeetingsView.column(i18n.get("login.username"), User::username));
        table.getColumns().add(MeetingsView.column(i18n.get("login.displayName"), User::displayName));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.users.roles"), u -> u.roles().stream().sorted()
                .map(labels::role).collect(Collectors.joining(", "))));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.users.active"), u -> u.active() ? "\u2713" : ""));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.users.mustChange"), u -> u.mustChangePassword()
                ? "\u2713" : ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TextField username = new TextField();
        username.setId("newUserName");
        username.setPromptText(i18n.get("login.username"));
        TextField name = new TextField();
        name.setId("newUserDisplayName");
        name.setPromptText(i18n.get("login.displayName"));
        PasswordField pw = new PasswordField();
        pw.setId("newUserPassword");
        pw.setPromptText(i18n.get("login.password"));
        PasswordField repeat = new PasswordField();
        repeat.setId("newUserRepeat");
        repeat.setPromptText(i18n.get("login.repeat"));
        Map<PanelRole, CheckBox> roleBoxes = new LinkedHashMap<>();
        FlowPane roles = new FlowPane(8, 4);
        for (PanelRole r : PanelRole.values()) {
            CheckBox b = new CheckBox(labels.role(r));
            b.setId("newUserRole-" + r.code());
            roleBoxes.put(r, b);
            roles.getChildren().add(b);
        }
        Button create = new Button(i18n.get("panel.users.create"));
        create.setId("newUserCreate");
        create.setOnAction(e -> {
            Set<PanelRole> chosen = EnumSet.noneOf(PanelRole.class);
            roleBoxes.forEach((r, b) -> {
                if (b.isSelected()) {
                    chosen.add(r);
                }
            });
            vm.create(username.getText(), name.getText(), chosen, pw.getText(), repeat.getText());
            pw.clear();
            repeat.clear();
        });
        Button disable = new Button(i18n.get("panel.users.disable"));
        disable.setOnAction(e -> vm.setActive(table.getSelectionModel().getSelectedItem(), false));
        Button enable = new Button(i18n.get("panel.users.enable"));
        enable.setOnAction(e -> vm.setActive(table.getSelectionModel().getSelectedItem(), true));
        // a forgotten password: a temporary one, changed by the user at the next login
        PasswordField temporary = new PasswordField();
        temporary.setId("resetPassword");
        temporary.setPromptText(i18n.get("password.temporary"));
        PasswordField temporaryRepeat = new PasswordField();
        temporaryRepeat.setId("resetRepeat");
        temporaryRepeat.setPromptText(i18n.get("login.repeat"));
        Button reset = new Button(i18n.get("panel.users.resetPassword"));
        reset.setId("resetPasswordButton");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> {
            vm.resetPassword(table.getSelectionModel().getSelectedItem(), temporary.getText(),
                    temporaryRepeat.getText());
            temporary.clear();
            temporaryRepeat.clear();
        });
        Label message = new Label();
        message.setId("userMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        TitledPane form = new TitledPane(i18n.get("panel.users.new"), new VBox(6,
                new FlowPane(6, 6, username, name, pw, repeat), roles, new FlowPane(6, 6, create, disable, enable),
                new FlowPane(6, 6, temporary, temporaryRepeat, reset), message));
        form.setCollapsible(false);
        setCenter(table);
        setBottom(form);
        setPadding(new Insets(8));
    }
}
