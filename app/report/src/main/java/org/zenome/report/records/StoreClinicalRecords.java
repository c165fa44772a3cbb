package org.zenome.report.records;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.ResultReturn;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.Region;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.GermlineClassification;
import org.zenome.interpretation.HistoryEntry;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.panel.ActionKind;
import org.zenome.panel.Attendee;
import org.zenome.panel.CaseReview;
import org.zenome.panel.Decision;
import org.zenome.panel.Meeting;
import org.zenome.panel.Outcome;
import org.zenome.panel.RecommendedAction;
import org.zenome.report.ReportBuilder;
import org.zenome.report.model.AnnotationSource;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.Consent;
import org.zenome.report.model.FindingCategory;
import org.zenome.report.model.Interpretation;
import org.zenome.report.model.PanelRecord;
import org.zenome.report.model.ReportedFinding;
import org.zenome.store.CaseStore;

/**
 * The report sections from the case store's own records: the panel's decisions, conclusion, meeting, attendees,
 * quorum and sign-off (panel module), and the classification, somatic records, confirmatory tests, consent, TMB and
 * annotation sources (interpretation module).
 *
 * <p>Which findings a report shows: with panel decisions, those of the current review version decided as primary,
 * presumed germline or secondary (the latest decision per finding wins; "not reported" removes it). Without
 * decisions (a draft before the panel), every finding with a classification or somatic record is listed as primary.
 * A decision names its finding by the row ID or by {@code chrom:pos ref>alt} (also {@code chrom:pos:ref:alt}).
 */
public final class StoreClinicalRecords implements ClinicalRecordSource {
    private static final Pattern VARIANT = Pattern.compile("(\\S+?)[:\\s](\\d+)[\\s:]+([ACGTN*.-]+)(?:>|:)([ACGTN*.,<>A-Za-z-]+)");

    private final CaseStore store;

    public StoreClinicalRecords(CaseStore store) {
        this.store = store;
    }

    @Override
    public Optional<Interpretation> interpretation(CaseSummary c) {
        Map<Long, FindingCategory> reported = new LinkedHashMap<>();
        Map<Long, List<RecommendedAction>> actions = new LinkedHashMap<>();
        Map<Long, String> rationale = new LinkedHashMap<>();
        Optional<CaseReview> review = store.reviews().current(c.caseId());
        List<Decision> decisions = review.map(r -> store.reviews().decisions(c.caseId(), r.number())).orElse(List.of());
        for (Decision d : decisions) {
            Long id = resolve(c, d.findingRef());
            if (id == null) {
                continue;
            }
            if (d.outcome() == Outcome.NOT_REPORTED) {
                reported.remove(id);
                continue;
            }
            reported.put(id, switch (d.outcome()) {
                case PRESUMED_GERMLINE -> FindingCategory.PRESUMED_GERMLINE;
                case SECONDARY -> FindingCategory.SECONDARY;
                default -> FindingCategory.PRIMARY;
            });
            actions.put(id, d.actions());
            rationale.put(id, d.rationale());
        }
        if (decisions.isEmpty()) {
            Set<Long> interpreted = new LinkedHashSet<>();
            for (HistoryEntry h : store.interpretation().caseHistory(c.id())) {
                interpreted.add(h.findingId());
            }
            for (Long id : interpreted) {
                if (store.interpretation().classification(id).isPresent()
                        || store.interpretation().somatic(id).isPresent()) {
                    reported.put(id, FindingCategory.PRIMARY);
                }
            }
        }
        var tmb = store.interpretation().tmb(c.id());
        List<AnnotationSourceRecord> sources = store.interpretation().annotationSources(c.id());
        List<org.zenome.report.model.Phenotype> phenotypes = PhenotypeRecords.phenotypes(store, c.id());
        if (reported.isEmpty() && tmb.isEmpty() && sources.isEmpty() && review.isEmpty() && phenotypes.isEmpty()) {
            return Optional.empty();
        }
        List<ReportedFinding> findings = new ArrayList<>();
        for (Map.Entry<Long, FindingCategory> e : reported.entrySet()) {
            Optional<FindingDetail> detail = store.findings().detail(e.getKey());
            if (detail.isEmpty()) {
                continue;
            }
            findings.add(finding(c, detail.get().finding(), e.getValue(), actions.getOrDefault(e.getKey(), List.of()),
                    rationale.getOrDefault(e.getKey(), "")));
        }
        List<AnnotationSource> dbs = new ArrayList<>();
        for (AnnotationSourceRecord s : sources) {
            dbs.add(new AnnotationSource(s.name(), s.version(), s.at() == null ? ""
                    : s.at().atZone(ZoneId.systemDefault()).toLocalDate().toString(), s.sha256()));
        }
        dbs.addAll(PhenotypeRecords.sources(store, c.id()));
        return Optional.of(new Interpretation(findings, tmb.map(t -> t.perMb()).orElse(null),
                tmb.map(t -> t.mutations() + " mutations / " + String.format(Locale.ROOT, "%.1f", t.callableMb())
                        + " Mb; " + t.settings()).orElse(""), dbs, phenotypes));
    }

