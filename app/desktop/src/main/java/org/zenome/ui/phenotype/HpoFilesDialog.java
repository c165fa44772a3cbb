package org.zenome.ui.phenotype;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.ui.common.I18n;

/** Settings → HPO files (administrator): the ontology and annotation files, their versions, and Install. */
public final class HpoFilesDialog {
    private final Stage stage = new Stage();

    public HpoFilesDialog(Window owner, HpoFilesViewModel vm, I18n i18n, String stylesheet) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("hpo.title"));
        Label intro = new Label(i18n.get("hpo.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        row(grid, 0, i18n.get("hpo.ontology"), vm.ontologyProperty(), "hpoOntology", false, i18n);
        row(grid, 1, i18n.get("hpo.diseases"), vm.diseasesProperty(), "hpoDiseases", false, i18n);
        row(grid, 2, i18n.get("hpo.genes"), vm.genesProperty(), "hpoGenes", true, i18n);
        Button install = new Button(i18n.get("hpo.install"));
        install.setId("hpoInstall");
        install.disableProperty().bind(vm.busyProperty());
        install.setOnAction(e -> vm.install());
        Label message = new Label();
        message.setId("hpoMessage");
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("hpoError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        ListView<String> files = new ListView<>(vm.files());
        files.setId("hpoFiles");
        files.setPrefHeight(110);
        Label licence = new Label(i18n.get("hpo.licence"));
        licence.setWrapText(true);
        licence.getStyleClass().add("hint-text");
        Button close = new Button(i18n.get("hpo.close"));
        close.setId("hpoClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, intro, grid, new HBox(10, install, message), error, files, licence, buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 780, 470);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        vm.load();
    }

    private void row(GridPane grid, int r, String label, StringProperty value, String id, boolean many, I18n i18n) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        Button browse = new Button(i18n.get("hpo.browse"));
        browse.setId(id + "Browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(label);
            if (many) {
                List<File> chosen = chooser.showOpenMultipleDialog(stage);
                if (chosen != null && !chosen.isEmpty()) {
                    value.set(chosen.stream().map(File::getAbsolutePath).collect(Collectors.joining(";")));
                }
            } else {
                File chosen = chooser.showOpenDialog(stage);
                if (chosen != null) {
                    value.set(chosen.getAbsolutePath());
                }
            }
        });
        grid.add(new Label(label), 0, r);
        grid.add(field, 1, r);
        grid.add(browse, 2, r);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
