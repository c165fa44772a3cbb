package org.zenome.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.SampleRole;
import org.zenome.importer.ImportCancelledException;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportProgress;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;
import org.zenome.ui.cases.CaseListViewModel;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.TaskHandle;
import org.zenome.ui.common.TaskProgress;
import org.zenome.ui.common.UserErrors;
import org.zenome.ui.importer.ImportDialogViewModel;
import org.zenome.ui.importer.ImportService;
import org.zenome.ui.importer.SampleRoleDefaults;
import org.zenome.ui.variants.VariantsViewModel;

/**
 * The main window: the case list, the open cases (one tab each), the status bar with the database path and
 * the progress of long work, and the first-start offer of the demo cases.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    public static final String DEMO_TRIO_ID = "DEMO-TRIO";
    public static final String DEMO_TUMOUR_NORMAL_ID = "DEMO-TN";

    private final TaskExecutor executor;
    private final I18n i18n;
    private final Formats formats;
    private final CaseStore store;
    private final org.zenome.ui.phenotype.PhenotypeContext phenotypes;
    private final ImportService importService;
    private final Optional<DemoCaseProvider> demo;
    private final Path demoDirectory;

    private final CaseListViewModel caseList;
    private final ObservableList<VariantsViewModel> openCases = FXCollections.observableArrayList();
    private final ObjectProperty<VariantsViewModel> activeCase = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Zenome");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backgroundMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper backgroundProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper backgroundRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper offerDemo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final org.zenome.interpretation.InterpretationService interpretation;
    private final org.zenome.interpretation.Actor actor;
    private TaskHandle background = TaskHandle.DONE;
    private boolean demoOffered;

    public MainViewModel(TaskExecutor executor, I18n i18n, Formats formats, CaseStore store,
                         ImportService importService, Optional<DemoCaseProvider> demo, Path demoDirectory) {
        this(executor, i18n, formats, store, importService, demo, demoDirectory,
                org.zenome.interpretation.Actor.osUser());
    }

    /**
     * @param actor who is using the workbench: recorded with every interpretation decision (the OS user until
     *              log-ins supply it)
     */
    public MainViewModel(TaskExecutor executor, I18n i18n, Formats formats, CaseStore store,
                         ImportService importService, Optional<DemoCaseProvider> demo, Path demoDirectory,
                         org.zenome.interpretation.Actor actor) {
        this.actor = actor;
        this.interpretation = new org.zenome.interpretation.InterpretationService(store, actor,
                java.time.Clock.systemUTC(), org.zenome.interpretation.SecondaryFindingLists.load(
                        org.zenome.interpretation.SecondaryFindingLists.userFolder()),
                suggestionSettings(),
                org.zenome.annotation.PluginRegistry.discover(org.zenome.annotation.PluginRegistry.defaultFolder()));
        this.phenotypes = new org.zenome.ui.phenotype.PhenotypeContext(store, actor);
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.formats = Objects.requireNonNull(formats);
        this.store = Objects.requireNonNull(store);
        this.importService = Objects.requireNonNull(importService);
        this.demo = Objects.requireNonNull(demo);
        this.demoDirectory = demoDirectory;
        this.caseList = new CaseListViewModel(executor, i18n, store.cases());
        statusText.set(i18n.get("status.database", store.location()));
        activeCase.addListener((obs, old, c) -> title.set(c == null ? "Zenome"
                : i18n.get("window.title.case", c.kase().caseId())));
        caseList.loadedOnceProperty().addListener((obs, old, loaded) -> {
            if (loaded && !demoOffered && caseList.items().isEmpty() && caseList.errorProperty().get().isEmpty()
                    && demo.isPresent()) {
                demoOffered = true;
                offerDemo.set(true);
            }
        });
    }

    /** The suggestion thresholds of the hospital's file, or the defaults when it is absent or unreadable. */
    private static org.zenome.classification.SuggestionSettings suggestionSettings() {
        try {
            return org.zenome.interpretation.SuggestionThresholds.load(
                    org.zenome.interpretation.SuggestionThresholds.userFile(),
                    org.zenome.classification.SuggestionSettings.defaults());
        } catch (java.io.IOException | IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(MainViewModel.class).warn("Suggestion thresholds not used: {}",
                    e.getMessage());
            return org.zenome.classification.SuggestionSettings.defaults();
        }
    }

    /** The interpretation service of the open cases (suggestion thresholds, classifications). */
    public org.zenome.interpretation.InterpretationService interpretation() {
        return interpretation;
    }

    /** The suggestion-thresholds page; {@code administrator} may save a new version. */
    public org.zenome.ui.settings.ThresholdSettingsViewModel thresholdSettings(boolean administrator) {
        return new org.zenome.ui.settings.ThresholdSettingsViewModel(executor, i18n, interpretation, administrator);
    }

    /** Loads the case list. */
    public void start() {
        caseList.refresh();
    }

    /** Opens a case in its own tab (or selects its tab when open). */
    public VariantsViewModel openCase(CaseSummary kase) {
        for (VariantsViewModel vm : openCases) {
            if (vm.kase().id() == kase.id()) {
                activeCase.set(vm);
                return vm;
            }
        }
        VariantsViewModel vm = new VariantsViewModel(executor, i18n, formats, store.findings(), kase,
                interpretation);
        vm.attachSampleQc(new org.zenome.ui.qc.SampleQcViewModel(executor, i18n, store, kase, actor::name));
        vm.sampleQc().load();
        org.zenome.ui.phenotype.PhenotypeViewModel phenotype = new org.zenome.ui.phenotype.PhenotypeViewModel(executor,
                i18n, phenotypes, kase);
        vm.attachPhenotype(phenotype);
        openCases.add(vm);
        activeCase.set(vm);
        vm.load();
        phenotype.load();
        return vm;
    }

    /** Opens the cases with these IDs, e.g. after a language switch. */
    public void openCases(List<String> caseIds, String active) {
        if (caseIds.isEmpty()) {
            return;
        }
        executor.submit(BackgroundTask.<List<CaseSummary>>of("find cases", ctx -> caseIds.stream()
                        .map(id -> store.cases().find(id)).flatMap(Optional::stream).toList())
                .onSuccess(found -> {
                    VariantsViewModel activeVm = null;
                    for (CaseSummary c : found) {
                        VariantsViewModel vm = openCase(c);
                        if (c.caseId().equals(active)) {
                            activeVm = vm;
                        }
                    }
                    if (activeVm != null) {
                        activeCase.set(activeVm);
                    }
                })
                .onFailure(e -> errorMessage.set(UserErrors.describe(e, i18n))));
    }

    public void closeCase(VariantsViewModel vm) {
        vm.dispose();
        openCases.remove(vm);
        if (activeCase.get() == vm) {
            activeCase.set(null);
        }
    }

    /** The reference genomes preferences page. */
    public org.zenome.ui.settings.ReferenceGenomesViewModel referenceGenomes() {
        return new org.zenome.ui.settings.ReferenceGenomesViewModel(executor, i18n, store.references());
    }

    /** The HPO files of the store (Settings → HPO files). */
    public org.zenome.ui.phenotype.HpoFilesViewModel hpoFiles() {
        return new org.zenome.ui.phenotype.HpoFilesViewModel(executor, i18n, phenotypes,
                () -> openCases.forEach(c -> {
                    if (c.phenotype() != null) {
                        c.phenotype().load();
                    }
                }));
    }

    /** A new import dialog; when it succeeds, the case list is reloaded and the case opened. */
    public ImportDialogViewModel newImport() {
        return new ImportDialogViewModel(executor, i18n, formats, importService, this::imported);
    }

    private void imported(ImportResult result) {
        // a replaced case open in a tab shows the replaced findings: close it, the new one opens below
        for (VariantsViewModel open : List.copyOf(openCases)) {
            if (open.kase().caseId().equals(result.caseId())) {
                closeCase(open);
            }
        }
        caseList.refresh();
        openCases(List.of(result.caseId()), result.caseId());
    }

    /** The user declined or accepted the first-start offer. */
    public void demoOfferAnswered() {
        offerDemo.set(false);
    }

    /** Generates the synthetic demo trio and tumour/normal pair and imports them as two cases. */
    public void createDemoCases() {
        offerDemo.set(false);
        if (demo.isEmpty() || backgroundRunning.get()) {
            return;
        }
        DemoCaseProvider provider = demo.get();
        backgroundRunning.set(true);
        backgroundProgress.set(-1);
        backgroundMessage.set(i18n.get("demo.progress.generating"));
        background = executor.submit(BackgroundTask.<String>of("demo cases", ctx -> {
            DemoCaseProvider.DemoFiles files = provider.generate(demoDirectory);
            if (ctx.isCancelled()) {
                throw new ImportCancelledException(DEMO_TRIO_ID);
            }
            ImportListener listener = new ImportListener() {
                @Override
                public void progress(ImportProgress p) {
                    ctx.updateProgress(new TaskProgress(p.fraction(),
                            i18n.get("demo.progress.importing", String.format(java.util.Locale.ROOT, "%,d", p.records()))));
                }

                @Override
                public boolean cancelled() {
                    return ctx.isCancelled();
                }
            };
            List<String> trioSamples = importService.inspect(files.trioVcf()).samples();
            var trioRoles = SampleRoleDefaults.guess(trioSamples, SampleRoleDefaults.readPed(files.trioPed()));
            importService.importVcf(withBrowserFiles(new ImportRequest(DEMO_TRIO_ID, DiseaseArea.RARE_DISEASE,
                    i18n.get("demo.trio.diagnosis"), files.trioVcf(), files.trioPed(), trioRoles, null, true), files,
                    trioSamples), listener);
            List<String> tnSamples = importService.inspect(files.tumourNormalVcf()).samples();
            var tnRoles = SampleRoleDefaults.guess(tnSamples, List.of());
            if (!tnRoles.containsValue(SampleRole.TUMOUR) && tnSamples.size() == 2) {
                tnRoles.put(tnSamples.get(0), SampleRole.TUMOUR);
                tnRoles.put(tnSamples.get(1), SampleRole.NORMAL);
            }
            importService.importVcf(withBrowserFiles(new ImportRequest(DEMO_TUMOUR_NORMAL_ID, DiseaseArea.CANCER,
                    i18n.get("demo.tn.diagnosis"), files.tumourNormalVcf(), null, tnRoles, null, true), files,
                    tnSamples), listener);
            return DEMO_TRIO_ID;
        }).onProgress(p -> {
            backgroundProgress.set(p.fraction());
            backgroundMessage.set(p.message());
        }).onSuccess(id -> {
            finishBackground(i18n.get("demo.progress.done"));
            caseList.refresh();
            openCases(List.of(id), id);
        }).onFailure(e -> {
            LOG.warn("demo cases failed: {}", e.toString());
            finishBackground("");
            errorMessage.set(UserErrors.describe(e, i18n));
            caseList.refresh();
        }).onCancelled(() -> {
            finishBackground(i18n.get("demo.progress.cancelled"));
            caseList.refresh();
        }));
    }

    /** The demo's reads and its own synthetic reference, so that the demo case opens with reads in the browser. */
    private static ImportRequest withBrowserFiles(ImportRequest request, DemoCaseProvider.DemoFiles files,
                                                  List<String> samples) {
        java.util.Map<String, Path> reads = new java.util.LinkedHashMap<>();
        for (String s : samples) {
            Path bam = files.alignments().get(s);
            if (bam != null) {
                reads.put(s, bam);
            }
        }
        ImportRequest r = request.withAlignments(reads);
        return files.reference() == null ? r : r.withReference(files.reference(), files.genes());
    }

    private void finishBackground(String message) {
        backgroundRunning.set(false);
        backgroundProgress.set(0);
        backgroundMessage.set(message);
    }

    public void cancelBackground() {
        if (backgroundRunning.get()) {
            backgroundMessage.set(i18n.get("status.cancelling"));
            background.cancel();
        }
    }

    /** Shown error was read by the user. */
    public void clearError() {
        errorMessage.set("");
    }

    public void dispose() {
        background.cancel();
        caseList.dispose();
        openCases.forEach(VariantsViewModel::dispose);
    }

    public List<String> openCaseIds() {
        return openCases.stream().map(vm -> vm.kase().caseId()).toList();
    }

    public CaseListViewModel caseList() {
        return caseList;
    }

    /** Another workstation recorded an act (shared store): the case list and that case's open view read again. */
    public void storeChanged(org.zenome.store.StoreChange change) {
        caseList.refresh();
        for (VariantsViewModel vm : openCases()) {
            if (change.caseId() != null && change.caseId().equals(vm.kase().caseId())) {
                vm.refresh();
            }
        }
    }

    public ObservableList<VariantsViewModel> openCases() {
        return openCases;
    }

    public ObjectProperty<VariantsViewModel> activeCaseProperty() {
        return activeCase;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Shows a message in the status bar (e.g. "password changed"). */
    public void showStatus(String text) {
        statusText.set(text);
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backgroundMessageProperty() {
        return backgroundMessage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty backgroundProgressProperty() {
        return backgroundProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backgroundRunningProperty() {
        return backgroundRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offerDemoProperty() {
        return offerDemo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
