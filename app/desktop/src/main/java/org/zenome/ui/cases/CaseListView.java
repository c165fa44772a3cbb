package org.zenome.ui.cases;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import org.zenome.domain.CaseSummary;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;

/** The case list: a table of cases; double-click or Enter opens one. */
public final class CaseListView extends BorderPane {
    private final TableView<CaseSummary> table = new TableView<>();

    public CaseListView(CaseListViewModel vm, I18n i18n, Formats formats, Runnable onImport,
                        Consumer<CaseSummary> onOpen) {
        getStyleClass().add("case-list");
        Button importButton = new Button(i18n.get("cases.import"));
        importButton.setId("importButton");
        importButton.setOnAction(e -> onImport.run());
        Button openButton = new Button(i18n.get("cases.open"));
        openButton.setId("openCaseButton");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open(onOpen));
        Button refresh = new Button(i18n.get("cases.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("cases.count", vm.items().size()), vm.items()));
        setTop(new ToolBar(importButton, openButton, refresh, error, spacer, count));

        table.setId("caseTable");
        table.setItems(vm.items());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(i18n.get("cases.empty"));
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(24));
        table.setPlaceholder(placeholder);
        table.getColumns().add(column(i18n.get("cases.column.caseId"), 140, c -> c.caseId()));
        table.getColumns().add(column(i18n.get("cases.column.diseaseArea"), 110, c -> i18n.label(c.diseaseArea())));
        table.getColumns().add(column(i18n.get("cases.column.diagnosis"), 200, c -> c.diagnosis()));
        table.getColumns().add(column(i18n.get("cases.column.status"), 120, c -> i18n.label(c.status())));
        table.getColumns().add(column(i18n.get("cases.column.samples"), 260, c -> c.samples().stream()
                .map(s -> s.name() + " (" + i18n.label(s.role()) + ")").reduce((a, b) -> a + ", " + b).orElse("")));
        TableColumn<CaseSummary, Long> findings = new TableColumn<>(i18n.get("cases.column.findings"));
        findings.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().findingCount()));
        findings.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.count(item));
            }
        });
        findings.setPrefWidth(110);
        findings.getStyleClass().add("numeric");
        table.getColumns().add(findings);
        table.getColumns().add(column(i18n.get("cases.column.build"), 80,
                c -> c.build() == null ? "" : c.build().name()));
        table.getColumns().add(column(i18n.get("cases.column.received"), 100, c -> Formats.date(c.received())));
        table.getColumns().add(column(i18n.get("cases.column.imported"), 140, c -> formats.dateTime(c.imported())));
        table.setRowFactory(t -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(onOpen);
                e.consume();
            }
        });
        setCenter(table);
    }

    private void open(Consumer<CaseSummary> onOpen) {
        CaseSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            onOpen.accept(selected);
        }
    }

    private static TableColumn<CaseSummary, String> column(String title, double width,
                                                           java.util.function.Function<CaseSummary, String> value) {
        TableColumn<CaseSummary, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    public TableView<CaseSummary> table() {
        return table;
    }
}
