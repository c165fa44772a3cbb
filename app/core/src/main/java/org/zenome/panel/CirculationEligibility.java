package org.zenome.panel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.SampleRole;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.interpretation.FindingRef;
import org.zenome.interpretation.FindingStatus;
import org.zenome.interpretation.PresumedGermline;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SecondaryFindingList;
import org.zenome.interpretation.SecondaryFindingLists;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.qc.QcAcknowledgement;
import org.zenome.qc.QcProblem;
import org.zenome.qc.QcResult;
import org.zenome.store.CaseStore;

/**
 * Computes whether a case may be discussed by circulation under the rule of its disease area, from the case's
 * records only: the findings and their interpretation (classes, somatic records, annotations), the consent and
 * the secondary-finding gene list, the sample QC and its acknowledgements, the phenotype, and the panel's record
 * (decisions, recommended actions and votes of the current review version, the agenda entry). Nothing here is a
 * flag a user sets to make a case eligible. Blocking (SQL); desktop callers run it on the worker.
 */
public final class CirculationEligibility {
    /** Findings read per page of a gene-list pass. */
    private static final int PAGE = 5_000;

    private final CaseStore store;
    private final CirculationRules rules;
    private final SecondaryFindingLists lists;
    private final PresumedGermline germline;
    private final Clock clock;

    public CirculationEligibility(CaseStore store, CirculationRules rules, SecondaryFindingLists lists,
                                  PresumedGermline germline, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.germline = Objects.requireNonNull(germline, "germline");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CirculationRules rules() {
        return rules;
    }

    /**
     * Checks a case for a meeting of the given disease area.
     *
     * @param item the case's agenda entry (the treating physician and the history it records); null when the
     *             case is not on the agenda (the treating-physician condition then fails)
     */
    public CirculationCheck check(String caseId, org.zenome.domain.DiseaseArea meetingArea, AgendaItem item) {
        CaseSummary kase = store.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException("no case "
                + caseId));
        Optional<CirculationRules.Rule> rule = rules.rule(meetingArea);
        if (rule.isEmpty()) {
            return new CirculationCheck(rules.version(), "none", false, List.of(new CirculationCheck.ConditionResult(
                    CirculationRules.Condition.RULE_DEFINED.code(), false, List.of("no rule for "
                    + meetingArea.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))), clock.instant());
        }
        Records r = new Records(kase);
        List<CirculationCheck.ConditionResult> results = new ArrayList<>();
        for (CirculationRules.Requirement q : rule.get().requirements()) {
            List<String> items = switch (q.condition()) {
                case NO_PRESUMED_GERMLINE -> presumedGermline(r);
                case NO_SECONDARY_FINDING -> secondaryFindings(r);
                case NO_CLASSIFICATION_DISAGREEMENT -> disagreements(r);
                case QC_ACKNOWLEDGED -> qc(r, q.requireQc());
                case TREATING_PHYSICIAN_INFORMATION -> treatingPhysician(r, item);
                case ESTABLISHED_EVIDENCE_ONLY -> evidence(r, q.levels());
                case PHENOTYPE_RECORDED -> phenotype(r);
                case RULE_DEFINED -> List.of();
            };
            results.add(new CirculationCheck.ConditionResult(q.condition().code(), items.isEmpty(), items));
        }
        return new CirculationCheck(rules.version(), rule.get().id(),
                results.stream().allMatch(CirculationCheck.ConditionResult::met), results, clock.instant());
    }

    /** What the conditions read, each loaded once. */
    private final class Records {
        final CaseSummary kase;
        private List<Decision> decisions;
        private List<Vote> votes;
        private List<Long> interpreted;
        private Map<Long, FindingStatus> statuses;

        Records(CaseSummary kase) {
            this.kase = kase;
        }

        boolean tumour() {
            return kase.samples().stream().anyMatch(s -> s.role() == SampleRole.TUMOUR);
        }

        List<Decision> decisions() {
            if (decisions == null) {
                decisions = store.reviews().current(kase.caseId()).map(v -> store.reviews().decisions(kase.caseId(),
                        v.number())).orElse(List.of());
            }
            return decisions;
        }

        List<Vote> votes() {
            if (votes == null) {
                votes = store.reviews().current(kase.caseId()).map(v -> store.reviews().votes(kase.caseId(),
                        v.number())).orElse(List.of());
            }
            return votes;
        }

        List<Long> interpreted() {
            if (interpreted == null) {
                interpreted = store.interpretation().interpretedFindings(kase.id());
            }
            return interpreted;
        }

        Map<Long, FindingStatus> statuses() {
            if (statuses == null) {
                statuses = store.interpretation().statuses(interpreted());
            }
            return statuses;
        }

