package org.zenome.ui.importer;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.ui.common.I18n;

/**
 * The import dialog window. The VCF and PED paths can be typed (or pasted) or chosen with a file chooser;
 * everything else is bound to {@link ImportDialogViewModel}.
 */
public final class ImportDialog {
    private final ImportDialogViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();

    public ImportDialog(Window owner, ImportDialogViewModel vm, I18n i18n, String stylesheet) {
        this.vm = vm;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("import.title"));

        TextField vcfField = new TextField();
        vcfField.setId("importVcfField");
        vcfField.setPromptText(i18n.get("import.vcf.prompt"));
        vcfField.setOnAction(e -> vm.chooseVcf(toPath(vcfField.getText())));
        vcfField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !samePath(vcfField.getText(), vm.vcfProperty().get())) {
                vm.chooseVcf(toPath(vcfField.getText()));
            }
        });
        vm.vcfProperty().addListener((o, old, p) -> vcfField.setText(p == null ? "" : p.toString()));
        Button vcfBrowse = new Button(i18n.get("button.browse"));
        vcfBrowse.setOnAction(e -> choose(i18n.get("import.vcf.choose"), true).ifPresent(vm::chooseVcf));

        TextField pedField = new TextField();
        pedField.setId("importPedField");
        pedField.setPromptText(i18n.get("import.ped.prompt"));
        pedField.setOnAction(e -> vm.choosePed(toPath(pedField.getText())));
        pedField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !samePath(pedField.getText(), vm.pedProperty().get())) {
                vm.choosePed(toPath(pedField.getText()));
            }
        });
        vm.pedProperty().addListener((o, old, p) -> pedField.setText(p == null ? "" : p.toString()));
        Button pedBrowse = new Button(i18n.get("button.browse"));
        pedBrowse.setOnAction(e -> choose(i18n.get("import.ped.choose"), false).ifPresent(vm::choosePed));

        TextField caseId = new TextField();
        caseId.setId("importCaseIdField");
        caseId.textProperty().bindBidirectional(vm.caseIdProperty());
        ComboBox<DiseaseArea> area = new ComboBox<>(FXCollections.observableArrayList(DiseaseArea.values()));
        area.setId("importDiseaseArea");
        area.setConverter(labels());
        area.valueProperty().bindBidirectional(vm.diseaseAreaProperty());
        TextField diagnosis = new TextField();
        diagnosis.setId("importDiagnosisField");
        diagnosis.setPromptText(i18n.get("import.diagnosis.prompt"));
        diagnosis.textProperty().bindBidirectional(vm.diagnosisProperty());

        Label fileInfo = new Label();
        fileInfo.textProperty().bind(vm.annotationTextProperty());
        ComboBox<GenomeBuild> build = new ComboBox<>(FXCollections.observableArrayList(GenomeBuild.values()));
        build.setId("importBuild");
        build.setPromptText(i18n.get("import.build.prompt"));
        build.valueProperty().bindBidirectional(vm.buildProperty());
        build.disableProperty().bind(vm.buildDetectedProperty());
        Label buildEvidence = new Label();
        buildEvidence.setId("importBuildEvidence");
        buildEvidence.setWrapText(true);
        buildEvidence.textProperty().bind(vm.buildEvidenceProperty());

        TableView<SampleRoleRow> samples = new TableView<>(vm.samples());
        samples.setId("importSamples");
        samples.setEditable(true);
        samples.setPrefHeight(150);
        samples.setPlaceholder(new Label(i18n.get("import.samples.empty")));
        samples.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SampleRoleRow, String> name = new TableColumn<>(i18n.get("import.samples.name"));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setEditable(false);
        name.setPrefWidth(220);
        TableColumn<SampleRoleRow, SampleRole> role = new TableColumn<>(i18n.get("import.samples.role"));
        role.setCellValueFactory(d -> d.getValue().roleProperty());
        role.setCellFactory(ComboBoxTableCell.forTableColumn(labels(), SampleRole.values()));
        role.setPrefWidth(200);
        TableColumn<SampleRoleRow, String> reads = new TableColumn<>(i18n.get("import.samples.reads"));
        reads.setCellValueFactory(d -> d.getValue().readsProperty());
        reads.setCellFactory(c -> new ReadsCell());
        reads.setPrefWidth(320);
        samples.getColumns().add(name);
        samples.getColumns().add(role);
        samples.getColumns().add(reads);
        CheckBox replace = new CheckBox(i18n.get("import.replace"));
        replace.setId("importReplace");
        replace.selectedProperty().bindBidirectional(vm.replaceExistingProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(130);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labelColumn, fieldColumn, new ColumnConstraints());
        int r = 0;
        form.addRow(r++, new Label(i18n.get("import.vcf")), vcfField, vcfBrowse);
        form.addRow(r++, new Label(i18n.get("import.ped")), pedField, pedBrowse);
        form.add(fileInfo, 1, r++, 2, 1);
        form.addRow(r++, new Label(i18n.get("import.caseId")), caseId);
        form.addRow(r++, new Label(i18n.get("import.diseaseArea")), area);
        form.addRow(r++, new Label(i18n.get("import.diagnosis")), diagnosis);
        form.addRow(r++, new Label(i18n.get("import.build")), build);
        form.add(buildEvidence, 1, r++, 2, 1);
        form.add(new Label(i18n.get("import.samples")), 0, r);
        form.add(samples, 1, r++, 2, 1);
        form.add(replace, 1, r++, 2, 1);

        Label validation = new Label();
        validation.setId("importValidation");
        validation.getStyleClass().add("hint-text");
        validation.setWrapText(true);
        validation.textProperty().bind(vm.validationTextProperty());
        Label error = new Label();
        error.setId("importError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorTextProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Label progressText = new Label();
        progressText.setId("importProgressText");
        progressText.textProperty().bind(vm.progressTextProperty());

        Button start = new Button(i18n.get("import.start"));
        start.setId("importStartButton");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartProperty().not().or(vm.stateProperty().isEqualTo(
                ImportDialogViewModel.State.DONE)));
        start.setOnAction(e -> vm.start());
        Button cancel = new Button(i18n.get("import.cancel"));
        cancel.setId("importCancelButton");
        cancel.disableProperty().bind(vm.stateProperty().isNotEqualTo(ImportDialogViewModel.State.IMPORTING));
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(i18n.get("button.close"));
        close.setId("importCloseButton");
        close.setCancelButton(true);
        close.disableProperty().bind(Bindings.createBooleanBinding(() -> busy(), vm.stateProperty()));
        close.setOnAction(e -> stage.close());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, start, cancel, close);

        vm.stateProperty().addListener((o, old, s) -> {
            boolean locked = s == ImportDialogViewModel.State.IMPORTING || s == ImportDialogViewModel.State.CANCELLING;
            form.setDisable(locked || s == ImportDialogViewModel.State.DONE);
            if (s == ImportDialogViewModel.State.DONE && vm.carryOverTextProperty().get().isEmpty()) {
                // after a replace the dialog stays open on what became of the interpretation
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (busy()) {
                vm.cancel();
                e.consume();
            }
        });

        VBox root = new VBox(10, form, validation, error, progress, progressText, buttons);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("import-dialog");
        VBox.setVgrow(form, Priority.ALWAYS);
        Scene scene = new Scene(root, 760, 640);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        if (owner != null && owner.getScene() != null) {
            // the UI font chosen for the main window (a Japanese-capable family)
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
    }

    private boolean busy() {
        ImportDialogViewModel.State s = vm.stateProperty().get();
        return s == ImportDialogViewModel.State.IMPORTING || s == ImportDialogViewModel.State.CANCELLING;
    }

    private java.util.Optional<Path> choose(String title, boolean vcf) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (vcf) {
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(i18n.get("import.filter.vcf"), "*.vcf", "*.vcf.gz", "*.vcf.bgz"),
                    new FileChooser.ExtensionFilter(i18n.get("import.filter.all"), "*"));
        } else {
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(i18n.get("import.filter.ped"), "*.ped", "*.fam", "*.txt"),
                    new FileChooser.ExtensionFilter(i18n.get("import.filter.all"), "*"));
        }
        Path current = vm.vcfProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File file = chooser.showOpenDialog(stage);
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * The reads of a sample: a path field bound to the row (typed or pasted) and a button to choose the BAM or
     * CRAM; the view model checks that the index is beside it.
     */
    private final class ReadsCell extends javafx.scene.control.TableCell<SampleRoleRow, String> {
        private final TextField field = new TextField();
        private final Button browse = new Button("\u2026");
        private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(4, field, browse);
        private SampleRoleRow bound;

        ReadsCell() {
            field.setPromptText(i18n.get("import.reads.prompt"));
            javafx.scene.layout.HBox.setHgrow(field, Priority.ALWAYS);
            browse.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(i18n.get("import.reads.choose"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(i18n.get("import.filter.reads"), "*.bam", "*.cram"),
                        new FileChooser.ExtensionFilter(i18n.get("import.filter.all"), "*"));
                java.io.File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
                if (f != null && bound != null) {
                    bound.readsProperty().set(f.getAbsolutePath());
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            SampleRoleRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != bound) {
                if (bound != null) {
                    field.textProperty().unbindBidirectional(bound.readsProperty());
                }
                bound = row;
                if (row != null) {
                    field.textProperty().bindBidirectional(row.readsProperty());
                    field.setId("importReads-" + row.name());
                }
            }
            setGraphic(row == null ? null : box);
            setText(null);
        }
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.label(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private static Path toPath(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Path.of(t);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of(t.replace('\0', '_'));
        }
    }

    private static boolean samePath(String text, Path path) {
        Path p = toPath(text);
        return p == null ? path == null : p.equals(path);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
