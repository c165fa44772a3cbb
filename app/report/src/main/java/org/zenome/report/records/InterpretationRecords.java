package org.zenome.report.records;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.ResultReturn;
import org.zenome.classification.SuggestionSettings;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.interpretation.Actor;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.GermlineClassification;
import org.zenome.interpretation.InterpretationService;
import org.zenome.interpretation.PresumedGermline;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SecondaryFindingGene;
import org.zenome.interpretation.SecondaryFindingList;
import org.zenome.interpretation.SecondaryFindingLists;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.interpretation.TmbResult;
import org.zenome.report.ReportBuilder;
import org.zenome.report.model.AnnotationSource;
import org.zenome.report.model.Phenotype;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.Consent;
import org.zenome.report.model.FindingCategory;
import org.zenome.report.model.Interpretation;
import org.zenome.report.model.ReportedFinding;
import org.zenome.store.CaseStore;
import org.zenome.store.InterpretationRepository;

/**
 * The report's clinical sections from the interpretation records (issue 4): reportable findings (germline class
 * pathogenic or likely pathogenic under the combining rules, or a somatic record with a tier I/II or an evidence
 * level), TMB, annotation sources with their SHA-256, and consent. Findings on secondary-finding genes the patient
 * has not consented to are never handed to the report.
 */
public final class InterpretationRecords implements ClinicalRecordSource {
    private final CaseStore store;
    private final InterpretationService service;
    private final PresumedGermline germline = PresumedGermline.standard();

    public InterpretationRecords(CaseStore store) {
        this.store = store;
        this.service = new InterpretationService(store, Actor.osUser(), Clock.systemUTC(),
                SecondaryFindingLists.load(SecondaryFindingLists.userFolder()), SuggestionSettings.defaults());
    }

    @Override
    public Optional<Interpretation> interpretation(CaseSummary c) {
        InterpretationRepository r = store.interpretation();
        List<Long> ids = r.interpretedFindings(c.id());
        Optional<TmbResult> tmb = r.tmb(c.id());
        List<AnnotationSourceRecord> sources = r.annotationSources(c.id());
        List<Phenotype> phenotypes = PhenotypeRecords.phenotypes(store, c.id());
        if (ids.isEmpty() && tmb.isEmpty() && sources.isEmpty() && phenotypes.isEmpty()) {
            return Optional.empty();
        }
        SecondaryFindingList list = service.activeList(c.id());
        List<ReportedFinding> out = new ArrayList<>();
        for (long id : ids) {
            Optional<FindingDetail> d = store.findings().detail(id);
            if (d.isEmpty()) {
                continue;
            }
            Finding f = d.get().finding();
            if (!service.mayReport(c.id(), f.gene())) {
                continue; // a secondary-finding gene without consent never reaches a report
            }
            Optional<GermlineClassification> g = r.classification(id);
            Optional<SomaticRecord> s = r.somatic(id);
            boolean germlineReportable = g.map(x -> x.rulesClass() == AcmgClass.PATHOGENIC
                    || x.rulesClass() == AcmgClass.LIKELY_PATHOGENIC).orElse(false);
            boolean somaticReportable = s.map(x -> x.evidenceLevel() != null || x.tier() != null
                    && (x.tier().tier().equals("I") || x.tier().tier().equals("II"))).orElse(false);
            if (!germlineReportable && !somaticReportable) {
                continue;
            }
            Optional<SecondaryFindingGene> sf = list.gene(f.gene());
            Optional<PresumedGermline.Flag> flag = c.diseaseArea() == DiseaseArea.CANCER
                    ? germline.check(f, c.samples(), null) : Optional.empty();
            FindingCategory category = somaticReportable ? FindingCategory.PRIMARY
                    : flag.isPresent() ? FindingCategory.PRESUMED_GERMLINE
                    : sf.isPresent() && c.diseaseArea() == DiseaseArea.RARE_DISEASE ? FindingCategory.SECONDARY
                    : FindingCategory.PRIMARY;
            ReportedFinding base = ReportBuilder.fromFinding(c, f, category, s.map(SomaticRecord::note).orElse(""));
            ConfirmatoryTest test = r.resultReturn(id).map(ResultReturn::confirmation).orElse(null);
            out.add(new ReportedFinding(base.findingId(), category, base.gene(), base.transcript(), base.hgvsC(),
                    base.hgvsP(), base.chrom(), base.pos(), base.ref(), base.alt(), base.zygosity(), base.vaf(),
                    g.filter(x -> germlineReportable).map(GermlineClassification::rulesClass).orElse(null),
                    g.map(x -> x.counted().stream().map(AppliedCriterion::label).toList()).orElse(List.of()),
                    s.map(SomaticRecord::tier).orElse(null), s.map(SomaticRecord::evidenceLevel).orElse(null),
                    s.map(SomaticRecord::therapies).orElse(List.of()),
                    sf.map(x -> String.join("; ", x.disorders())).orElse(""),
                    sf.map(SecondaryFindingGene::inheritance).orElse(""), base.comment(), test,
                    flag.isPresent() || category == FindingCategory.SECONDARY));
        }
        List<AnnotationSource> annotationSources = new ArrayList<>(sources.stream().map(x -> new AnnotationSource(
                x.name(), x.version(), x.at().toString().substring(0, 10), x.sha256())).toList());
        annotationSources.addAll(PhenotypeRecords.sources(store, c.id()));
        return Optional.of(new Interpretation(out, tmb.map(TmbResult::perMb).orElse(null),
                tmb.map(TmbResult::settings).orElse(""), annotationSources, phenotypes));
    }

    @Override
    public boolean mayReport(CaseSummary c, String gene) {
        return service.mayReport(c.id(), gene);
    }

    @Override
    public Optional<Consent> consent(CaseSummary c) {
        return store.interpretation().consent(c.id()).map(x -> new Consent(
                x.choice() != SecondaryFindingConsent.Choice.NONE, x.user(), x.at()));
    }
}
