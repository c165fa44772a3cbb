package org.zenome.ui.variants;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zenome.domain.Finding;
import org.zenome.ui.common.I18n;
import org.zenome.ui.detail.DetailView;

/** The case view: case header, filter bar, one page of the variant table with paging controls, detail pane. */
public final class VariantsView extends BorderPane {
    private final VariantTable table;
    private final DetailView detail;
    private final SplitPane tableAndDetail;
    private final org.zenome.ui.interpretation.InterpretationView interpretation;

    public VariantsView(VariantsViewModel vm, I18n i18n) {
        getStyleClass().add("variants-view");
        Label header = new Label(i18n.get("variants.header", vm.kase().caseId(), i18n.label(vm.kase().diseaseArea()),
                vm.kase().diagnosis() == null ? "" : vm.kase().diagnosis(),
                vm.kase().build() == null ? "" : vm.kase().build().name()));
        header.getStyleClass().add("case-header");
        FilterBar filters = new FilterBar(vm, i18n);
        VBox top = new VBox(6, header, filters);
        top.setPadding(new Insets(8, 10, 6, 10));
        setTop(top);

        table = new VariantTable(vm, i18n);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, f) -> vm.selectedProperty().set(f));

        Button first = new Button("|◀");
        first.setId("firstPage");
        first.setTooltip(new javafx.scene.control.Tooltip(i18n.get("variants.page.first")));
        first.setOnAction(e -> vm.firstPage());
        Button previous = new Button(i18n.get("variants.page.previous"));
        previous.setId("previousPage");
        previous.setOnAction(e -> vm.previousPage());
        Button next = new Button(i18n.get("variants.page.next"));
        next.setId("nextPage");
        next.setOnAction(e -> vm.nextPage());
        Button last = new Button("▶|");
        last.setId("lastPage");
        last.setTooltip(new javafx.scene.control.Tooltip(i18n.get("variants.page.last")));
        last.setOnAction(e -> vm.lastPage());
        first.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        previous.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        next.disableProperty().bind(vm.hasNextProperty().not());
        last.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canGoLast(), vm.pageProperty(),
                vm.totalProperty()));
        Label pageText = new Label();
        pageText.setId("pageText");
        pageText.textProperty().bind(vm.pageTextProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty().or(vm.countingProperty()));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox paging = new HBox(6, first, previous, pageText, next, last, busy, error, spacer);
        paging.setAlignment(Pos.CENTER_LEFT);
        paging.setPadding(new Insets(4, 10, 4, 10));
        paging.getStyleClass().add("paging-bar");
        BorderPane tablePane = new BorderPane(table);
        tablePane.setBottom(paging);

        detail = new DetailView(vm.detail(), i18n);
        javafx.scene.Node lower = detail;
        if (vm.phenotype() != null) {
            lower = org.zenome.ui.phenotype.PhenotypeTabs.around(detail, vm.phenotype(), i18n);
        }
        javafx.scene.Node detailArea = lower;
        if (vm.interpretation() != null) {
            interpretation = new org.zenome.ui.interpretation.InterpretationView(vm.interpretation(), i18n);
            SplitPane beside = new SplitPane(detailArea, interpretation);
            beside.setDividerPositions(0.36);
            lower = beside;
            top.getChildren().add(new org.zenome.ui.interpretation.CaseInterpretationBar(vm.interpretation(), i18n));
        } else {
            interpretation = null;
        }
        if (vm.sampleQc() != null) {
            org.zenome.ui.qc.SampleQcViewModel qc = vm.sampleQc();
            top.getChildren().add(1, new org.zenome.ui.qc.SampleQcBar(qc, i18n, () -> new org.zenome.ui.qc.GenomeWideWindow(
                    getScene() == null ? null : getScene().getWindow(), qc, i18n, null).show(
                    vm.kase().diseaseArea() == org.zenome.domain.DiseaseArea.CANCER ? org.zenome.plot.PlotKind.VAF
                            : org.zenome.plot.PlotKind.QC)));
        }
        SplitPane split = new SplitPane(tablePane, lower);
        split.setOrientation(Orientation.VERTICAL);
        tableAndDetail = split;
        split.setDividerPositions(vm.interpretation() != null ? 0.42 : 0.58);
        setCenter(split);
    }

    /** Puts the genome browser beside the table and the detail pane. */
    public void setBrowser(javafx.scene.Node browser) {
        SplitPane beside = new SplitPane(tableAndDetail, browser);
        beside.setOrientation(Orientation.HORIZONTAL);
        beside.setDividerPositions(0.5);
        beside.setId("caseSplit");
        setCenter(beside);
    }

    /** The table (for keyboard focus and tests). */
    public javafx.scene.control.TableView<Finding> table() {
        return table;
    }
}
