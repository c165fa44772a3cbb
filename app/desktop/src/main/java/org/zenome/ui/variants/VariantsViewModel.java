package org.zenome.ui.variants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.Impact;
import org.zenome.domain.InheritanceModel;
import org.zenome.domain.Region;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.VariantFilter;
import org.zenome.store.FindingRepository;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.LatestTaskScheduler;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;
import org.zenome.ui.detail.DetailViewModel;

/**
 * One open case: the filter bar, one page of the variant table and the detail of the selected finding.
 *
 * <p>Filtering, sorting and paging run in SQL through {@link FindingRepository}; this class holds one page
 * ({@link #PAGE_SIZE} rows) at a time. Every change of the filter schedules a page query and a count with
 * "latest request wins": typing never waits for the database, stale answers are dropped. A page is fetched
 * with one extra row so "next" works before the (slower) count has arrived. See ADR 0003.
 */
public final class VariantsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(VariantsViewModel.class);
    public static final int PAGE_SIZE = 100;
    static final Duration DEBOUNCE = Duration.ofMillis(150);
    /** The longest the detail and interpretation panes wait for the genome browser (see {@link #setPaneGate}). */
    public static final Duration PANE_WAIT_MAX = Duration.ofMillis(750);
    private static final java.util.concurrent.CompletionStage<Object> NOW =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    private final FindingRepository findings;
    private final I18n i18n;
    private final Formats formats;
    private final CaseSummary kase;
    private final LatestTaskScheduler pageScheduler;
    private final LatestTaskScheduler countScheduler;
    private final LatestTaskScheduler geneScheduler;
    private final DetailViewModel detail;

    // filter bar
    private final StringProperty geneText = new SimpleStringProperty("");
    private final StringProperty regionText = new SimpleStringProperty("");
    private final ObservableList<String> consequences = FXCollections.observableArrayList();
    private final ObservableList<Impact> impacts = FXCollections.observableArrayList();
    private final ObservableList<ClinicalSignificance> clinvar = FXCollections.observableArrayList();
    private final StringProperty maxAfText = new SimpleStringProperty("");
    private final BooleanProperty passOnly = new SimpleBooleanProperty(false);
    private final StringProperty minQualText = new SimpleStringProperty("");
    private final StringProperty minDepthText = new SimpleStringProperty("");
    private final ObjectProperty<InheritanceModel> inheritance = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ObservableList<String> geneSuggestions = FXCollections.observableArrayList();

    // sort and page
    private final ObjectProperty<VariantFilter.SortKey> sortKey = new SimpleObjectProperty<>(VariantFilter.SortKey.POSITION);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final ObservableList<Finding> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private final TaskExecutor executor;
    private java.util.function.Function<Finding, java.util.concurrent.CompletionStage<?>> paneGate = f -> NOW;
    private long paneGeneration;
    private org.zenome.ui.common.TaskHandle paneCap = org.zenome.ui.common.TaskHandle.DONE;

    // interpretation (null when the backend has none): badges of the page and SF genes of the case's list
    private final org.zenome.interpretation.InterpretationService interpretation;
    private final org.zenome.ui.interpretation.InterpretationViewModel interpretationVm;
    private final javafx.collections.ObservableMap<Long, org.zenome.interpretation.FindingStatus> statuses =
            FXCollections.observableHashMap();
    private final javafx.collections.ObservableSet<String> sfGenes = FXCollections.observableSet();

    private VariantFilter activeFilter = VariantFilter.all();
    private boolean suppressRefresh;
    // phenotype (issue 11; null when the store has no phenotype features): gene rankings, gene diseases
    private org.zenome.ui.phenotype.PhenotypeViewModel phenotype;

    public VariantsViewModel(TaskExecutor executor, I18n i18n, Formats formats, FindingRepository findings,
                             CaseSummary kase) {
        this(executor, i18n, formats, findings, kase, null);
    }

    /**
     * With interpretation: the table hides secondary-finding genes without consent (in SQL), shows badges, and
     * the classification panes follow the selection.
     */
    public VariantsViewModel(TaskExecutor executor, I18n i18n, Formats formats, FindingRepository findings,
                             CaseSummary kase, org.zenome.interpretation.InterpretationService interpretation) {
        this.interpretation = interpretation;
        this.interpretationVm = interpretation == null ? null
                : new org.zenome.ui.interpretation.InterpretationViewModel(executor, i18n, interpretation, kase,
                        this::refresh);
        this.findings = Objects.requireNonNull(findings);
        this.i18n = Objects.requireNonNull(i18n);
        this.formats = Objects.requireNonNull(formats);
        this.kase = Objects.requireNonNull(kase);
        this.pageScheduler = new LatestTaskScheduler(executor, DEBOUNCE);
        this.countScheduler = new LatestTaskScheduler(executor, DEBOUNCE);
        this.geneScheduler = new LatestTaskScheduler(executor, Duration.ofMillis(100));
        this.detail = new DetailViewModel(executor, i18n, findings, kase.samples());
        for (Observable o : List.<Observable>of(geneText, regionText, consequences, impacts, clinvar, maxAfText,
                passOnly, minQualText, minDepthText, inheritance)) {
            o.addListener(x -> filterChanged());
        }
        geneText.addListener((obs, old, text) -> suggestGenes(text));
        this.executor = executor;
        selected.addListener((obs, old, f) -> selectionChanged(f));
    }

    /**
     * What the detail and interpretation panes wait for before they load a newly selected finding, at most
     * {@link #PANE_WAIT_MAX}: the genome browser showing it. Filling the panes is work on the FX thread, which
     * igv.js in the WebView shares; letting the browser draw first keeps the jump to the variant quick, and the
     * panes follow a moment later (issue 3). The default does not wait.
     */
    public void setPaneGate(java.util.function.Function<Finding, java.util.concurrent.CompletionStage<?>> gate) {
        this.paneGate = gate == null ? f -> NOW : gate;
    }

    private void selectionChanged(Finding f) {
        long mine = ++paneGeneration;
        paneCap.cancel();
        if (f == null) {
            showPanes(null);
            return;
        }
        java.util.concurrent.CompletionStage<?> ready;
        try {
            ready = paneGate.apply(f);
        } catch (RuntimeException e) {
            LOG.warn("The panes of the selected finding did not wait for the genome browser: {}", e.toString());
            ready = NOW;
        }
        if (ready.toCompletableFuture().isDone()) {
            showPanes(f);
            return;
        }
        boolean[] shown = {false};
        Runnable show = () -> {
            if (mine == paneGeneration && !shown[0]) {
                shown[0] = true;
                paneCap.cancel();
                showPanes(f);
            }
        };
        paneCap = executor.schedule(PANE_WAIT_MAX, show);
        // the browser's futures complete on the FX thread
        ready.whenComplete((r, e) -> show.run());
    }

    private void showPanes(Finding f) {
        detail.show(f);
        if (interpretationVm != null) {
            interpretationVm.show(f);
        }
    }

    /** Queries the page and the count again (after consent or a classification changed). */
    public void refresh() {
        if (buildFilter().isPresent()) {
            queryPage(false);
            queryCount();
        }
    }

    private java.util.Set<String> hiddenGenes() {
        return interpretation == null ? java.util.Set.of() : interpretation.hiddenGenes(kase.id());
    }

    /** One page with its badges. */
    private record Page(List<Finding> rows, java.util.Map<Long, org.zenome.interpretation.FindingStatus> statuses,
                        java.util.Set<String> sfGenes) {
    }

    /** Loads the first page and the count with no filter. */
    public void load() {
        if (interpretationVm != null) {
            interpretationVm.loadCase();
        }
        filterChanged();
    }

    // ---- filter -------------------------------------------------------------------------------------

    private void filterChanged() {
        if (suppressRefresh) {
            return;
        }
        Optional<VariantFilter> filter = buildFilter();
        if (filter.isEmpty()) {
            pageScheduler.cancel();
            countScheduler.cancel();
            loading.set(false);
            counting.set(false);
            return;
        }
        activeFilter = filter.get();
        page.set(0);
        total.set(-1);
        queryPage(true);
        queryCount();
    }

    /** The filter the properties describe, or empty (with {@link #filterErrorProperty()} set) when invalid. */
    Optional<VariantFilter> buildFilter() {
        List<String> problems = new ArrayList<>();
        VariantFilter f = VariantFilter.all().sortedBy(sortKey.get(), descending.get());
        List<String> genes = parseGenes(geneText.get());
        if (!genes.isEmpty()) {
            f = f.withGenes(genes);
        }
        String region = regionText.get().strip();
        if (!region.isEmpty()) {
            Optional<Region> r = Region.parse(region);
            if (r.isPresent()) {
                f = f.withRegion(r.get());
            } else {
                problems.add(i18n.get("filter.error.region", region));
            }
        }
        if (!consequences.isEmpty()) {
            f = f.withConsequences(new LinkedHashSet<>(consequences));
        }
        if (!impacts.isEmpty()) {
            f = f.withImpacts(EnumSet.copyOf(impacts));
        }
        if (!clinvar.isEmpty()) {
            f = f.withClinvar(EnumSet.copyOf(clinvar));
        }
        Double maxAf = parseDouble(maxAfText.get(), 0, 1, i18n.get("filter.error.maxAf"), problems);
        if (maxAf != null) {
            f = f.withMaxPopulationAf(maxAf);
        }
        f = f.withPassOnly(passOnly.get());
        Double minQual = parseDouble(minQualText.get(), 0, Double.MAX_VALUE, i18n.get("filter.error.minQual"), problems);
        if (minQual != null) {
            f = f.withMinQual(minQual);
        }
        Double minDepth = parseDouble(minDepthText.get(), 0, Integer.MAX_VALUE, i18n.get("filter.error.minDepth"), problems);
        if (minDepth != null) {
            if (minDepth != Math.rint(minDepth)) {
                problems.add(i18n.get("filter.error.minDepth"));
            } else {
                f = f.withMinDepth(minDepth.intValue());
            }
        }
        if (inheritance.get() != null && isTrio()) {
            f = f.withInheritance(inheritance.get());
        }
        if (phenotype != null) {
            f = f.withGeneScores(phenotype.activeScores(), phenotype.minScore());
        }
        filterError.set(String.join(" ", problems));
        return problems.isEmpty() ? Optional.of(f) : Optional.empty();
    }

    private static Double parseDouble(String text, double min, double max, String errorText, List<String> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t.replace(',', '.'));
            if (Double.isNaN(v) || v < min || v > max) {
                problems.add(errorText);
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(errorText);
            return null;
        }
    }

    /** Gene symbols from "BRCA1, BRCA2 TP53" (commas, semicolons or spaces between them). */
    public static List<String> parseGenes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> genes = new LinkedHashSet<>();
        for (String g : text.strip().split("[\\s,;、]+")) {
            if (!g.isEmpty()) {
                genes.add(g.toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(genes);
    }

    /** True when the case has a proband with mother and father (inheritance models apply). */
    public boolean isTrio() {
        List<SampleRole> roles = kase.samples().stream().map(Sample::role).toList();
        return roles.contains(SampleRole.PROBAND) && roles.contains(SampleRole.MOTHER)
                && roles.contains(SampleRole.FATHER);
    }

    /** Clears every criterion (one query, not one per field). */
    public void resetFilter() {
        suppressRefresh = true;
        try {
            geneText.set("");
            regionText.set("");
            consequences.clear();
            impacts.clear();
            clinvar.clear();
            maxAfText.set("");
            passOnly.set(false);
            minQualText.set("");
            minDepthText.set("");
            inheritance.set(null);
        } finally {
            suppressRefresh = false;
        }
        filterChanged();
    }

    // ---- gene completion ----------------------------------------------------------------------------

    private void suggestGenes(String text) {
        String prefix = lastToken(text);
        if (prefix.isEmpty()) {
            geneScheduler.cancel();
            geneSuggestions.clear();
            return;
        }
        geneScheduler.schedule(BackgroundTask.<List<String>>of("gene completion",
                        ctx -> findings.genes(kase.id(), prefix, 12))
                .onSuccess(list -> geneSuggestions.setAll(list.stream()
                        .filter(g -> !g.equalsIgnoreCase(prefix) || list.size() > 1).toList()))
                .onFailure(e -> geneSuggestions.clear()));
    }

    /** The gene being typed: the text after the last separator. */
    static String lastToken(String text) {
        if (text == null) {
            return "";
        }
        String[] parts = text.split("[\\s,;、]+", -1);
        return parts.length == 0 ? "" : parts[parts.length - 1].strip();
    }

    /** Replaces the gene being typed with a completion, keeping the genes before it. */
    public void acceptSuggestion(String gene) {
        String text = geneText.get();
        String token = lastToken(text);
        String head = text.substring(0, text.length() - token.length());
        geneSuggestions.clear();
        geneText.set(head + gene);
        geneScheduler.cancel();
        geneSuggestions.clear();
    }

    // ---- paging and sorting -------------------------------------------------------------------------

    private void queryPage(boolean debounce) {
        VariantFilter filter = activeFilter;
        int offset = page.get() * PAGE_SIZE;
        loading.set(true);
        updatePageText();
        BackgroundTask<Page> task = BackgroundTask.<Page>of("variant page", ctx -> {
                    List<Finding> page = findings.query(kase.id(), filter, hiddenGenes(), offset, PAGE_SIZE + 1);
                    if (interpretation == null) {
                        return new Page(page, java.util.Map.of(), java.util.Set.of());
                    }
                    return new Page(page, interpretation.statuses(page.stream().map(Finding::id).toList()),
                            new java.util.HashSet<>(interpretation.activeList(kase.id()).symbols()));
                })
                .onSuccess(result -> {
                    List<Finding> list = result.rows();
                    statuses.clear();
                    statuses.putAll(result.statuses());
                    sfGenes.retainAll(result.sfGenes());
                    sfGenes.addAll(result.sfGenes());
                    hasNext.set(list.size() > PAGE_SIZE);
                    rows.setAll(list.size() > PAGE_SIZE ? list.subList(0, PAGE_SIZE) : list);
                    loading.set(false);
                    error.set("");
                    updatePageText();
                })
                .onFailure(e -> {
                    LOG.warn("variant query failed for case {}: {}", kase.caseId(), e.toString());
                    rows.clear();
                    hasNext.set(false);
                    loading.set(false);
                    error.set(UserErrors.describe(e, i18n));
                    updatePageText();
                });
        if (debounce) {
            pageScheduler.schedule(task);
        } else {
            pageScheduler.schedule(task, Duration.ZERO);
        }
    }

    private void queryCount() {
        VariantFilter filter = activeFilter;
        counting.set(true);
        countScheduler.schedule(BackgroundTask.<Long>of("variant count",
                        ctx -> findings.count(kase.id(), filter, hiddenGenes()))
                .onSuccess(n -> {
                    total.set(n);
                    counting.set(false);
                    updatePageText();
                })
                .onFailure(e -> {
                    LOG.warn("variant count failed for case {}: {}", kase.caseId(), e.toString());
                    counting.set(false);
                    updatePageText();
                }));
    }

    public void firstPage() {
        goTo(0);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void nextPage() {
        if (hasNext.get()) {
            goTo(page.get() + 1);
        }
    }

    public void lastPage() {
        if (total.get() > 0) {
            goTo((int) ((total.get() - 1) / PAGE_SIZE));
        }
    }

    private void goTo(int target) {
        if (target < 0 || target == page.get() || buildFilter().isEmpty()) {
            return;
        }
        page.set(target);
        queryPage(false);
    }

    public boolean canGoBack() {
        return page.get() > 0;
    }

    public boolean canGoLast() {
        return total.get() > 0 && page.get() < (total.get() - 1) / PAGE_SIZE;
    }

    /** Sorts in SQL by the key (clicking a column header); back to the first page. Null: by position. */
    public void sortBy(VariantFilter.SortKey key, boolean desc) {
        VariantFilter.SortKey k = key == null ? VariantFilter.SortKey.POSITION : key;
        if (k == sortKey.get() && desc == descending.get()) {
            return;
        }
        sortKey.set(k);
        descending.set(desc);
        Optional<VariantFilter> filter = buildFilter();
        if (filter.isPresent()) {
            activeFilter = filter.get();
            page.set(0);
            queryPage(false);
        }
    }

    private void updatePageText() {
        long n = total.get();
        int from = page.get() * PAGE_SIZE + 1;
        int to = page.get() * PAGE_SIZE + rows.size();
        if (loading.get() && rows.isEmpty()) {
            pageText.set(i18n.get("variants.page.loading"));
        } else if (rows.isEmpty() && n <= 0 && !counting.get()) {
            pageText.set(i18n.get("variants.page.none"));
        } else if (n >= 0) {
            pageText.set(i18n.get("variants.page.rows", formats.count(from), formats.count(to), formats.count(n)));
        } else {
            pageText.set(i18n.get("variants.page.rowsCounting", formats.count(from), formats.count(to)));
        }
    }

    /**
     * Adds the case's phenotype: its gene rankings sort and filter the table, and the selected finding's gene shows
     * its diseases. Call before {@link #load()}.
     */
    public void attachPhenotype(org.zenome.ui.phenotype.PhenotypeViewModel p) {
        this.phenotype = p;
        p.addRankingListener(this::filterChanged);
        selected.addListener((obs, old, f) -> p.showGene(f));
    }

    /** The case's phenotype, or null. */
    public org.zenome.ui.phenotype.PhenotypeViewModel phenotype() {
        return phenotype;
    }

    /** Releases the background work of this case (tab closed, language switched). */
    public void dispose() {
        paneGeneration++;
        paneCap.cancel();
        if (phenotype != null) {
            phenotype.dispose();
        }
        pageScheduler.cancel();
        countScheduler.cancel();
        geneScheduler.cancel();
        detail.dispose();
        if (interpretationVm != null) {
            interpretationVm.show(null);
        }
    }

    // ---- accessors ----------------------------------------------------------------------------------

    private org.zenome.ui.qc.SampleQcViewModel sampleQc;

    /** Gives the case its sample-QC line (before the view is built). */
    public void attachSampleQc(org.zenome.ui.qc.SampleQcViewModel qc) {
        this.sampleQc = qc;
    }

    /** The sample QC of the case, or null when the store keeps none. */
    public org.zenome.ui.qc.SampleQcViewModel sampleQc() {
        return sampleQc;
    }

    public CaseSummary kase() {
        return kase;
    }

    public List<Sample> samples() {
        return kase.samples();
    }

    /** The interpretation of this case, or null when the backend has none. */
    public org.zenome.ui.interpretation.InterpretationViewModel interpretation() {
        return interpretationVm;
    }

    /** Badges of the findings on the page. */
    public javafx.collections.ObservableMap<Long, org.zenome.interpretation.FindingStatus> statuses() {
        return statuses;
    }

    /** Genes of the case's secondary-finding list (for the SF badge). */
    public javafx.collections.ObservableSet<String> sfGenes() {
        return sfGenes;
    }

    public DetailViewModel detail() {
        return detail;
    }

    /** The filter of the rows on screen. */
    public VariantFilter activeFilter() {
        return activeFilter;
    }

    public StringProperty geneTextProperty() {
        return geneText;
    }

    public StringProperty regionTextProperty() {
        return regionText;
    }

    public ObservableList<String> consequences() {
        return consequences;
    }

    public ObservableList<Impact> impacts() {
        return impacts;
    }

    public ObservableList<ClinicalSignificance> clinvar() {
        return clinvar;
    }

    public StringProperty maxAfTextProperty() {
        return maxAfText;
    }

    public BooleanProperty passOnlyProperty() {
        return passOnly;
    }

    public StringProperty minQualTextProperty() {
        return minQualText;
    }

    public StringProperty minDepthTextProperty() {
        return minDepthText;
    }

    public ObjectProperty<InheritanceModel> inheritanceProperty() {
        return inheritance;
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    public ObservableList<String> geneSuggestions() {
        return geneSuggestions;
    }

    public ObjectProperty<VariantFilter.SortKey> sortKeyProperty() {
        return sortKey;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public ObservableList<Finding> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }
}
