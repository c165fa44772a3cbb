package org.zenome.ui.panel;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.zenome.panel.Turnaround;
import org.zenome.ui.common.I18n;

/** Turnaround per case and the distribution of days from sample receipt to report (a bar chart). */
public final class TurnaroundView extends BorderPane {

    public TurnaroundView(TurnaroundViewModel vm) {
        I18n i18n = vm.context().i18n();
        LocalDate today = LocalDate.now();
        TableView<Turnaround> table = new TableView<>(vm.rows());
        table.setId("turnaroundTable");
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.case"), Turnaround::caseId));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.status"), t -> i18n.label(t.status())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.received"), t -> d(t.received())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.dataReady"), t -> d(t.dataReady())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.discussed"), t -> d(t.discussed())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.signedOff"), t -> d(t.signedOff())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.reported"), t -> d(t.reported())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.days"), t -> Long.toString(
                t.daysElapsed(today))));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.turnaround.overdue"), t -> t.overdue(today,
                vm.targetDays()) ? "\u26a0" : ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        CategoryAxis x = new CategoryAxis();
        x.setLabel(i18n.get("panel.turnaround.axisDays"));
        NumberAxis y = new NumberAxis();
        y.setLabel(i18n.get("panel.turnaround.axisCases"));
        y.setTickUnit(1);
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("turnaroundChart");
        chart.setTitle(i18n.get("panel.turnaround.chart"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        vm.histogramProperty().addListener((o, old, h) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            for (int i = 0; i < h.length; i++) {
                int lo = i * TurnaroundViewModel.BIN_DAYS;
                String label = i == h.length - 1 ? lo + "+" : lo + "\u2013" + (lo + TurnaroundViewModel.BIN_DAYS - 1);
                s.getData().add(new XYChart.Data<>(label, h[i]));
            }
            chart.getData().setAll(java.util.List.of(s));
        });
        Label summary = new Label();
        summary.setId("turnaroundSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Button refresh = new Button(i18n.get("cases.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        SplitPane split = new SplitPane(table, chart);
        split.setDividerPositions(0.6);
        setTop(new HBox(8, refresh, summary));
        setCenter(split);
        setPadding(new Insets(8));
        BorderPane.setMargin(split, new Insets(6, 0, 0, 0));
    }

    private static String d(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
