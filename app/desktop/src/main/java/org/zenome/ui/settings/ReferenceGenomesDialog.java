package org.zenome.ui.settings;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.domain.GenomeBuild;
import org.zenome.ui.common.I18n;

/** The preferences page of the reference genomes: one section per build with its files. */
public final class ReferenceGenomesDialog {
    private final Stage stage = new Stage();

    public ReferenceGenomesDialog(Window owner, ReferenceGenomesViewModel vm, I18n i18n, String stylesheet) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("references.title"));
        Label intro = new Label(i18n.get("references.intro"));
        intro.setWrapText(true);
        VBox root = new VBox(10, intro);
        root.setPadding(new Insets(12));
        for (GenomeBuild build : GenomeBuild.values()) {
            root.getChildren().add(section(vm, vm.build(build), i18n));
        }
        Button close = new Button(i18n.get("references.close"));
        close.setId("referencesClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        root.getChildren().add(buttons);
        Scene scene = new Scene(root, 760, 520);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        vm.load();
    }

    private TitledPane section(ReferenceGenomesViewModel vm, ReferenceGenomesViewModel.Build b, I18n i18n) {
        String id = b.build().name();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        row(grid, 0, i18n.get("references.fasta"), i18n.get("references.fasta.prompt"), b.fastaProperty(),
                "referenceFasta-" + id, i18n);
        row(grid, 1, i18n.get("references.annotation"), i18n.get("references.annotation.prompt"),
                b.annotationProperty(), "referenceGenes-" + id, i18n);
        row(grid, 2, i18n.get("references.cytoband"), i18n.get("references.cytoband.prompt"), b.cytobandProperty(),
                "referenceCytoband-" + id, i18n);
        Button save = new Button(i18n.get("references.save"));
        save.setId("referenceSave-" + id);
        save.setOnAction(e -> vm.save(b.build()));
        Label message = new Label();
        message.setId("referenceMessage-" + id);
        message.textProperty().bind(b.messageProperty());
        Label error = new Label();
        error.setId("referenceError-" + id);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(b.errorProperty());
        grid.add(new HBox(10, save, message), 1, 3, 2, 1);
        grid.add(error, 1, 4, 2, 1);
        TitledPane pane = new TitledPane(b.build().name(), grid);
        pane.setCollapsible(false);
        return pane;
    }

    private void row(GridPane grid, int r, String label, String prompt, javafx.beans.property.StringProperty value,
                     String id, I18n i18n) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        Button browse = new Button("\u2026");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("references.choose"));
            File f = chooser.showOpenDialog(stage);
            if (f != null) {
                value.set(f.getAbsolutePath());
            }
        });
        grid.addRow(r, new Label(label), field, browse);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
