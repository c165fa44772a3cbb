package org.zenome.ui.qc;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.domain.CaseSummary;
import org.zenome.plot.PlotKind;
import org.zenome.plot.PlotRenderer;
import org.zenome.plot.PlotService;
import org.zenome.qc.QcProblem;
import org.zenome.qc.QcResult;
import org.zenome.qc.QcService;
import org.zenome.qc.QcThresholds;
import org.zenome.store.CaseStore;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;

/**
 * The sample QC of an open case: its unacknowledged problems (a warning on the case until a reviewer acknowledges
 * each with a note), running the QC, and the genome-wide pictures. All store and chart work runs on the executor.
 */
public final class SampleQcViewModel {
    private final TaskExecutor executor;
    private final I18n i18n;
    private final CaseStore store;
    private final CaseSummary kase;
    private final Supplier<String> user;
    private final ObservableList<QcProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper identityFailed = new ReadOnlyBooleanWrapper(false);

    public SampleQcViewModel(TaskExecutor executor, I18n i18n, CaseStore store, CaseSummary kase, Supplier<String> user) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.store = Objects.requireNonNull(store);
        this.kase = Objects.requireNonNull(kase);
        this.user = Objects.requireNonNull(user);
    }

    private record State(QcResult latest, List<QcProblem> open) {
    }

    /** Reads the latest QC and its open problems. */
    public void load() {
        executor.submit(BackgroundTask.<State>of("sample QC " + kase.caseId(), ctx -> state())
                .onSuccess(this::show).onFailure(e -> error.set(e.getMessage())));
    }

    private State state() {
        QcService qc = new QcService(store, Clock.systemUTC());
        return new State(store.qc().latest(kase.id()).orElse(null), qc.open(kase));
    }

    private void show(State s) {
        problems.setAll(s.open());
        identityFailed.set(s.open().stream().anyMatch(QcProblem::identity));
        if (s.latest() == null) {
            summary.set(i18n.get("qc.none"));
        } else if (s.open().isEmpty()) {
            summary.set(i18n.get("qc.ok", s.latest().computedAt().toString().substring(0, 16).replace('T', ' '),
                    s.latest().samples().size()));
        } else {
            summary.set(identityFailed.get() ? i18n.get("qc.identity", s.open().size())
                    : i18n.get("qc.warnings", s.open().size()));
        }
        error.set("");
    }

    /** Runs the QC of the case with the hospital's thresholds (or the defaults) and shows its problems. */
    public void run() {
        running.set(true);
        executor.submit(BackgroundTask.<State>of("run sample QC " + kase.caseId(), ctx -> {
            new QcService(store, Clock.systemUTC()).run(kase, thresholds(), Map.of(), true, user.get());
            return state();
        }).onSuccess(s -> {
            running.set(false);
            show(s);
        }).onFailure(e -> {
            running.set(false);
            error.set(e.getMessage());
        }));
    }

    private static QcThresholds thresholds() throws org.zenome.importer.InvalidInputException {
        java.nio.file.Path f = org.zenome.config.Settings.load().dataDirectory().resolve(QcThresholds.FILE_NAME);
        return java.nio.file.Files.isReadable(f) ? QcThresholds.load(f) : QcThresholds.defaults();
    }

    /** Acknowledges a problem with the reviewer's note (required); it then leaves the warning and the draft report. */
    public void acknowledge(QcProblem p, String note) {
        if (p == null) {
            return;
        }
        if (note == null || note.isBlank()) {
            error.set(i18n.get("qc.ack.note.required"));
            return;
        }
        executor.submit(BackgroundTask.<State>of("acknowledge QC problem", ctx -> {
            new QcService(store, Clock.systemUTC()).acknowledge(kase, p.key(), note, user.get());
            return state();
        }).onSuccess(this::show).onFailure(e -> error.set(e.getMessage())));
    }

    /** Draws a genome-wide picture as PNG bytes (width x height), delivered on the FX thread. */
    public void picture(PlotKind kind, int width, int height, java.util.function.Consumer<byte[]> done,
                        java.util.function.Consumer<String> failed) {
        executor.submit(BackgroundTask.<byte[]>of("plot " + kind.id(), ctx -> PlotRenderer.png(
                new PlotService(store).draw(kase, kind, null, user.get(), i18n.locale()).chart(), width, height))
                .onSuccess(done).onFailure(e -> failed.accept(e.getMessage())));
    }

    /** Draws a picture as SVG text, for saving. */
    public void svg(PlotKind kind, int width, int height, java.util.function.Consumer<String> done,
                    java.util.function.Consumer<String> failed) {
        executor.submit(BackgroundTask.<String>of("plot " + kind.id(), ctx -> PlotRenderer.svg(
                new PlotService(store).draw(kase, kind, null, user.get(), i18n.locale()).chart(), width, height))
                .onSuccess(done).onFailure(e -> failed.accept(e.getMessage())));
    }

    public CaseSummary kase() {
        return kase;
    }

    public ObservableList<QcProblem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty identityFailedProperty() {
        return identityFailed.getReadOnlyProperty();
    }
}
