package org.zenome.ui.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.panel.Turnaround;
import org.zenome.panel.TurnaroundStats;
import org.zenome.ui.common.BackgroundTask;

/** The turnaround dashboard: milestones per case, the median and the distribution of days to report. */
public final class TurnaroundViewModel {
    /** Histogram bin width in days. */
    public static final int BIN_DAYS = 7;
    /** Number of bins (the last one collects everything longer). */
    public static final int BINS = 9;

    private final PanelContext ctx;
    private final org.zenome.ui.common.I18n i18n;
    private final int targetDays;
    private final ObservableList<Turnaround> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<int[]> histogram = new ReadOnlyObjectWrapper<>(new int[BINS]);
    private final ReadOnlyObjectWrapper<TurnaroundStats> stats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public TurnaroundViewModel(PanelContext ctx, int targetDays) {
        this.ctx = Objects.requireNonNull(ctx);
        this.i18n = ctx.i18n();
        this.targetDays = targetDays;
    }

    public void refresh() {
        LocalDate today = LocalDate.now();
        ctx.executor().submit(BackgroundTask.<List<Turnaround>>of("turnaround", c -> ctx.store().turnaround().list())
                .onSuccess(l -> {
                    rows.setAll(l);
                    TurnaroundStats s = TurnaroundStats.of(l, today, targetDays);
                    stats.set(s);
                    histogram.set(TurnaroundStats.histogram(l, BIN_DAYS, BINS));
                    summary.set(i18n.get("panel.turnaround.summary", s.cases(), s.reported(),
                            s.medianDaysToReport() == null ? "\u2014" : String.format("%.1f", s.medianDaysToReport()),
                            s.medianDaysToSignOff() == null ? "\u2014" : String.format("%.1f",
                                    s.medianDaysToSignOff()), s.overdue(), targetDays));
                }).onFailure(e -> summary.set(ctx.describe(e))));
    }

    public int targetDays() {
        return targetDays;
    }

    public ObservableList<Turnaround> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<int[]> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TurnaroundStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public PanelContext context() {
        return ctx;
    }
}
