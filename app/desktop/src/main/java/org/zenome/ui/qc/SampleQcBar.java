package org.zenome.ui.qc;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zenome.qc.QcProblem;
import org.zenome.ui.common.I18n;

/**
 * The sample-QC line of a case: a summary, and while problems are open a red warning listing them with a note field
 * to acknowledge each; buttons to run the QC and to show the genome-wide pictures.
 */
public final class SampleQcBar extends VBox {
    private final VBox warnings = new VBox(2);

    public SampleQcBar(SampleQcViewModel vm, I18n i18n, Runnable showPictures) {
        setId("sampleQcBar");
        getStyleClass().add("sample-qc-bar");
        Label summary = new Label();
        summary.setId("qcSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.identityFailedProperty())
                .then("-fx-text-fill: #b00020; -fx-font-weight: bold;").otherwise(""));
        Button run = new Button(i18n.get("qc.run"));
        run.setId("qcRun");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        Button pictures = new Button(i18n.get("qc.pictures"));
        pictures.setId("qcPictures");
        pictures.setOnAction(e -> showPictures.run());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        HBox line = new HBox(8, summary, run, pictures, error);
        line.setAlignment(Pos.CENTER_LEFT);

        ComboBox<QcProblem> problem = new ComboBox<>(vm.problems());
        problem.setId("qcProblem");
        problem.setCellFactory(l -> new ProblemCell());
        problem.setButtonCell(new ProblemCell());
        TextField note = new TextField();
        note.setId("qcNote");
        note.setPromptText(i18n.get("qc.ack.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button ack = new Button(i18n.get("qc.ack"));
        ack.setId("qcAcknowledge");
        ack.disableProperty().bind(problem.valueProperty().isNull().or(note.textProperty().isEmpty()));
        ack.setOnAction(e -> {
            vm.acknowledge(problem.getValue(), note.getText());
            note.clear();
        });
        HBox ackLine = new HBox(6, new Label(i18n.get("qc.ack.label")), problem, note, ack);
        ackLine.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, warnings, ackLine);
        box.setId("qcWarning");
        box.getStyleClass().add("qc-warning");
        box.setPadding(new Insets(6));
        box.setStyle("-fx-background-color: #fdecee; -fx-border-color: #b00020; -fx-border-width: 2;");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems()));
        box.managedProperty().bind(box.visibleProperty());
        vm.problems().addListener((ListChangeListener<QcProblem>) c -> {
            warnings.getChildren().clear();
            for (QcProblem p : vm.problems()) {
                Label l = new Label((p.identity() ? i18n.get("qc.problem.identity") : i18n.get("qc.problem.quality"))
                        + " " + p.message());
                l.setWrapText(true);
                l.setStyle("-fx-text-fill: #b00020; -fx-font-weight: " + (p.identity() ? "bold" : "normal") + ";");
                l.getStyleClass().add("qc-problem");
                warnings.getChildren().add(l);
            }
            if (!vm.problems().isEmpty() && problem.getValue() == null) {
                problem.setValue(vm.problems().get(0));
            }
        });
        getChildren().addAll(line, box);
        setSpacing(4);
    }

    private static final class ProblemCell extends ListCell<QcProblem> {
        @Override
        protected void updateItem(QcProblem p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? "" : p.key());
        }
    }
}
