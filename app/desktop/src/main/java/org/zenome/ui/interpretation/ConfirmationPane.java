package org.zenome.ui.interpretation;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zenome.classification.ConfirmationMethod;
import org.zenome.classification.ConfirmationStatus;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.interpretation.InterpretationService.FindingView;
import org.zenome.ui.common.I18n;

/** Confirmatory test of the selected finding and the return of its result (blocked while confirmation is pending). */
public final class ConfirmationPane extends VBox {
    private final InterpretationViewModel vm;
    private final CheckBox required = new CheckBox();
    private final ComboBox<ConfirmationMethod> method = new ComboBox<>();
    private final ComboBox<ConfirmationStatus> status = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TextField note = new TextField();
    private final Label problem = new Label();
    private final ChangeListener<FindingView> listener;

    public ConfirmationPane(InterpretationViewModel vm, I18n i18n) {
        super(8);
        this.vm = vm;
        setId("confirmationPane");
        setPadding(new Insets(8));
        required.setId("confirmRequired");
        required.setText(i18n.get("confirm.required"));
        method.setId("confirmMethod");
        method.getItems().add(null);
        method.getItems().addAll(ConfirmationMethod.values());
        method.setConverter(ClassificationPane.converter(i18n::label));
        status.setId("confirmStatus");
        status.getItems().setAll(ConfirmationStatus.values());
        status.setConverter(ClassificationPane.converter(i18n::label));
        note.setId("confirmNote");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(""), required);
        grid.addRow(1, fixed(new Label(i18n.get("confirm.method"))), method);
        grid.addRow(2, fixed(new Label(i18n.get("confirm.status"))), status);
        grid.addRow(3, fixed(new Label(i18n.get("confirm.date"))), date);
        grid.addRow(4, fixed(new Label(i18n.get("interp.note"))), note);
        Button save = new Button(i18n.get("confirm.save"));
        save.setId("confirmSave");
        save.setOnAction(e -> {
            try {
                vm.saveConfirmation(new ConfirmatoryTest(required.isSelected(), method.getValue(), status.getValue(),
                        date.getValue(), note.getText()));
                problem.setText("");
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
            }
        });
        Button returned = new Button(i18n.get("confirm.markReturned"));
        returned.setId("markReturned");
        returned.disableProperty().bind(vm.returnAllowedProperty().not());
        returned.setOnAction(e -> vm.markReturned());
        Label summary = new Label();
        summary.setId("confirmationSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.confirmationTextProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        problem.getStyleClass().add("error-text");
        getChildren().addAll(summary, grid, new HBox(8, save, returned), problem, error);
        listener = (o, old, v) -> fill(v);
        vm.viewProperty().addListener(listener);
        fill(vm.viewProperty().get());
    }

    private void fill(FindingView v) {
        ConfirmatoryTest t = v == null ? null : v.confirmation().map(r -> r.confirmation()).orElse(null);
        required.setSelected(t != null && t.required());
        method.setValue(t == null ? null : t.method());
        status.setValue(t == null ? ConfirmationStatus.NOT_ORDERED : t.status());
        date.setValue(t == null ? null : t.date());
        note.setText(t == null ? "" : t.note());
        problem.setText("");
        setDisable(v == null);
    }

    public void dispose() {
        vm.viewProperty().removeListener(listener);
    }

    /** A label that keeps its whole text on a narrow pane (the field beside it gives way). */
    private static Label fixed(Label l) {
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
