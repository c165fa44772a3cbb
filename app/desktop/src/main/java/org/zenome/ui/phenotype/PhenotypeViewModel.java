package org.zenome.ui.phenotype;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.GeneMatch;
import org.zenome.phenotype.GeneRankings;
import org.zenome.phenotype.HpoTerm;
import org.zenome.phenotype.InheritanceCheck;
import org.zenome.phenotype.PhenotypeKnowledge;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.LatestTaskScheduler;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/**
 * A case's phenotype: its HPO features (search by label, synonym or id with the definition shown, onset, excluded
 * terms), the gene rankings it gives the variant table (phenotype match, and the imported Exomiser results), and the
 * diseases of the selected finding's gene with their inheritance checked against the genotypes.
 */
public final class PhenotypeViewModel {
    /** The ranking the variant table sorts and filters by. */
    public enum Ranking {
        PHENOTYPE,
        EXOMISER
    }

    private final TaskExecutor executor;
    private final I18n i18n;
    private final PhenotypeContext context;
    private final CaseSummary kase;
    private final LatestTaskScheduler searchScheduler;
    private final LatestTaskScheduler geneScheduler;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<CaseFeature> features = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<HpoTerm> results = FXCollections.observableArrayList();
    private final ObjectProperty<HpoTerm> selectedResult = new SimpleObjectProperty<>();
    private final ObservableList<HpoTerm> onsets = FXCollections.observableArrayList();
    private final ObjectProperty<HpoTerm> onset = new SimpleObjectProperty<>();
    private final BooleanProperty excluded = new SimpleBooleanProperty(false);
    private final ObservableMap<String, Double> phenotypeScores = FXCollections.observableHashMap();
    private final ObservableMap<String, GeneRankings.ExomiserGene> exomiser = FXCollections.observableHashMap();
    private final ObjectProperty<Ranking> ranking = new SimpleObjectProperty<>();
    private final StringProperty minScoreText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<GeneInfo> gene = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> rankingListeners = new ArrayList<>();
    private PhenotypeKnowledge knowledge;

