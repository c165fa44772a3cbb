package org.zenome.ui.interpretation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.AcmgEvaluation;
import org.zenome.classification.CallStatus;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.CriterionSuggestion;
import org.zenome.classification.InheritanceMode;
import org.zenome.classification.ResultReturn;
import org.zenome.classification.Strength;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Oncogenicity;
import org.zenome.classification.somatic.OncogenicityCriterion;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.interpretation.HistoryEntry;
import org.zenome.interpretation.InterpretationService;
import org.zenome.interpretation.InterpretationService.FindingView;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SecondaryFindingList;
import org.zenome.interpretation.TmbResult;
import org.zenome.interpretation.TmbSettings;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/**
 * The interpretation of one open case: the selected finding's classification (criteria with suggestions and
 * their evidence, both classes, disagreement, history), its somatic record and its confirmatory test; and the
 * case's consent and TMB. All store work runs on the executor; {@link #changed} is told after every save so the
 * table can refresh its badges and hidden genes.
 */
public final class InterpretationViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TaskExecutor executor;
    private final I18n i18n;
    private final InterpretationService service;
    private final CaseSummary kase;
    private final Runnable changed;
    private final ZoneId zone;

    private final ReadOnlyObjectWrapper<Finding> finding = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FindingView> view = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CriterionRow> criteria = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<String> annotations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rulesClass = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pointsClass = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper disagreement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secondary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper thresholdsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper germlineFlag = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper returnAllowed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper consentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SecondaryFindingConsent> consent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper tmbText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper annotationMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<OrphanRow> orphans = FXCollections.observableArrayList();
    private final BooleanProperty lofMechanism = new SimpleBooleanProperty(false);
    private final ObjectProperty<InheritanceMode> inheritance = new SimpleObjectProperty<>(InheritanceMode.UNKNOWN);
    private final BooleanProperty parentageConfirmed = new SimpleBooleanProperty(false);
    private long generation;

    public InterpretationViewModel(TaskExecutor executor, I18n i18n, InterpretationService service, CaseSummary kase,
                                   Runnable changed) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.service = Objects.requireNonNull(service);
        this.kase = Objects.requireNonNull(kase);
        this.changed = changed == null ? () -> { } : changed;
        this.zone = ZoneId.systemDefault();
        lofMechanism.addListener(o -> reload());
        inheritance.addListener(o -> reload());
        parentageConfirmed.addListener(o -> reload());
    }

    public boolean cancer() {
        return kase.diseaseArea() == DiseaseArea.CANCER;
    }

    /**
     * A finding whose variant left the case's data at a re-import, with what was recorded on it (read-only).
     *
     * @param history one line per change, oldest first
     */
    public record OrphanRow(String finding, String orphanedAt, String note, String classes, String criteria,
                            String somatic, String confirmation, List<String> history) {
    }

    /** Loads the case-level data (consent, TMB, orphaned findings). */
    public void loadCase() {
        executor.submit(BackgroundTask.<Object[]>of("case interpretation", ctx -> new Object[] {
            service.consent(kase.id()).orElse(null), service.tmb(kase.id()).orElse(null),
            service.activeList(kase.id()), service.orphaned(kase.id())})
                .onSuccess(r -> {
                    showConsent((SecondaryFindingConsent) r[0], (SecondaryFindingList) r[2]);
                    showTmb((TmbResult) r[1]);
                    @SuppressWarnings("unchecked")
                    List<InterpretationService.OrphanedView> o = (List<InterpretationService.OrphanedView>) r[3];
                    orphans.setAll(o.stream().map(this::orphanRow).toList());
                })
                .onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    /** Shows a finding (null clears). */
    public void show(Finding f) {
        finding.set(f);
        reload();
    }

    private void reload() {
        Finding f = finding.get();
        long gen = ++generation;
        if (f == null) {
            view.set(null);
            criteria.clear();
            history.clear();
            annotations.clear();
            rulesClass.set("");
            pointsClass.set("");
            disagreement.set("");
            secondary.set("");
            thresholdsText.set("");
            germlineFlag.set("");
            confirmationText.set("");
            returnAllowed.set(false);
            return;
        }
        InterpretationService.GeneOptions options = new InterpretationService.GeneOptions(lofMechanism.get(),
                inheritance.get(), parentageConfirmed.get());
        executor.submit(BackgroundTask.<FindingView>of("interpretation", ctx -> service.load(kase, f.id(), options))
                .onSuccess(v -> {
                    if (gen == generation) {
                        fill(v);
                    }
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        error.set(UserErrors.describe(e, i18n));
                    }
                }));
    }

    private void fill(FindingView v) {
        error.set("");
        view.set(v);
        Locale locale = i18n.locale();
        List<CriterionRow> rows = new ArrayList<>();
        for (AcmgCriterion c : AcmgCriterion.values()) {
            Optional<CriterionSuggestion> s = v.suggestion(c);
            Optional<CriterionCall> call = v.call(c);
            rows.add(new CriterionRow(c, c.description(locale), s.map(CriterionSuggestion::strength).orElse(null),
                    s.map(x -> x.evidence(locale)).orElse(""), call.map(CriterionCall::status).orElse(null),
                    call.map(CriterionCall::strength).orElse(null), call.map(CriterionCall::note).orElse(""),
                    call.map(x -> x.user() + " " + TIME.format(x.time().atZone(zone))).orElse("")));
        }
        criteria.setAll(rows);
        AcmgEvaluation e = v.evaluation();
        rulesClass.set(e.rulesClass().displayName(locale));
        pointsClass.set(i18n.get("interp.points", e.pointsClass().displayName(locale), e.pointsTotal()));
        disagreement.set(e.disagree() ? i18n.get("interp.disagree", e.rulesClass().displayName(locale),
                e.pointsClass().displayName(locale)) : "");
        Integer classVersion = v.storedClass().map(org.zenome.interpretation.GermlineClassification::thresholdVersion)
                .orElse(null);
        thresholdsText.set((v.storedClass().isEmpty() ? i18n.get("interp.thresholds", v.thresholds().version())
                : i18n.get("interp.thresholds.class", v.thresholds().version(),
                        classVersion == null ? "-" : classVersion.toString()))
                + (v.thresholds().reputableSource() ? " " + i18n.get("interp.thresholds.reputable",
                        v.thresholds().reputableMinStars()) : ""));
        history.setAll(v.history().stream().map(this::historyRow).toList());
        annotations.setAll(v.annotations().stream().map(InterpretationViewModel::annotationText).toList());
        secondary.set(v.secondaryGene().map(g -> v.secondaryAllowed()
                ? i18n.get("interp.sf.allowed", g.symbol(), String.join(", ", g.categories()))
                : i18n.get("interp.sf.notAllowed", g.symbol(), String.join(", ", g.categories()))).orElse(""));
        germlineFlag.set(v.presumedGermline().map(flag -> i18n.get("interp.germline.flag", reason(flag.reason()),
                flag.pathogenicBy())).orElse(""));
        Optional<ResultReturn> rr = v.confirmation();
        confirmationText.set(rr.map(this::confirmationSummary).orElse(i18n.get("interp.confirm.none")));
        returnAllowed.set(v.secondaryAllowed() && rr.map(r -> !r.returned() && r.confirmation().permitsReturn())
                .orElse(true));
    }

    private String confirmationSummary(ResultReturn r) {
        ConfirmatoryTest t = r.confirmation();
        String test = !t.required() ? i18n.get("interp.confirm.notRequired")
                : i18n.get("interp.confirm.required", t.method() == null ? "-" : i18n.label(t.method()),
                i18n.label(t.status()), t.date() == null ? "" : t.date().toString());
        if (r.returned()) {
            return test + " · " + i18n.get("interp.confirm.returned", r.returnedBy(),
                    TIME.format(r.returnedAt().atZone(zone)));
        }
        return t.pending() ? test + " · " + i18n.get("interp.confirm.pending") : test;
    }

    private HistoryRow historyRow(HistoryEntry h) {
        return new HistoryRow(TIME.format(h.at().atZone(zone)), h.user(), subject(h.subject()), h.oldValue(),
                h.newValue(), h.note());
    }

    private String reason(org.zenome.interpretation.PresumedGermline.Reason r) {
        switch (r) {
            case IN_NORMAL:
                return i18n.get("interp.germline.reason.IN_NORMAL");
            case VAF_NEAR_HALF:
                return i18n.get("interp.germline.reason.VAF_NEAR_HALF");
            default:
                return i18n.get("interp.germline.reason.VAF_NEAR_ONE");
        }
    }

    /** The history subject in the user's language (criterion codes stay as they are). */
    private String subject(String s) {
        switch (s) {
            case "class.rules":
                return i18n.get("interp.subject.class.rules");
            case "class.points":
                return i18n.get("interp.subject.class.points");
            case "amp.tier":
                return i18n.get("interp.subject.amp.tier");
            case "evidence.level":
                return i18n.get("interp.subject.evidence.level");
            case "oncogenicity":
                return i18n.get("interp.subject.oncogenicity");
            case "therapies":
                return i18n.get("interp.subject.therapies");
            case "somatic.note":
                return i18n.get("interp.subject.somatic.note");
            case "confirmation":
                return i18n.get("interp.subject.confirmation");
            case "returned":
                return i18n.get("interp.subject.returned");
            case "consent":
                return i18n.get("interp.subject.consent");
            case "tmb":
                return i18n.get("interp.subject.tmb");
            case "annotation.source":
                return i18n.get("interp.subject.annotation.source");
            case "reimport":
            case "reimport.carried":
                return i18n.get("interp.subject.reimport.carried");
            case "reimport.orphaned":
                return i18n.get("interp.subject.reimport.orphaned");
            default:
                return s;
        }
    }

    private OrphanRow orphanRow(InterpretationService.OrphanedView o) {
        Locale locale = i18n.locale();
        String classes = o.classification().map(g -> i18n.get("interp.orphans.classes",
                g.rulesClass().displayName(locale), g.pointsClass().displayName(locale), g.points())).orElse("");
        String crit = o.currentCalls().stream().map(c -> c.label() + " (" + org.zenome.classification.ClassificationText
                .message(locale, "status." + c.status().name()) + ")")
                .collect(Collectors.joining(", "));
        String somatic = o.somatic().map(x -> (x.tier() == null ? "" : "AMP " + x.tier().code())
                + (x.evidenceLevel() == null ? "" : "  " + i18n.get("interp.orphans.level", x.evidenceLevel().name()))
                + (x.therapies().isEmpty() ? "" : "  " + x.therapies().stream().map(Therapy::drug)
                        .collect(Collectors.joining(", ")))).orElse("").strip();
        String confirm = o.confirmation().map(this::confirmationSummary).orElse("");
        List<String> hist = o.history().stream().map(h -> TIME.format(h.at().atZone(zone)) + "  " + h.user() + "  "
                + subject(h.subject()) + ": " + (h.oldValue().isEmpty() ? "-" : h.oldValue()) + " \u2192 "
                + h.newValue()).toList();
        return new OrphanRow(o.finding().ref().label(), TIME.format(o.finding().orphanedAt().atZone(zone)),
                o.finding().note(), classes, crit, somatic, confirm, hist);
    }

    /** Which version of the suggestion thresholds the suggestions use, and which the stored class was made under. */
    public ReadOnlyStringProperty thresholdsTextProperty() {
        return thresholdsText.getReadOnlyProperty();
    }

    /** Findings of the case whose variant left its data at a re-import (loaded with the case). */
    public ObservableList<OrphanRow> orphans() {
        return orphans;
    }

    static String annotationText(FindingAnnotation a) {
        return a.sourceName() + ": " + a.fields().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("  "));
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Records a decision on one criterion for the finding on screen. */
    public void decide(AcmgCriterion criterion, Strength strength, CallStatus status, String note) {
        Finding f = finding.get();
        if (f == null) {
            return;
        }
        run("criterion", () -> service.call(kase, f, criterion, strength, status, note == null ? "" : note.strip()));
    }

    public void saveSomatic(AmpTier tier, Collection<OncogenicityCriterion> oncogenicity, JapaneseEvidenceLevel level,
                            List<Therapy> therapies, String note) {
        Finding f = finding.get();
        if (f == null) {
            return;
        }
        Oncogenicity o;
        try {
            o = new Oncogenicity(List.copyOf(oncogenicity));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        run("somatic", () -> service.saveSomatic(kase, f, tier, o, level, therapies, note));
    }

    public void saveConfirmation(ConfirmatoryTest test) {
        Finding f = finding.get();
        if (f == null) {
            return;
        }
        run("confirmation", () -> service.saveConfirmation(kase, f, test));
    }

    public void markReturned() {
        Finding f = finding.get();
        if (f == null) {
            return;
        }
        run("return", () -> service.markReturned(kase, f));
    }

    public void saveConsent(SecondaryFindingConsent.Choice choice, Set<String> categories, String listId,
                            boolean researchUse, LocalDate signed, String note) {
        executor.submit(BackgroundTask.<Object[]>of("consent", ctx -> {
            SecondaryFindingConsent c = service.saveConsent(kase.id(), choice, categories, listId, researchUse, signed,
                    note);
            return new Object[] {c, service.activeList(kase.id())};
        }).onSuccess(r -> {
            showConsent((SecondaryFindingConsent) r[0], (SecondaryFindingList) r[1]);
            changed.run();
            reload();
        }).onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    public void computeTmb(double callableMb) {
        executor.submit(BackgroundTask.<TmbResult>of("tmb", ctx -> service.computeTmb(kase.id(),
                        TmbSettings.defaults().withCallableMb(callableMb)))
                .onSuccess(this::showTmb)
                .onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    private void run(String name, Runnable work) {
        executor.submit(BackgroundTask.<Boolean>of(name, ctx -> {
            work.run();
            return true;
        }).onSuccess(x -> {
            changed.run();
            reload();
        }).onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    private void showConsent(SecondaryFindingConsent c, SecondaryFindingList list) {
        consent.set(c);
        if (c == null) {
            consentText.set(i18n.get("consent.none", list.name()));
            return;
        }
        String sf = switch (c.choice()) {
            case ALL -> i18n.get("consent.sf.all");
            case NONE -> i18n.get("consent.sf.none");
            case BY_CATEGORY -> i18n.get("consent.sf.some", String.join(", ", c.categories()));
        };
        String research = c.researchUse() ? i18n.get("consent.research.yes") : i18n.get("consent.research.no");
        consentText.set(i18n.get("consent.summary", sf, list.name(), research, c.user(),
                TIME.format(c.at().atZone(zone))));
    }

    private void showTmb(TmbResult t) {
        tmbText.set(t == null ? i18n.get("tmb.none") : i18n.get("tmb.value", String.format(Locale.ROOT, "%.1f",
                t.perMb()), t.mutations(), String.format(Locale.ROOT, "%.1f", t.callableMb()),
                t.high() ? i18n.get("tmb.high") : i18n.get("tmb.notHigh")));
    }

    /** The annotation-source plugins that loaded: id and name. */
    public List<org.zenome.plugin.AnnotationSourceProvider> plugins() {
        return service.plugins().providers();
    }

    /** Plugins that were skipped, with the reason (shown on the case page). */
    public List<String> pluginProblems() {
        return service.plugins().problems().stream().map(Object::toString).toList();
    }

    /** Annotates the case from a local source file with a plugin, then refreshes the table and the panes. */
    public void annotate(String pluginId, java.nio.file.Path file) {
        annotationMessage.set(i18n.get("annotate.running", file.getFileName()));
        record Annotated(org.zenome.interpretation.AnnotationSourceRecord record, boolean leftAligned) {
        }
        executor.submit(BackgroundTask.<Annotated>of("annotate", ctx -> {
                    var matching = service.annotationMatching(kase.id());
                    return new Annotated(service.annotate(kase.id(), pluginId, file, matching),
                            matching.leftAligns());
                })
                .onSuccess(a -> {
                    var r = a.record();
                    annotationMessage.set(i18n.get("annotate.done", r.name() + (r.version().isEmpty() ? ""
                            : " " + r.version()), r.matched(), r.lookedUp()) + " "
                            + (a.leftAligned() ? i18n.get("annotate.leftAligned") : i18n.get("annotate.notLeftAligned")));
                    changed.run();
                    reload();
                })
                .onFailure(e -> annotationMessage.set(UserErrors.describe(e, i18n))));
    }

    public ReadOnlyStringProperty annotationMessageProperty() {
        return annotationMessage.getReadOnlyProperty();
    }

    /** The gene lists the consent dialog offers. */
    public List<SecondaryFindingList> geneLists() {
        return service.lists().all();
    }

    // ---- properties --------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Finding> findingProperty() {
        return finding.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FindingView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ObservableList<CriterionRow> criteria() {
        return criteria;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObservableList<String> annotations() {
        return annotations;
    }

    public ReadOnlyStringProperty rulesClassProperty() {
        return rulesClass.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pointsClassProperty() {
        return pointsClass.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty disagreementProperty() {
        return disagreement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secondaryProperty() {
        return secondary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty germlineFlagProperty() {
        return germlineFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationTextProperty() {
        return confirmationText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty returnAllowedProperty() {
        return returnAllowed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty consentTextProperty() {
        return consentText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SecondaryFindingConsent> consentProperty() {
        return consent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tmbTextProperty() {
        return tmbText.getReadOnlyProperty();
    }

    public BooleanProperty lofMechanismProperty() {
        return lofMechanism;
    }

    public ObjectProperty<InheritanceMode> inheritanceProperty() {
        return inheritance;
    }

    public BooleanProperty parentageConfirmedProperty() {
        return parentageConfirmed;
    }

    public CaseSummary kase() {
        return kase;
    }
}
