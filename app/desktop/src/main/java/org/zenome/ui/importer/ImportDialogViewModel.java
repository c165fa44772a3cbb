package org.zenome.ui.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportProgress;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.importer.VcfSummary;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.TaskHandle;
import org.zenome.ui.common.TaskProgress;
import org.zenome.ui.common.UserErrors;

/**
 * The import dialog: choose the VCF (its header is read off the FX thread), an optional PED, the case ID,
 * disease area and diagnosis, a role per sample and the genome build; then import with progress and cancel.
 */
public final class ImportDialogViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportDialogViewModel.class);

    /** Where the dialog is. */
    public enum State { CHOOSE_FILE, INSPECTING, READY, IMPORTING, CANCELLING, DONE }

    private final TaskExecutor executor;
    private final I18n i18n;
    private final Formats formats;
    private final ImportService service;
    private final Consumer<ImportResult> onImported;

    private final ObjectProperty<Path> vcf = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> ped = new SimpleObjectProperty<>();
    private final StringProperty caseId = new SimpleStringProperty("");
    private final ObjectProperty<DiseaseArea> diseaseArea = new SimpleObjectProperty<>(DiseaseArea.RARE_DISEASE);
    private final StringProperty diagnosis = new SimpleStringProperty("");
    private final BooleanProperty replaceExisting = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyStringWrapper carryOverText =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ObservableList<SampleRoleRow> samples = FXCollections.observableArrayList(
            row -> new Observable[] {row.roleProperty(), row.readsProperty()});
    private final ObjectProperty<GenomeBuild> build = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper buildDetected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper buildEvidence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper annotationText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.CHOOSE_FILE);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(false);

    private TaskHandle running = TaskHandle.DONE;
    private long inspectGeneration;

    public ImportDialogViewModel(TaskExecutor executor, I18n i18n, Formats formats, ImportService service,
                                 Consumer<ImportResult> onImported) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.formats = Objects.requireNonNull(formats);
        this.service = Objects.requireNonNull(service);
        this.onImported = Objects.requireNonNull(onImported);
        for (Observable o : List.<Observable>of(caseId, build, samples, state, vcf)) {
            o.addListener(x -> validate());
        }
        validate();
    }

    /** The user chose a VCF: read its header (samples, build) off the FX thread, then default the roles. */
    public void chooseVcf(Path file) {
        vcf.set(file);
        errorText.set("");
        samples.clear();
        build.set(null);
        buildDetected.set(false);
        buildEvidence.set("");
        annotationText.set("");
        if (file == null) {
            state.set(State.CHOOSE_FILE);
            return;
        }
        if (caseId.get().isBlank()) {
            caseId.set(suggestCaseId(file));
        }
        inspect();
    }

    /** The user chose (or cleared) the PED file: roles are defaulted again from it. */
    public void choosePed(Path file) {
        ped.set(file);
        if (vcf.get() != null) {
            inspect();
        }
    }

    private void inspect() {
        Path file = vcf.get();
        Path pedFile = ped.get();
        long mine = ++inspectGeneration;
        state.set(State.INSPECTING);
        executor.submit(BackgroundTask.<Inspection>of("inspect " + file.getFileName(), ctx -> {
            VcfSummary summary = service.inspect(file);
            List<SampleRoleDefaults.PedEntry> pedEntries = pedFile == null ? List.of()
                    : SampleRoleDefaults.readPed(pedFile);
            return new Inspection(summary, SampleRoleDefaults.guess(summary.samples(), pedEntries));
        }).onSuccess(result -> {
            if (mine == inspectGeneration) {
                inspected(result);
            }
        }).onFailure(error -> {
            if (mine == inspectGeneration) {
                errorText.set(UserErrors.describe(error, i18n));
                state.set(State.CHOOSE_FILE);
            }
        }));
    }

    private record Inspection(VcfSummary summary, Map<String, SampleRole> roles) {
    }

    private void inspected(Inspection result) {
        VcfSummary summary = result.summary();
        samples.setAll(summary.samples().stream()
                .map(s -> new SampleRoleRow(s, result.roles().getOrDefault(s, SampleRole.OTHER))).toList());
        buildDetected.set(summary.build().isPresent());
        build.set(summary.build().orElse(null));
        buildEvidence.set(summary.build().isPresent()
                ? i18n.get("import.build.detected", summary.build().get(), nullToEmpty(summary.buildEvidence()))
                : i18n.get("import.build.undetected"));
        String annotations = summary.vep() && summary.snpEff() ? i18n.get("import.annotations.both")
                : summary.vep() ? i18n.get("import.annotations.vep")
                : summary.snpEff() ? i18n.get("import.annotations.snpeff")
                : i18n.get("import.annotations.none");
        annotationText.set(i18n.get("import.fileInfo", nullToEmpty(summary.fileFormat()), summary.samples().size(),
                annotations));
        diseaseArea.set(samples.stream().anyMatch(r -> r.role() == SampleRole.TUMOUR)
                ? DiseaseArea.CANCER : DiseaseArea.RARE_DISEASE);
        state.set(State.READY);
    }

    /** The first sample whose reads cannot be shown (missing file or index, not BAM/CRAM), or empty. */
    private String readsProblem() {
        for (SampleRoleRow r : samples) {
            if (r.reads().isEmpty()) {
                continue;
            }
            try {
                org.zenome.browser.TrackSpec.alignments(r.name(), Path.of(r.reads()));
            } catch (org.zenome.browser.BrowserFileException e) {
                Object file = e.file().getFileName();
                String why = switch (e.problem()) {
                    case MISSING_FILE -> i18n.get("import.reads.problem.MISSING_FILE", file);
                    case MISSING_INDEX -> i18n.get("import.reads.problem.MISSING_INDEX", file);
                    case NOT_BGZF -> i18n.get("import.reads.problem.NOT_BGZF", file);
                    case UNSUPPORTED_FORMAT -> i18n.get("import.reads.problem.UNSUPPORTED_FORMAT", file);
                };
                return i18n.get("import.validation.reads", r.name(), why);
            } catch (java.nio.file.InvalidPathException e) {
                return i18n.get("import.validation.reads", r.name(), r.reads());
            }
        }
        return "";
    }

    private void validate() {
        String problem = "";
        State s = state.get();
        if (vcf.get() == null || s == State.CHOOSE_FILE) {
            problem = i18n.get("import.validation.noVcf");
        } else if (s == State.INSPECTING) {
            problem = i18n.get("import.validation.inspecting");
        } else if (caseId.get() == null || caseId.get().isBlank()) {
            problem = i18n.get("import.validation.noCaseId");
        } else if (build.get() == null) {
            problem = i18n.get("import.validation.noBuild");
        } else if (samples.isEmpty()) {
            problem = i18n.get("import.validation.noSamples");
        } else if (samples.stream().filter(r -> r.role() == SampleRole.PROBAND || r.role() == SampleRole.TUMOUR)
                .count() > 1) {
            problem = i18n.get("import.validation.twoProbands");
        } else {
            problem = readsProblem();
        }
        validationText.set(problem);
        canStart.set(problem.isEmpty() && s == State.READY);
    }

    /** Starts the import; progress and the outcome arrive on the FX thread. */
    public void start() {
        validate();
        if (!canStart.get()) {
            return;
        }
        Map<String, SampleRole> roles = new LinkedHashMap<>();
        samples.forEach(r -> roles.put(r.name(), r.role()));
        Map<String, Path> reads = new LinkedHashMap<>();
        samples.stream().filter(r -> !r.reads().isEmpty()).forEach(r -> reads.put(r.name(), Path.of(r.reads())));
        ImportRequest request = new ImportRequest(caseId.get().strip(), diseaseArea.get(), diagnosis.get().strip(),
                vcf.get(), ped.get(), roles, build.get(), replaceExisting.get()).withAlignments(reads);
        errorText.set("");
        progress.set(-1);
        progressText.set(i18n.get("import.progress.starting"));
        state.set(State.IMPORTING);
        LOG.info("importing {} as case {}", request.vcf(), request.caseId());
        running = executor.submit(BackgroundTask.<ImportResult>of("import " + request.caseId(),
                ctx -> service.importVcf(request, new ImportListener() {
                    @Override
                    public void progress(ImportProgress p) {
                        ctx.updateProgress(new TaskProgress(
                                p.phase() == ImportProgress.Phase.READING ? p.fraction() : -1, describe(p)));
                    }

                    @Override
                    public boolean cancelled() {
                        return ctx.isCancelled();
                    }
                }))
                .onProgress(p -> {
                    progress.set(p.fraction());
                    progressText.set(p.message());
                })
                .onSuccess(result -> {
                    String done = i18n.get("import.progress.done", formats.count(result.findings()),
                            formats.count(result.records()), result.elapsed().toMillis() / 1000.0);
                    String carried = "";
                    if (request.replace() && result.carryOver().any()) {
                        org.zenome.interpretation.CarryOver c = result.carryOver();
                        carried = i18n.get("import.carryOver", c.carried(), c.orphaned());
                        if (!c.reapplied().isEmpty() || !c.notReapplied().isEmpty()) {
                            carried += "\n" + i18n.get("import.carryOver.annotations", c.reapplied().size(),
                                    c.notReapplied().isEmpty() ? "0" : String.join("; ", c.notReapplied()));
                        }
                        done += "\n" + carried;
                    }
                    carryOverText.set(carried);
                    progress.set(1);
                    progressText.set(done);
                    state.set(State.DONE);
                    LOG.info("imported case {}: {} findings", result.caseId(), result.findings());
                    onImported.accept(result);
                })
                .onFailure(error -> {
                    LOG.warn("import of {} failed: {}", request.vcf(), error.toString());
                    errorText.set(UserErrors.describe(error, i18n));
                    progress.set(0);
                    progressText.set("");
                    state.set(State.READY);
                })
                .onCancelled(() -> {
                    LOG.info("import of case {} cancelled", request.caseId());
                    progress.set(0);
                    progressText.set(i18n.get("import.progress.cancelled"));
                    state.set(State.READY);
                }));
    }

    /** Asks the running import to stop; the importer rolls back and the dialog returns to READY. */
    public void cancel() {
        if (state.get() == State.IMPORTING) {
            state.set(State.CANCELLING);
            progressText.set(i18n.get("import.progress.cancelling"));
            running.cancel();
        }
    }

    /** Text of one progress report (runs on the worker; I18n is thread-safe). */
    String describe(ImportProgress p) {
        return switch (p.phase()) {
            case READING -> i18n.get("import.progress.reading", String.format(java.util.Locale.ROOT, "%,d",
                    p.records()), String.format(java.util.Locale.ROOT, "%,.0f", p.recordsPerSecond()),
                    Math.round(p.fraction() * 100));
            case INDEXING -> i18n.get("import.progress.indexing", String.format(java.util.Locale.ROOT, "%,d",
                    p.findings()));
            case DONE -> i18n.get("import.progress.committing");
        };
    }

    static String suggestCaseId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** True when a file exists, for the view's file-chooser defaults. */
    public static boolean exists(Path p) {
        return p != null && Files.exists(p);
    }

    public ObjectProperty<Path> vcfProperty() {
        return vcf;
    }

    public ObjectProperty<Path> pedProperty() {
        return ped;
    }

    public StringProperty caseIdProperty() {
        return caseId;
    }

    public ObjectProperty<DiseaseArea> diseaseAreaProperty() {
        return diseaseArea;
    }

    public StringProperty diagnosisProperty() {
        return diagnosis;
    }

    /** After a replace: what became of the case's interpretation (empty when there was none). */
    public javafx.beans.property.ReadOnlyStringProperty carryOverTextProperty() {
        return carryOverText.getReadOnlyProperty();
    }

    public BooleanProperty replaceExistingProperty() {
        return replaceExisting;
    }

    public ObservableList<SampleRoleRow> samples() {
        return samples;
    }

    public ObjectProperty<GenomeBuild> buildProperty() {
        return build;
    }

    public ReadOnlyBooleanProperty buildDetectedProperty() {
        return buildDetected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty buildEvidenceProperty() {
        return buildEvidence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty annotationTextProperty() {
        return annotationText.getReadOnlyProperty();
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validationTextProperty() {
        return validationText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }
}
