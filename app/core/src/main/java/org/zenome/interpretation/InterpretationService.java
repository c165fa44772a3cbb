package org.zenome.interpretation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zenome.classification.AcmgClassifier;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.AcmgEvaluation;
import org.zenome.classification.CallStatus;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.CriterionSuggester;
import org.zenome.classification.CriterionSuggestion;
import org.zenome.classification.InheritanceMode;
import org.zenome.classification.ResultReturn;
import org.zenome.classification.Strength;
import org.zenome.classification.SuggestionSettings;
import org.zenome.classification.VariantEvidence;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Oncogenicity;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.SampleRole;
import org.zenome.plugin.Annotation;
import org.zenome.store.CaseStore;

/**
 * What the classification, somatic and consent panes do, on the store: load everything about one finding
 * (suggestions with their evidence, current calls, both classes, history, annotations, somatic record,
 * confirmation, secondary-finding status), record decisions under the acting user, and decide which genes stay
 * hidden for want of consent. Blocking; the UI calls it on its worker thread.
 */
public final class InterpretationService {
    private final CaseStore store;
    private final Actor actor;
    private final Clock clock;
    private final SecondaryFindingLists lists;
    private final SuggestionSettings settings;
    private final AcmgClassifier classifier = AcmgClassifier.standard();
    private final PresumedGermline germline = PresumedGermline.standard();

    private final org.zenome.annotation.PluginRegistry plugins;

    public InterpretationService(CaseStore store, Actor actor, Clock clock, SecondaryFindingLists lists,
                                 SuggestionSettings settings) {
        this(store, actor, clock, lists, settings, null);
    }