    private ReportedFinding finding(CaseSummary c, Finding f, FindingCategory category, List<RecommendedAction> acts,
                                    String comment) {
        ReportedFinding b = ReportBuilder.fromFinding(c, f, category, comment);
        Optional<GermlineClassification> g = store.interpretation().classification(f.id());
        Optional<SomaticRecord> s = store.interpretation().somatic(f.id());
        ConfirmatoryTest test = store.interpretation().resultReturn(f.id()).map(ResultReturn::confirmation)
                .orElse(null);
        boolean counselling = acts.stream().anyMatch(a -> a.kind() == ActionKind.GENETIC_COUNSELLING
                || a.kind() == ActionKind.CASCADE_TESTING);
        return new ReportedFinding(f.id(), category, b.gene(), b.transcript(), b.hgvsC(), b.hgvsP(), b.chrom(), b.pos(),
                b.ref(), b.alt(), b.zygosity(), b.vaf(), g.map(GermlineClassification::rulesClass).orElse(null),
                g.map(x -> x.counted().stream().map(AppliedCriterion::label).toList()).orElse(List.of()),
                s.map(SomaticRecord::tier).orElse(null), s.map(SomaticRecord::evidenceLevel).orElse(null),
                s.map(SomaticRecord::therapies).orElse(List.of()), "", "", comment, test,
                counselling || category != FindingCategory.PRIMARY);
    }

    /** The finding a decision names: its row ID, or chrom:pos ref>alt. */
    Long resolve(CaseSummary c, String ref) {
        String r = ref == null ? "" : ref.strip();
        if (r.matches("\\d+")) {
            long id = Long.parseLong(r);
            return store.findings().detail(id).map(d -> d.finding().id()).orElse(null);
        }
        Matcher m = VARIANT.matcher(r);
        if (!m.find()) {
            return null;
        }
        int pos = Integer.parseInt(m.group(2));
        Optional<Region> region = Region.parse(m.group(1) + ":" + pos + "-" + pos);
        if (region.isEmpty()) {
            return null;
        }
        for (Finding f : store.findings().query(c.id(), VariantFilter.all().withRegion(region.get()), 0, 50)) {
            if (f.pos() == pos && f.ref().equalsIgnoreCase(m.group(3)) && f.alt().equalsIgnoreCase(m.group(4))) {
                return f.id();
            }
        }
        return null;
    }

    @Override
    public Optional<PanelRecord> panel(CaseSummary c) {
        Optional<CaseReview> review = store.reviews().current(c.caseId());
        List<Meeting> meetings = store.meetings().forCase(c.caseId());
        if (review.isEmpty() && meetings.isEmpty()) {
            return Optional.empty();
        }
        Meeting meeting = null;
        Long wanted = review.map(CaseReview::meetingId).orElse(null);
        for (Meeting m : meetings) {
            if (wanted == null || m.id() == wanted) {
                meeting = m;
            }
        }
        List<PanelRecord.Attendee> attendees = new ArrayList<>();
        if (meeting != null) {
            for (Attendee a : meeting.attendees()) {
                // a treating physician attending for another patient's case is not part of this case's record
                if (a.role().isPanelMember() && (a.wholeMeeting() || a.forCases().contains(c.caseId()))) {
                    attendees.add(new PanelRecord.Attendee(a.name(), a.role().description()));
                }
            }
        }
        List<String> recommendations = new ArrayList<>();
        if (review.isPresent()) {
            for (Decision d : store.reviews().decisions(c.caseId(), review.get().number())) {
                if (d.outcome() == Outcome.NOT_REPORTED) {
                    continue;
                }
                for (RecommendedAction a : d.actions()) {
                    String text = (d.findingLabel().isEmpty() ? "" : d.findingLabel() + ": ")
                            + a.kind().code().replace('-', ' ') + (a.detail().isEmpty() ? "" : " — " + a.detail())
                            + (a.evidenceLevel().isEmpty() ? "" : " (" + a.evidenceLevel() + ")");
                    if (!recommendations.contains(text)) {
                        recommendations.add(text);
                    }
                }
            }
        }
        CaseReview r = review.orElse(null);
        String conclusion = r == null ? "" : !r.summary().isBlank() ? r.summary() : r.conclusion();
        PanelRecord.Circulation circulation = null;
        if (meeting != null && meeting.format() == org.zenome.panel.MeetingFormat.CIRCULATION) {
            org.zenome.panel.CirculationCheck check = meeting.agenda().stream()
                    .filter(a -> a.caseId().equals(c.caseId())).map(org.zenome.panel.AgendaItem::circulation)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            circulation = check == null ? new PanelRecord.Circulation(false, false, "", null, List.of())
                    : new PanelRecord.Circulation(true, check.eligible(), check.ruleId() + " ("
                    + check.rulesVersion() + ")", check.checkedAt(), check.conditions().stream()
                    .map(x -> new PanelRecord.Condition(x.condition(), x.met(), String.join("; ", x.items())))
                    .toList());
        }
        return Optional.of(new PanelRecord(meeting == null ? null : meeting.heldAt().toLocalDate(),
                meeting == null ? "" : meeting.format().code(), attendees,
                meeting != null && meeting.quorum() != null && meeting.quorum().met(),
                meeting == null || meeting.quorum() == null ? "" : meeting.quorum().text(), conclusion,
                recommendations, r == null || !r.signed() ? null : r.signedBy(), r == null ? null : r.signedAt(),
                r == null || !r.signed() || r.signedAudit() == null ? "" : r.signedAudit().toString(), circulation));
    }

    @Override
    public Optional<Consent> consent(CaseSummary c) {
        return store.interpretation().consent(c.id()).map(k -> new Consent(
                k.choice() != SecondaryFindingConsent.Choice.NONE, k.user(), k.at()));
    }
}