    public PhenotypeViewModel(TaskExecutor executor, I18n i18n, PhenotypeContext context, CaseSummary kase) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.context = Objects.requireNonNull(context);
        this.kase = Objects.requireNonNull(kase);
        this.searchScheduler = new LatestTaskScheduler(executor, Duration.ofMillis(150));
        this.geneScheduler = new LatestTaskScheduler(executor, Duration.ofMillis(100));
        query.addListener((o, old, text) -> search(text));
        ranking.addListener((o, old, r) -> rankingChanged());
        minScoreText.addListener((o, old, t) -> rankingChanged());
        status.set(i18n.get("phenotype.loading"));
    }

    /** Loads the HPO files (once per store), the case's features and its Exomiser results. */
    public void load() {
        executor.submit(BackgroundTask.<Loaded>of("phenotype", ctx -> {
                    Optional<PhenotypeKnowledge> k = context.knowledge();
                    List<CaseFeature> f = context.store().phenotypes().features(kase.id());
                    Map<String, GeneRankings.ExomiserGene> ex = GeneRankings.exomiser(context.store(), kase.id());
                    List<HpoTerm> onsetTerms = k.map(x -> x.searchOnset("", 200)).orElse(List.of());
                    return new Loaded(k.orElse(null), f, ex, onsetTerms);
                })
                .onSuccess(l -> {
                    knowledge = l.knowledge();
                    available.set(knowledge != null);
                    status.set(knowledge == null ? i18n.get("phenotype.notInstalled")
                            : i18n.get("phenotype.installed", knowledge.ontologyVersion(), knowledge.termCount(),
                            knowledge.diseaseCount(), knowledge.geneCount()));
                    features.setAll(l.features());
                    exomiser.clear();
                    exomiser.putAll(l.exomiser());
                    onsets.setAll(l.onsets());
                    if (ranking.get() == null && !exomiser.isEmpty() && features.isEmpty()) {
                        ranking.set(Ranking.EXOMISER);
                    }
                    rescore();
                })
                .onFailure(e -> {
                    available.set(false);
                    status.set(i18n.get("phenotype.loadFailed"));
                    error.set(UserErrors.describe(e, i18n));
                }));
    }

    private record Loaded(PhenotypeKnowledge knowledge, List<CaseFeature> features,
                          Map<String, GeneRankings.ExomiserGene> exomiser, List<HpoTerm> onsets) {
    }

    private void search(String text) {
        PhenotypeKnowledge k = knowledge;
        if (k == null || text == null || text.isBlank()) {
            searchScheduler.cancel();
            results.clear();
            return;
        }
        searchScheduler.schedule(BackgroundTask.<List<HpoTerm>>of("HPO search", ctx -> k.search(text, 30))
                .onSuccess(list -> {
                    results.setAll(list);
                    if (!list.isEmpty()) {
                        selectedResult.set(list.get(0));
                    }
                })
                .onFailure(e -> results.clear()));
    }

    /** Records the selected search result (as excluded when {@link #excludedProperty()} is set). */
    public void addSelected() {
        HpoTerm t = selectedResult.get();
        PhenotypeKnowledge k = knowledge;
        if (t == null || k == null) {
            return;
        }
        boolean ex = excluded.get();
        HpoTerm o = onset.get();
        executor.submit(BackgroundTask.<List<CaseFeature>>of("add feature", ctx -> {
                    context.service().add(kase.caseId(), t.id(), ex, o == null ? null : o.id(), "", k);
                    return context.store().phenotypes().features(kase.id());
                })
                .onSuccess(list -> {
                    error.set("");
                    features.setAll(list);
                    query.set("");
                    onset.set(null);
                    excluded.set(false);
                    rescore();
                })
                .onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    /** Removes a feature from the case. */
    public void remove(CaseFeature f) {
        executor.submit(BackgroundTask.<List<CaseFeature>>of("remove feature", ctx -> {
                    context.service().remove(kase.caseId(), f.termId());
                    return context.store().phenotypes().features(kase.id());
                })
                .onSuccess(list -> {
                    error.set("");
                    features.setAll(list);
                    rescore();
                })
                .onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    private void rescore() {
        PhenotypeKnowledge k = knowledge;
        if (k == null) {
            phenotypeScores.clear();
            rankingChanged();
            return;
        }
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (CaseFeature f : features) {
            (f.excluded() ? absent : present).add(f.termId());
        }
        executor.submit(BackgroundTask.<Map<String, Double>>of("rank genes", ctx -> {
                    List<GeneMatch> genes = k.rankGenes(present, absent,
                            context.store().findings().genes(kase.id(), "", Integer.MAX_VALUE));
                    if (!present.isEmpty()) {
                        context.store().phenotypes().recordFiles(kase.id(), k.files());
                    }
                    return GeneRankings.phenotype(genes);
                })
                .onSuccess(scores -> {
                    phenotypeScores.clear();
                    if (!present.isEmpty()) {
                        phenotypeScores.putAll(scores);
                        if (ranking.get() == null) {
                            ranking.set(Ranking.PHENOTYPE);
                        }
                    }
                    rankingChanged();
                    Finding shown = lastShown;
                    if (shown != null) {
                        showGene(shown);
                    }
                })
                .onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    private Finding lastShown;

    /** Shows the diseases and inheritance fit of the finding's gene (null clears). */
    public void showGene(Finding f) {
        lastShown = f;
        if (f == null || f.gene() == null || f.gene().isBlank()) {
            geneScheduler.cancel();
            gene.set(null);
            return;
        }
        PhenotypeKnowledge k = knowledge;
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (CaseFeature c : features) {
            (c.excluded() ? absent : present).add(c.termId());
        }
        String symbol = f.gene();
        GeneRankings.ExomiserGene ex = exomiser.get(symbol.toUpperCase(java.util.Locale.ROOT));
        geneScheduler.schedule(BackgroundTask.<GeneInfo>of("gene diseases", ctx -> {
                    GeneMatch m = k == null ? null : k.gene(symbol, present, absent).orElse(null);
                    List<InheritanceCheck.Result> fit = List.of();
                    if (m != null && !m.inheritance().isEmpty()) {
                        List<Finding> inGene = context.store().findings().query(kase.id(),
                                VariantFilter.all().withGenes(List.of(symbol)), 0, 500);
                        fit = InheritanceCheck.check(m.inheritance(), inGene, kase.samples());
                    }
                    return new GeneInfo(symbol, m, fit, ex);
                })
                .onSuccess(gene::set)
                .onFailure(e -> gene.set(null)));
    }

    private void rankingChanged() {
        rankingListeners.forEach(Runnable::run);
    }

    /** Called when the ranking the variant table uses (or its scores or least score) changes. */
    public void addRankingListener(Runnable r) {
        rankingListeners.add(r);
    }

    /** The scores of the active ranking by upper-case gene symbol (empty when none). */
    public Map<String, Double> activeScores() {
        Ranking r = ranking.get();
        if (r == Ranking.EXOMISER) {
            return GeneRankings.exomiserScores(exomiser);
        }
        return r == Ranking.PHENOTYPE ? Map.copyOf(phenotypeScores) : Map.of();
    }

    /** The least score of the active ranking, or null (an unreadable number counts as none; see the field's style). */
    public Double minScore() {
        String t = minScoreText.get() == null ? "" : minScoreText.get().strip().replace(',', '.');
        if (t.isEmpty() || ranking.get() == null) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The label of a term of the installed ontology, or its id. */
    public String label(String id) {
        PhenotypeKnowledge k = knowledge;
        return k == null ? id : k.label(id);
    }

    /** The disease's key features (most frequent, then most specific) as labels. */
    public List<String> keyFeatures(org.zenome.phenotype.Disease d, int limit) {
        PhenotypeKnowledge k = knowledge;
        if (k == null) {
            return d.features().stream().sorted().limit(limit).toList();
        }
        return k.keyFeatures(d, limit).stream().map(k::label).toList();
    }

    public String diseaseName(String id) {
        PhenotypeKnowledge k = knowledge;
        return k == null ? id : k.disease(id).map(d -> d.name()).orElse(id);
    }

    public CaseSummary kase() {
        return kase;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<CaseFeature> features() {
        return features;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<HpoTerm> results() {
        return results;
    }

    public ObjectProperty<HpoTerm> selectedResultProperty() {
        return selectedResult;
    }

    public ObservableList<HpoTerm> onsets() {
        return onsets;
    }

    public ObjectProperty<HpoTerm> onsetProperty() {
        return onset;
    }

    public BooleanProperty excludedProperty() {
        return excluded;
    }

    public ObservableMap<String, Double> phenotypeScores() {
        return phenotypeScores;
    }

    public ObservableMap<String, GeneRankings.ExomiserGene> exomiser() {
        return exomiser;
    }

    public ObjectProperty<Ranking> rankingProperty() {
        return ranking;
    }

    public StringProperty minScoreTextProperty() {
        return minScoreText;
    }

    public ReadOnlyObjectProperty<GeneInfo> geneProperty() {
        return gene.getReadOnlyProperty();
    }

    public void dispose() {
        searchScheduler.cancel();
        geneScheduler.cancel();
        rankingListeners.clear();
    }
}