    /** With the annotation-source plugins found at start (null: the class path only, discovered when first used). */
    public InterpretationService(CaseStore store, Actor actor, Clock clock, SecondaryFindingLists lists,
                                 SuggestionSettings settings, org.zenome.annotation.PluginRegistry plugins) {
        this.plugins = plugins;
        this.store = Objects.requireNonNull(store, "store");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** What the reviewer says about the gene that the data cannot: used for the suggestions. */
    public record GeneOptions(boolean lofMechanism, InheritanceMode inheritance, boolean parentageConfirmed) {
        public static GeneOptions defaults() {
            return new GeneOptions(false, InheritanceMode.UNKNOWN, false);
        }
    }

    /** Everything the interpretation panes show for one finding. */
    public record FindingView(FindingDetail detail, VariantEvidence evidence, List<CriterionSuggestion> suggestions,
                              List<CriterionCall> currentCalls, AcmgEvaluation evaluation, List<HistoryEntry> history,
                              List<FindingAnnotation> annotations, Optional<SomaticRecord> somatic,
                              Optional<ResultReturn> confirmation, Optional<SecondaryFindingGene> secondaryGene,
                              boolean secondaryAllowed, Optional<PresumedGermline.Flag> presumedGermline,
                              ThresholdSet thresholds, Optional<GermlineClassification> storedClass) {
        /** The current call of a criterion, if any. */
        public Optional<CriterionCall> call(AcmgCriterion c) {
            return currentCalls.stream().filter(x -> x.criterion() == c).findFirst();
        }

        /** The suggestion for a criterion, if any. */
        public Optional<CriterionSuggestion> suggestion(AcmgCriterion c) {
            return suggestions.stream().filter(x -> x.criterion() == c).findFirst();
        }
    }

    public Actor actor() {
        return actor;
    }

    public SecondaryFindingLists lists() {
        return lists;
    }

    public FindingView load(CaseSummary kase, long findingId, GeneOptions options) {
        FindingDetail d = store.findings().detail(findingId).orElseThrow(() -> new IllegalArgumentException(
                "finding " + findingId + " is no longer in case " + kase.caseId()));
        List<FindingAnnotation> annotations = store.interpretation().annotations(findingId);
        VariantEvidence evidence = evidence(kase, d, annotations, options);
        ThresholdSet thresholds = thresholds();
        List<CriterionSuggestion> suggestions = withSetting(new CriterionSuggester(thresholds.apply(settings))
                .suggest(evidence), thresholds);
        List<CriterionCall> current = store.interpretation().currentCalls(findingId);
        AcmgEvaluation eval = classifier.evaluate(current);
        SecondaryFindingList list = activeList(kase.id());
        Optional<SecondaryFindingConsent> consent = store.interpretation().consent(kase.id());
        Finding f = d.finding();
        Optional<PresumedGermline.Flag> flag = kase.samples().stream().anyMatch(s -> s.role() == SampleRole.TUMOUR)
                ? germline.check(f, kase.samples(), clinvar(annotations)) : Optional.empty();
        return new FindingView(d, evidence, suggestions, current, eval, store.interpretation().history(findingId),
                annotations, store.interpretation().somatic(findingId), store.interpretation().resultReturn(findingId),
                list.gene(f.gene()), list.visible(f.gene(), consent.orElse(null)), flag, thresholds,
                store.interpretation().classification(findingId));
    }

    /**
     * PP5/BP6 suggestions name the settings version that switched them on (the oldest of the versions in a row, up
     * to the one in force, that have them on), who did and why.
     */
    private List<CriterionSuggestion> withSetting(List<CriterionSuggestion> suggestions, ThresholdSet inForce) {
        if (!inForce.reputableSource() || suggestions.stream().noneMatch(s -> s.criterion() == AcmgCriterion.PP5
                || s.criterion() == AcmgCriterion.BP6)) {
            return suggestions;
        }
        ThresholdSet on = inForce;
        for (ThresholdSet t : store.thresholds().list()) { // newest first
            if (t.version() > inForce.version()) {
                continue;
            }
            if (!t.reputableSource()) {
                break;
            }
            on = t;
        }
        ThresholdSet switchedOn = on;
        String date = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(switchedOn.at().atZone(
                java.time.ZoneId.systemDefault()));
        return suggestions.stream().map(s -> {
            if (s.criterion() != AcmgCriterion.PP5 && s.criterion() != AcmgCriterion.BP6) {
                return s;
            }
            List<String> args = new ArrayList<>(s.arguments());
            args.addAll(List.of(Integer.toString(switchedOn.version()), switchedOn.user(), date, switchedOn.note()));
            return new CriterionSuggestion(s.applied(), s.evidenceKey() + ".setting", args);
        }).toList();
    }

    /** The ClinVar record of the first ClinVar source with a significance for the finding, with its review status. */
    private static org.zenome.classification.ClinVarAssertion clinvarRecord(List<FindingAnnotation> annotations) {
        for (FindingAnnotation a : annotations) {
            if (!Annotation.CLINVAR.equals(a.kind()) || a.field("significance") == null) {
                continue;
            }
            ClinicalSignificance c = ClinicalSignificance.parse(a.field("significance").replace(' ', '_'));
            if (c == ClinicalSignificance.NONE) {
                continue;
            }
            int stars;
            try {
                stars = a.field("stars") == null ? 0 : Math.max(0, Math.min(4, Integer.parseInt(a.field("stars"))));
            } catch (NumberFormatException e) {
                stars = 0;
            }
            return new org.zenome.classification.ClinVarAssertion(c, stars, a.field("review_status"),
                    a.field("variation_id"), a.sourceName());
        }
        return null;
    }

    private static ClinicalSignificance clinvar(List<FindingAnnotation> annotations) {
        return annotations.stream().filter(a -> Annotation.CLINVAR.equals(a.kind()))
                .map(a -> ClinicalSignificance.parse(a.field("significance") == null ? ""
                        : a.field("significance").replace(' ', '_')))
                .filter(c -> c != ClinicalSignificance.NONE).findFirst().orElse(null);
    }

    /**
     * The suggester's input: the finding on its display transcript, with the population frequency from the
     * annotation sources used on the case when there are any (the highest AF of those that know the variant;
     * absent from all of them otherwise), else from the imported VCF.
     */
    VariantEvidence evidence(CaseSummary kase, FindingDetail d, List<FindingAnnotation> annotations, GeneOptions o) {
        Finding f = d.finding();
        List<AnnotationSourceRecord> popSources = store.interpretation().annotationSources(kase.id()).stream()
                .filter(s -> s.plugin().equals("population-frequency")).toList();
        String source;
        Double af;
        if (!popSources.isEmpty()) {
            FindingAnnotation best = null;
            for (FindingAnnotation a : annotations) {
                if (Annotation.POPULATION.equals(a.kind()) && a.number("AF") != null
                        && (best == null || a.number("AF") > best.number("AF"))) {
                    best = a;
                }
            }
            if (best != null) {
                source = best.sourceName();
                af = best.number("AF");
            } else {
                source = popSources.stream().map(s -> s.name() + (s.version().isEmpty() ? "" : " " + s.version()))
                        .distinct().collect(Collectors.joining(", "));
                af = f.populationAf();
            }
        } else {
            source = f.populationAf() == null ? null : "VCF annotation";
            af = f.populationAf();
        }
        Boolean inTrans = o.inheritance().recessive() ? phaseWithPathogenic(kase, f) : null;
        VariantEvidence base = VariantEvidence.from(d, kase.samples(), new VariantEvidence.GeneContext(
                o.lofMechanism() && f.gene() != null ? Set.of(f.gene()) : Set.of(), o.inheritance(), source,
                o.parentageConfirmed(), inTrans));
        ClinicalSignificance cv = clinvar(annotations);
        return new VariantEvidence(base.gene(), base.consequences(), base.exon(), base.nmdEscape(),
                base.proteinPosition(), base.proteinLength(), source, af, base.revel(), base.cadd(), base.proband(),
                base.mother(), base.father(), base.parentageConfirmed(), base.inTransWithPathogenic(),
                base.lofMechanism(), base.inheritance(), cv != null ? cv : base.clinvar(), clinvarRecord(annotations));
    }

    /**
     * Phase of the finding with a pathogenic or likely pathogenic variant in the same gene, from the trio: true when
     * one was inherited from the mother and the other from the father (in trans), false when only a variant from the
     * same parent is pathogenic (in cis), null when the trio cannot tell or no other variant of the gene is
     * pathogenic (ClinVar P/LP, or classified P/LP here under the combining rules).
     */
    Boolean phaseWithPathogenic(CaseSummary kase, Finding f) {
        if (f.gene() == null || f.gene().isBlank()) {
            return null;
        }
        String origin = origin(kase, f);
        if (origin == null) {
            return null;
        }
        List<Finding> gene = store.findings().query(kase.id(), org.zenome.domain.VariantFilter.all()
                .withGenes(List.of(f.gene())), 0, 1000);
        Map<Long, FindingStatus> st = store.interpretation().statuses(gene.stream().map(Finding::id).toList());
        Boolean result = null;
        for (Finding g : gene) {
            if (g.id() == f.id() || !pathogenic(g, st.get(g.id()))) {
                continue;
            }
            String other = origin(kase, g);
            if (other == null) {
                continue;
            }
            if (!other.equals(origin)) {
                return Boolean.TRUE;
            }
            result = Boolean.FALSE;
        }
        return result;
    }

    private static boolean pathogenic(Finding g, FindingStatus s) {
        if (s != null && s.rulesClass() != null) {
            return s.rulesClass() == org.zenome.classification.AcmgClass.PATHOGENIC
                    || s.rulesClass() == org.zenome.classification.AcmgClass.LIKELY_PATHOGENIC;
        }
        ClinicalSignificance c = ClinicalSignificance.parse(g.clinvarSignificance());
        return c == ClinicalSignificance.PATHOGENIC || c == ClinicalSignificance.LIKELY_PATHOGENIC;
    }

    /** "M" or "F" when the proband is heterozygous and exactly one parent carries the allele; else null. */
    private static String origin(CaseSummary kase, Finding f) {
        org.zenome.domain.Zygosity p = zygosity(kase, f, SampleRole.PROBAND);
        org.zenome.domain.Zygosity m = zygosity(kase, f, SampleRole.MOTHER);
        org.zenome.domain.Zygosity fa = zygosity(kase, f, SampleRole.FATHER);
        if (p != org.zenome.domain.Zygosity.HET || m == null || fa == null) {
            return null;
        }
        boolean fromMother = m.carriesAllele();
        boolean fromFather = fa.carriesAllele();
        if (fromMother && fa == org.zenome.domain.Zygosity.HOM_REF) {
            return "M";
        }
        if (fromFather && m == org.zenome.domain.Zygosity.HOM_REF) {
            return "F";
        }
        return null;
    }

    private static org.zenome.domain.Zygosity zygosity(CaseSummary kase, Finding f, SampleRole role) {
        String name = kase.samples().stream().filter(s -> s.role() == role).map(org.zenome.domain.Sample::name)
                .findFirst().orElse(null);
        if (name == null || f.genotypes() == null) {
            return null;
        }
        return f.genotypes().stream().filter(g -> g.sample().equals(name)).map(org.zenome.domain.Genotype::zygosity)
                .findFirst().orElse(null);
    }

    /** Records a reviewer's decision on one criterion and returns the finding's class after it. */
    public GermlineClassification call(CaseSummary kase, Finding f, AcmgCriterion criterion, Strength strength,
                                       CallStatus status, String note) {
        return store.interpretation().recordCall(FindingRef.of(kase.id(), f),
                new CriterionCall(criterion, strength, status, note, actor.name(), clock.instant()),
                thresholds().version());
    }

    /**
     * The suggestion thresholds in force: the newest stored version. A store without any gets the thresholds this
     * service was made with (the built-in defaults, or the hospital's {@code suggestion-thresholds.tsv}) as
     * version 1, so every classification can name the version it used.
     */
    public ThresholdSet thresholds() {
        return store.thresholds().latest().orElseGet(() -> store.thresholds().seed(ThresholdSet.of(settings,
                settings.equals(SuggestionSettings.defaults()) ? "built-in defaults"
                        : "from " + SuggestionThresholds.userFile().getFileName(), "system", clock.instant())));
    }

    /** Every stored version of the thresholds, newest first. */
    public List<ThresholdSet> thresholdVersions() {
        thresholds();
        return store.thresholds().list();
    }

    /**
     * Stores new suggestion thresholds as the next version. Only an active administrator may.
     *
     * @throws SecurityException        when the acting user is not an active administrator
     * @throws IllegalArgumentException when nothing changed or the reason is missing
     */
    public ThresholdSet saveThresholds(org.zenome.classification.FrequencyThresholds defaults,
                                       Map<String, org.zenome.classification.FrequencyThresholds> genes,
                                       String reason) {
        ThresholdSet now = thresholds();
        return saveThresholds(defaults, genes, now.reputableSource(), now.reputableMinStars(), reason);
    }

    /**
     * Stores new suggestion thresholds and PP5/BP6 switch as the next version. Only an active administrator may.
     *
     * @param reputableSource   whether PP5/BP6 are suggested from ClinVar
     * @param reputableMinStars the ClinVar review status (1 to 4 stars) a record needs for them
     * @throws SecurityException        when the acting user is not an active administrator
     * @throws IllegalArgumentException when nothing changed, the reason is missing or the stars are not 1 to 4
     */
    public ThresholdSet saveThresholds(org.zenome.classification.FrequencyThresholds defaults,
                                       Map<String, org.zenome.classification.FrequencyThresholds> genes,
                                       boolean reputableSource, int reputableMinStars, String reason) {
        boolean admin = store.users().find(actor.name()).filter(org.zenome.panel.User::active)
                .map(u -> u.has(org.zenome.panel.PanelRole.ADMINISTRATOR)).orElse(false);
        if (!admin) {
            throw new SecurityException(actor.name() + " is not an administrator; only administrators change the"
                    + " suggestion thresholds");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("give the reason for the change");
        }
        ThresholdSet next = new ThresholdSet(0, defaults, genes, reason, actor.name(), clock.instant(),
                reputableSource, reputableMinStars);
        if (next.sameThresholds(thresholds())) {
            throw new IllegalArgumentException("the thresholds are the same as version " + thresholds().version());
        }
        return store.thresholds().save(next);
    }

    public void saveSomatic(CaseSummary kase, Finding f, AmpTier tier, Oncogenicity oncogenicity,
                            JapaneseEvidenceLevel level, List<Therapy> therapies, String note) {
        store.interpretation().saveSomatic(FindingRef.of(kase.id(), f), new SomaticRecord(f.id(), tier, oncogenicity,
                level, therapies, note, actor.name(), clock.instant()));
    }

    public ResultReturn saveConfirmation(CaseSummary kase, Finding f, ConfirmatoryTest test) {
        return store.interpretation().saveConfirmation(FindingRef.of(kase.id(), f), test, actor.name(),
                clock.instant());
    }

    /**
     * @throws IllegalStateException while the confirmation is pending, or when consent does not allow the finding
     */
    public ResultReturn markReturned(CaseSummary kase, Finding f) {
        if (!mayReport(kase.id(), f.gene())) {
            throw new IllegalStateException(f.gene() + " is a secondary-finding gene the patient has not consented to"
                    + " learn about; the finding cannot be returned");
        }
        return store.interpretation().markReturned(FindingRef.of(kase.id(), f), actor.name(), clock.instant());
    }

    public Optional<SecondaryFindingConsent> consent(long casePk) {
        return store.interpretation().consent(casePk);
    }

    public SecondaryFindingConsent saveConsent(long casePk, SecondaryFindingConsent.Choice choice,
                                               Collection<String> categories, String listId, boolean researchUse,
                                               LocalDate signed, String note) {
        SecondaryFindingConsent c = new SecondaryFindingConsent(choice, new LinkedHashSet<>(categories),
                lists.resolve(listId).id(), researchUse, signed, note, actor.name(), clock.instant());
        store.interpretation().saveConsent(casePk, c);
        return c;
    }

    /** The gene list the case's consent refers to (the default ACMG list before consent is recorded). */
    public SecondaryFindingList activeList(long casePk) {
        return lists.resolve(store.interpretation().consent(casePk).map(SecondaryFindingConsent::geneListId)
                .orElse(null));
    }

    /** Genes whose findings the table hides and no report may include, for want of consent. */
    public Set<String> hiddenGenes(long casePk) {
        return activeList(casePk).hiddenGenes(store.interpretation().consent(casePk).orElse(null));
    }

    /** Whether a finding on this gene may appear in a report of the case. */
    public boolean mayReport(long casePk, String gene) {
        return activeList(casePk).visible(gene, store.interpretation().consent(casePk).orElse(null));
    }

    public Map<Long, FindingStatus> statuses(Collection<Long> findingIds) {
        return store.interpretation().statuses(findingIds);
    }

    public TmbResult computeTmb(long casePk, TmbSettings tmbSettings) {
        return new TmbService(store, actor, clock).compute(casePk, tmbSettings);
    }

    public Optional<TmbResult> tmb(long casePk) {
        return store.interpretation().tmb(casePk);
    }

    public List<HistoryEntry> caseHistory(long casePk) {
        return new ArrayList<>(store.interpretation().caseHistory(casePk));
    }

    /** The annotation-source plugins (and those skipped, with the reason). */
    public org.zenome.annotation.PluginRegistry plugins() {
        return plugins != null ? plugins : org.zenome.annotation.PluginRegistry.discover(null);
    }

    /**
     * Annotates every finding of the case from one source file with a plugin.
     *
     * @throws java.io.IOException naming the file when it cannot be read or is not of the plugin's kind
     */
    public AnnotationSourceRecord annotate(long casePk, String pluginId, java.nio.file.Path file)
            throws java.io.IOException {
        return annotate(casePk, pluginId, file, annotationMatching(casePk));
    }

    /** Annotates with the matching worked out before ({@link #annotationMatching}). */
    public AnnotationSourceRecord annotate(long casePk, String pluginId, java.nio.file.Path file,
                                          org.zenome.annotation.AnnotationService.Matching matching)
            throws java.io.IOException {
        org.zenome.plugin.AnnotationSourceProvider p = plugins().find(pluginId).orElseThrow(
                () -> new IllegalArgumentException("no plugin '" + pluginId + "'"));
        return new org.zenome.annotation.AnnotationService(store, actor, clock).annotate(casePk, p, file, null, null,
                null, matching);
    }

    /** Whether annotating the case can left-align indels (a reference FASTA for it), in one line. */
    public org.zenome.annotation.AnnotationService.Matching annotationMatching(long casePk) {
        return new org.zenome.annotation.AnnotationService(store, actor, clock).matching(casePk);
    }

    /** An orphaned finding with everything recorded on it (read-only). */
    public record OrphanedView(OrphanedFinding finding, List<CriterionCall> currentCalls,
                               Optional<GermlineClassification> classification, Optional<SomaticRecord> somatic,
                               Optional<ResultReturn> confirmation, List<HistoryEntry> history) {
    }

    /** Findings whose variant left the case's data at a re-import, with their records; oldest first. */
    public List<OrphanedView> orphaned(long casePk) {
        List<OrphanedView> out = new ArrayList<>();
        for (OrphanedFinding o : store.interpretation().orphanedFindings(casePk)) {
            long id = o.ref().findingId();
            out.add(new OrphanedView(o, store.interpretation().currentCalls(id),
                    store.interpretation().classification(id), store.interpretation().somatic(id),
                    store.interpretation().resultReturn(id), store.interpretation().history(id)));
        }
        return out;
    }

    public List<AnnotationSourceRecord> annotationSources(long casePk) {
        return store.interpretation().annotationSources(casePk);
    }
}