        String label(long findingId) {
            return store.findings().detail(findingId).map(FindingDetail::finding)
                    .map(f -> FindingRef.of(kase.id(), f).label()).orElse("finding " + findingId);
        }

        /** Every finding of the case on one of the genes, in position order, a page at a time. */
        List<Finding> onGenes(List<String> genes) {
            List<Finding> out = new ArrayList<>();
            if (genes.isEmpty()) {
                return out;
            }
            VariantFilter filter = VariantFilter.all().withGenes(genes);
            long after = 0;
            while (true) {
                List<Finding> page = store.findings().queryAfter(kase.id(), filter, after, PAGE);
                out.addAll(page);
                if (page.size() < PAGE) {
                    return out;
                }
                after = page.get(page.size() - 1).id();
            }
        }
    }

    private static String decisionLabel(Decision d) {
        return d.findingLabel().isEmpty() ? d.findingRef() : d.findingLabel();
    }

    /**
     * Presumed germline findings of a tumour case (the hereditary-cancer-gene flag the interpretation pane shows;
     * with the ClinVar significance of the case's annotation sources for interpreted findings), decisions that
     * report a finding as presumed germline, and recommended genetic counselling or cascade testing.
     */
    private List<String> presumedGermline(Records r) {
        List<String> out = new ArrayList<>();
        if (r.tumour()) {
            Set<Long> interpreted = Set.copyOf(r.interpreted());
            for (Finding f : r.onGenes(germline.genes().symbols())) {
                ClinicalSignificance override = interpreted.contains(f.id()) ? clinvar(f.id()) : null;
                germline.check(f, r.kase.samples(), override).ifPresent(flag -> out.add(FindingRef.of(r.kase.id(), f)
                        .label() + " (presumed germline: " + flag.pathogenicBy() + ", "
                        + flag.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"));
            }
        }
        for (Decision d : r.decisions()) {
            if (d.outcome() == Outcome.PRESUMED_GERMLINE) {
                out.add(decisionLabel(d) + " (decision: presumed germline)");
            }
            for (RecommendedAction a : d.actions()) {
                if (a.kind() == ActionKind.GENETIC_COUNSELLING || a.kind() == ActionKind.CASCADE_TESTING) {
                    out.add(decisionLabel(d) + " (recommended: " + a.kind().code() + ")");
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private ClinicalSignificance clinvar(long findingId) {
        for (FindingAnnotation a : store.interpretation().annotations(findingId)) {
            if ("clinvar".equals(a.kind()) && a.field("significance") != null) {
                ClinicalSignificance c = ClinicalSignificance.parse(a.field("significance").replace(' ', '_'));
                if (c != ClinicalSignificance.NONE) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Pathogenic or likely pathogenic findings of germline origin on a gene of the case's secondary-finding list
     * (classified here under the combining rules, or, while unclassified, by ClinVar) that the patient's consent
     * lets be disclosed or that no consent decides yet, and decisions that report a secondary finding.
     */
    private List<String> secondaryFindings(Records r) {
        List<String> out = new ArrayList<>();
        Optional<SecondaryFindingConsent> consent = store.interpretation().consent(r.kase.id());
        SecondaryFindingList list = lists.resolve(consent.map(SecondaryFindingConsent::geneListId).orElse(null));
        List<Finding> onList = r.onGenes(list.symbols());
        Map<Long, FindingStatus> st = store.interpretation().statuses(onList.stream().map(Finding::id).toList());
        boolean tumour = r.tumour();
        for (Finding f : onList) {
            FindingStatus s = st.get(f.id());
            String why;
            if (s != null && s.rulesClass() != null) {
                if (s.rulesClass() != AcmgClass.PATHOGENIC && s.rulesClass() != AcmgClass.LIKELY_PATHOGENIC) {
                    continue;
                }
                why = s.rulesClass().label();
            } else {
                ClinicalSignificance c = ClinicalSignificance.parse(f.clinvarSignificance());
                if (c != ClinicalSignificance.PATHOGENIC && c != ClinicalSignificance.LIKELY_PATHOGENIC) {
                    continue;
                }
                why = "ClinVar " + (c == ClinicalSignificance.PATHOGENIC ? "Pathogenic" : "Likely pathogenic")
                        + ", unclassified";
            }
            if (tumour && PresumedGermline.germlineOrigin(f, r.kase.samples()).isEmpty()) {
                continue; // somatic: not a secondary finding
            }
            if (consent.isPresent() && !list.visible(f.gene(), consent.get())) {
                continue; // the patient does not wish to learn of it
            }
            out.add(FindingRef.of(r.kase.id(), f).label() + " (" + why + ", " + list.id()
                    + (consent.isEmpty() ? ", no consent recorded" : ", disclosure wished") + ")");
        }
        for (Decision d : r.decisions()) {
            if (d.outcome() == Outcome.SECONDARY) {
                out.add(decisionLabel(d) + " (decision: secondary finding)");
            }
        }
        return out;
    }

    /** Findings whose class differs between the combining rules and the points; findings with a disagree vote. */
    private List<String> disagreements(Records r) {
        List<String> out = new ArrayList<>();
        for (long id : r.interpreted()) {
            FindingStatus s = r.statuses().get(id);
            if (s != null && s.rulesClass() != null && s.pointsClass() != null && s.rulesClass() != s.pointsClass()) {
                out.add(r.label(id) + " (rules " + s.rulesClass().label() + ", points " + s.pointsClass().label()
                        + ")");
            }
        }
        Map<String, List<Vote>> byFinding = r.votes().stream().collect(Collectors.groupingBy(Vote::findingRef,
                LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Vote>> e : byFinding.entrySet()) {
            long agree = e.getValue().stream().filter(v -> v.value() == VoteValue.AGREE).count();
            long disagree = e.getValue().stream().filter(v -> v.value() == VoteValue.DISAGREE).count();
            if (disagree > 0) {
                out.add(e.getKey() + " (votes: " + agree + " agree, " + disagree + " disagree)");
            }
        }
        return out;
    }

    /** The latest sample QC's problems without an acknowledgement; QC never run when it is required. */
    private List<String> qc(Records r, boolean requireQc) {
        Optional<QcResult> q = store.qc().latest(r.kase.id());
        if (q.isEmpty()) {
            return requireQc ? List.of("sample QC not run") : List.of();
        }
        Set<String> acknowledged = store.qc().acknowledgements(r.kase.id()).stream()
                .map(QcAcknowledgement::problemKey).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        for (QcProblem p : q.get().problems()) {
            if (!acknowledged.contains(p.key())) {
                out.add((p.identity() ? "identity: " : "") + p.key() + " (" + p.message() + ")");
            }
        }
        return out;
    }

    /** The agenda names the treating physician and records their treatment and family history; a diagnosis. */
    private static List<String> treatingPhysician(Records r, AgendaItem item) {
        List<String> out = new ArrayList<>();
        if (item == null || item.treatingPhysician() == null || item.treatingPhysician().isBlank()) {
            out.add("no treating physician recorded on the agenda");
        }
        if (item == null || !item.historySupplied()) {
            out.add("treatment and family history not supplied");
        }
        if (r.kase.diagnosis() == null || r.kase.diagnosis().isBlank()) {
            out.add("no diagnosis recorded on the case");
        }
        return out;
    }

    /**
     * Somatic evidence levels outside the established ones, and treatment or trial recommendations without an
     * established level.
     */
    private List<String> evidence(Records r, Set<JapaneseEvidenceLevel> levels) {
        List<String> out = new ArrayList<>();
        String allowed = levels.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        for (long id : r.interpreted()) {
            Optional<SomaticRecord> s = store.interpretation().somatic(id);
            if (s.isPresent() && s.get().evidenceLevel() != null && !levels.contains(s.get().evidenceLevel())) {
                out.add(r.label(id) + " (evidence level " + s.get().evidenceLevel().name() + ", established: "
                        + allowed + ")");
            }
            for (org.zenome.classification.somatic.Therapy t : s.map(SomaticRecord::therapies).orElse(List.of())) {
                if (t.evidenceLevel() != null && !levels.contains(t.evidenceLevel())) {
                    out.add(r.label(id) + " (therapy " + t.drug() + ": evidence level " + t.evidenceLevel().name()
                            + ", established: " + allowed + ")");
                }
            }
        }
        for (Decision d : r.decisions()) {
            if (d.outcome() == Outcome.NOT_REPORTED) {
                continue;
            }
            for (RecommendedAction a : d.actions()) {
                if (a.kind() != ActionKind.TREATMENT && a.kind() != ActionKind.CLINICAL_TRIAL) {
                    continue;
                }
                Optional<JapaneseEvidenceLevel> l = JapaneseEvidenceLevel.parse(a.evidenceLevel());
                if (l.isEmpty() || !levels.contains(l.get())) {
                    out.add(decisionLabel(d) + " (recommended " + a.kind().code() + (a.detail().isEmpty() ? ""
                            : " " + a.detail()) + ": " + (l.isEmpty() ? "no evidence level" : "evidence level "
                            + l.get().name()) + ")");
                }
            }
        }
        return out;
    }

    /** At least one observed (not excluded) phenotype term on the case. */
    private List<String> phenotype(Records r) {
        boolean any = store.phenotypes().features(r.kase.id()).stream().anyMatch(f -> !f.excluded());
        return any ? List.of() : List.of("no observed phenotype (HPO term) recorded");
    }
}
