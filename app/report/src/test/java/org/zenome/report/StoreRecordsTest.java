package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEntry;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapanApprovalStatus;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.IssuedReport;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.FindingRef;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.interpretation.TmbResult;
import org.zenome.panel.ActionKind;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.Outcome;
import org.zenome.panel.PanelRole;
import org.zenome.panel.QuorumResult;
import org.zenome.panel.RecommendedAction;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.report.records.StoreClinicalRecords;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * The report filled from the store's own panel and interpretation records (no test doubles): a meeting with its
 * attendees and quorum, decisions, a somatic record with a therapy, consent, TMB, sign-off; the issue lands in the
 * audit log and the chain still verifies.
 */
class StoreRecordsTest {
    @Test
    void aSignedOffCaseReportsThePanelsDecisionsAndTheIssueIsAudited(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            CaseSummary c = store.cases().find(TestCases.CANCER).orElseThrow();
            Finding egfr = store.findings().query(c.id(), VariantFilter.all().withGenes(List.of("EGFR")), 0, 1).get(0);
            Finding brca2 = store.findings().query(c.id(), VariantFilter.all().withGenes(List.of("BRCA2")), 0, 1)
                    .get(0);
            Instant now = Instant.parse("2026-11-19T10:00:00Z");
            store.interpretation().saveSomatic(new FindingRef(c.id(), egfr.id(), egfr.chrom(), egfr.pos(), egfr.ref(),
                    egfr.alt(), egfr.gene()), new SomaticRecord(egfr.id(), AmpTier.TIER_I_A, null,
                    JapaneseEvidenceLevel.A, List.of(new Therapy("osimertinib", JapanApprovalStatus.APPROVED_SAME_CANCER,
                    JapaneseEvidenceLevel.A, "label", List.of())), "", "onc", now));
            store.interpretation().saveConsent(c.id(), new SecondaryFindingConsent(SecondaryFindingConsent.Choice.NONE,
                    Set.of(), "acmg-sf-v3.1", false, LocalDate.of(2026, 10, 1), "", "gc", now));
            store.interpretation().saveTmb(c.id(), new TmbResult(430, 35.8, "coding SNV+indel", "bioinf", now));

            store.users().createFirstAdministrator("chair", "Dr Chair", Set.of(PanelRole.DRUG_THERAPY_PHYSICIAN,
                    PanelRole.ADMINISTRATOR), "not-a-real-hash");
            store.users().create("chair", "gene", "Dr Gene", Set.of(PanelRole.CLINICAL_GENETICIST), "not-a-real-hash");
            Meeting m = store.meetings().create("secretary", LocalDateTime.of(2026, 11, 19, 17, 0),
                    MeetingFormat.HYBRID, DiseaseArea.CANCER, "EP 2026-47", "chair", true);
            store.meetings().addToAgenda("secretary", m.id(), c.caseId(), false, true);
            store.meetings().addAttendee("secretary", m.id(), "Dr Chair", "chair", PanelRole.DRUG_THERAPY_PHYSICIAN,
                    false, now);
            store.meetings().addAttendee("secretary", m.id(), "Dr Gene", "gene", PanelRole.CLINICAL_GENETICIST, true,
                    now);
            store.meetings().recordQuorum("secretary", m.id(), new QuorumResult("cancer-2022", true, List.of(), now));
            store.reviews().recordDecision("chair", -1, c.caseId(), egfr.chrom() + ":" + egfr.pos() + " " + egfr.ref()
                    + ">" + egfr.alt(), "EGFR L858R", "", "A", Outcome.PRIMARY, "sensitising EGFR mutation",
                    List.of(new RecommendedAction(ActionKind.TREATMENT, "osimertinib", "A")), m.id());
            store.reviews().recordDecision("chair", -1, c.caseId(), Long.toString(brca2.id()), "BRCA2 c.5946del",
                    "Pathogenic", "", Outcome.PRESUMED_GERMLINE, "in the normal sample",
                    List.of(new RecommendedAction(ActionKind.CONFIRMATORY_TEST, "germline", ""),
                            new RecommendedAction(ActionKind.GENETIC_COUNSELLING, "", "")), m.id());
            store.reviews().conclude("chair", -1, c.caseId(), "EGFR-TKI indicated", "EGFR L858R: osimertinib.");

            StoreClinicalRecords records = new StoreClinicalRecords(store);
            ReportService s = new ReportService(store, records, new PdfReportRenderer(ReportTemplates.builtIn()),
                    ReportWiring.events(store), ReportPdfTest.CLOCK);
            var req = new ReportService.Request(c.caseId(), "cancer", ReportLanguage.EN, Map.of());
            String draft = PdfChecks.compact(s.preview(req).pdf());
            assertThat(draft).contains("DRAFT", "EGFR", "TierI-A", "osimertinib", "BRCA2", "DrChair", "DrGene",
                    "clinicalgeneticist", "EGFRL858R:osimertinib.", "12.0mutations/Mb", "treatment—osimertinib(A)")
                    .doesNotContain("KRAS", "MLH1");

            // a treating physician attending for another patient's case is not named on this report
            store.meetings().addToAgenda("secretary", m.id(), TestCases.RARE, false, false, "Dr Other", null);
            store.meetings().addAttendee("secretary", m.id(), "Dr Other", null, PanelRole.TREATING_PHYSICIAN, false,
                    now, List.of(TestCases.RARE));
            store.meetings().addAttendee("secretary", m.id(), "Dr Own", null, PanelRole.TREATING_PHYSICIAN, false,
                    now, List.of(c.caseId()));

            var signed = store.reviews().signOff("chair", -1, c.caseId(), m.id());
            assertThat(s.signedOff(c.caseId())).isTrue();
            IssuedReport v1 = s.issue(req, "Dr Reporter", null, null);
            String issued = PdfChecks.compact(s.pdf(v1));
            assertThat(issued).doesNotContain("DRAFT").contains("DrChair", "EGFR", "DrOwn").doesNotContain("DrOther");
            // the sign-off's audit entry is printed: the hospital checks the log against it later
            assertThat(signed.signedAudit()).isNotNull();
            assertThat(issued).contains("Auditlogentryofthesign-off", signed.signedAudit().toString());
            assertThat(store.audit().verify(signed.signedAudit()).intact()).isTrue();
            List<AuditEntry> audit = store.audit().list(c.caseId(), null, null, null);
            assertThat(audit).anySatisfy(e -> assertThat(e.toString()).contains("report.issued", "CA-0001-CA"));
            assertThat(store.audit().verify().toString()).doesNotContain("broken");
        }
    }
}
