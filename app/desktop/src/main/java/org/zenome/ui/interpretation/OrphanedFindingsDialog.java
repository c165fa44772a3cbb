package org.zenome.ui.interpretation;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zenome.ui.common.I18n;
import org.zenome.ui.interpretation.InterpretationViewModel.OrphanRow;

/**
 * The case's orphaned findings: variants that left the case's data at a re-import, each with what had been recorded
 * on it (classes, criteria, somatic record, confirmation) and its history. Read-only.
 */
public final class OrphanedFindingsDialog {
    private final Stage stage = new Stage();

    public OrphanedFindingsDialog(Window owner, InterpretationViewModel vm, I18n i18n, String stylesheet) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("interp.orphans.title"));
        Label intro = new Label(i18n.get("interp.orphans.intro"));
        intro.setWrapText(true);
        TableView<OrphanRow> table = new TableView<>(vm.orphans());
        table.setId("orphanTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(i18n.get("interp.orphans.finding"), OrphanRow::finding, 190));
        table.getColumns().add(column(i18n.get("interp.orphans.at"), OrphanRow::orphanedAt, 110));
        table.getColumns().add(column(i18n.get("interp.orphans.class"), OrphanRow::classes, 190));
        table.getColumns().add(column(i18n.get("interp.orphans.criteria"), OrphanRow::criteria, 200));
        table.getColumns().add(column(i18n.get("interp.orphans.somatic"), OrphanRow::somatic, 140));
        table.getColumns().add(column(i18n.get("interp.orphans.confirmation"), OrphanRow::confirmation, 160));
        ListView<String> history = new ListView<>();
        history.setId("orphanHistory");
        Label note = new Label();
        note.setId("orphanNote");
        note.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            history.getItems().setAll(row == null ? java.util.List.of() : row.history());
            note.setText(row == null ? "" : row.note());
        });
        if (!vm.orphans().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        VBox details = new VBox(6, note, new Label(i18n.get("interp.orphans.history")), history);
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Button close = new Button(i18n.get("references.close"));
        close.setId("orphansClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(split, intro, null, buttons, null);
        BorderPane.setMargin(intro, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 1080, 560);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
    }

    private static TableColumn<OrphanRow, String> column(String title, java.util.function.Function<OrphanRow, String> f,
                                                        double width) {
        TableColumn<OrphanRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
