package org.zenome.ui.backup;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.ui.Dialogs;
import org.zenome.ui.common.I18n;

/** The page of {@link BackupsViewModel}: schedule, list of backups, Back up now, Verify, Restore. */
public final class BackupsWindow {
    private final Stage stage = new Stage();
    private final BackupsViewModel vm;
    private HBox encryptRow;
    private Label encryptNote;

    public BackupsWindow(Window owner, BackupsViewModel vm, I18n i18n, String stylesheet) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("backups.title"));

        Label schedule = new Label(vm.schedule());
        schedule.setId("backupsSchedule");
        schedule.setWrapText(true);
        schedule.setMinHeight(Region.USE_PREF_SIZE);
        Label folder = new Label(i18n.get("backups.folder", vm.folder()));
        folder.setId("backupsFolder");
        folder.setWrapText(true);
        folder.setMinHeight(Region.USE_PREF_SIZE);

        TableView<BackupsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("backupsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("backups.empty")));
        table.getColumns().add(column(i18n.get("backups.col.time"), 170, vm::time));
        table.getColumns().add(column(i18n.get("backups.col.size"), 80, vm::size));
        table.getColumns().add(column(i18n.get("backups.col.cases"), 60, vm::cases));
        table.getColumns().add(column(i18n.get("backups.col.madeBy"), 130, vm::madeBy));
        table.getColumns().add(column(i18n.get("backups.col.encrypted"), 90, vm::encrypted));
        TableColumn<BackupsViewModel.Row, BackupsViewModel.Row> check = new TableColumn<>(i18n.get("backups.col.check"));
        check.setPrefWidth(200);
        check.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        check.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BackupsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                getStyleClass().remove("warning-text");
                setTooltip(null);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                textProperty().bind(Bindings.createStringBinding(() -> vm.check(row), row.checkProperty()));
                if (row.checkProperty().get() == BackupsViewModel.Check.DAMAGED) {
                    getStyleClass().add("warning-text");
                }
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(row.problemProperty());
                tip.setWrapText(true);
                tip.setMaxWidth(500);
                setTooltip(tip);
            }
        });
        table.getColumns().add(check);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> vm.selectedProperty().set(row));
        vm.selectedProperty().addListener((o, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        // a row's check changes later: the damaged style follows
        vm.rows().addListener((javafx.collections.ListChangeListener<BackupsViewModel.Row>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> r.checkProperty().addListener((x, y, z) -> table.refresh()));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button now = new Button(i18n.get("backups.now"));
        now.setId("backupsNow");
        now.disableProperty().bind(vm.busyProperty());
        now.setOnAction(e -> vm.backUpNow());
        Button verify = new Button(i18n.get("backups.verify"));
        verify.setId("backupsVerify");
        verify.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        verify.setOnAction(e -> vm.verify(vm.selectedProperty().get()));
        Button restore = new Button(i18n.get("backups.restore"));
        restore.setId("backupsRestore");
        restore.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        restore.setOnAction(e -> {
            BackupsViewModel.Row row = vm.selectedProperty().get();
            if (row == null || !Dialogs.confirm(stage, i18n, i18n.get("backups.restore.title"),
                    i18n.get("backups.restore.confirm", vm.time(row), vm.cases(row)),
                    i18n.get("backups.restore.yes"), i18n.get("button.cancel"))) {
                return;
            }
            if (!row.encrypted()) {
                vm.restore(row);
                return;
            }
            askPassphrase(i18n).ifPresent(p -> vm.restore(row, p));
        });
        CheckBox encrypt = new CheckBox(i18n.get("backups.encrypt"));
        encrypt.setId("backupsEncrypt");
        encrypt.selectedProperty().bindBidirectional(vm.encryptProperty());
        PasswordField pass = new PasswordField();
        pass.setId("backupsPassphrase");
        pass.setPromptText(i18n.get("backups.passphrase.prompt", BackupsViewModel.MIN_PASSPHRASE));
        pass.textProperty().bindBidirectional(vm.passphraseProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("backupsPassphraseRepeat");
        repeat.setPromptText(i18n.get("backups.passphrase.repeat"));
        repeat.textProperty().bindBidirectional(vm.passphraseRepeatProperty());
        for (PasswordField f : new PasswordField[] {pass, repeat}) {
            f.visibleProperty().bind(vm.encryptProperty());
            f.managedProperty().bind(f.visibleProperty());
            f.setPrefColumnCount(16);
        }
        encryptRow = new HBox(8, encrypt, pass, repeat);
        encryptRow.setAlignment(Pos.CENTER_LEFT);
        Label lost = new Label(i18n.get("backups.encrypt.note"));
        lost.setWrapText(true);
        lost.setMinHeight(Region.USE_PREF_SIZE);
        lost.visibleProperty().bind(vm.encryptProperty());
        lost.managedProperty().bind(lost.visibleProperty());
        encryptNote = lost;
        Button close = new Button(i18n.get("button.close"));
        close.setId("backupsClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, now, verify, restore, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("backupsProgress");
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("backupsStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("backupsError");
        error.getStyleClass().add("warning-text");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox root = new VBox(10, schedule, folder, table, encryptRow, encryptNote, buttons, progress, status, error);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 760, 460);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.dispose());
    }

    private static TableColumn<BackupsViewModel.Row, String> column(String title, double width,
            java.util.function.Function<BackupsViewModel.Row, String> text) {
        TableColumn<BackupsViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    /** The passphrase of an encrypted backup, asked before it is restored. */
    private java.util.Optional<char[]> askPassphrase(I18n i18n) {
        javafx.scene.control.Dialog<char[]> d = new javafx.scene.control.Dialog<>();
        d.initOwner(stage);
        d.setTitle(i18n.get("backups.restore.title"));
        d.setHeaderText(i18n.get("backups.passphrase.ask"));
        PasswordField field = new PasswordField();
        field.setId("backupsRestorePassphrase");
        d.getDialogPane().setContent(field);
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(i18n.get("backups.restore.yes"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new javafx.scene.control.ButtonType(i18n.get("button.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        d.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        java.util.Optional<char[]> r = d.showAndWait();
        field.clear();
        return r;
    }

    public void show() {
        stage.show();
        vm.refresh();
    }

    public Stage stage() {
        return stage;
    }

    public BackupsViewModel viewModel() {
        return vm;
    }
}
