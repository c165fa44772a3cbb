package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.FindingRef;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.panel.Accounts;
import org.zenome.panel.CirculationRules;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.PanelService;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.User;
import org.zenome.qc.QcResult;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.report.records.StoreClinicalRecords;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * The report of a case discussed by circulation shows, beside the quorum, the eligibility check recorded with its
 * agenda entry: the rule, eligible or not, and each condition (read back from the PDF, in both languages).
 */
class CirculationReportTest {
    @Test
    void theReportShowsTheCirculationCheckBesideTheQuorum(@TempDir Path dir) throws Exception {
        Path rulesFile = dir.resolve("hospital-circulation-rules.json");
        Files.writeString(rulesFile, "{\"version\": \"hosp-1\", \"rules\": [{\"id\": \"cancer-circ-test\", "
                + "\"diseaseArea\": \"cancer\", \"conditions\": [{\"condition\": \"qc-acknowledged\"}, "
                + "{\"condition\": \"treating-physician-information\"}, {\"condition\": \"established-evidence-only\", "
                + "\"levels\": [\"A\", \"B\"]}]}]}");
        try (SqliteCaseStore store = TestCases.store(dir)) {
            CaseSummary c = store.cases().find(TestCases.CANCER).orElseThrow();
            store.users().createFirstAdministrator("sec", "Sato Secretary", Set.of(PanelRole.SECRETARY,
                    PanelRole.ADMINISTRATOR), "not-a-real-hash");
            store.users().create("sec", "chair", "Dr Chair", Set.of(PanelRole.DRUG_THERAPY_PHYSICIAN),
                    "not-a-real-hash");
            User sec = store.users().find("sec").orElseThrow();
            PanelService panel = new PanelService(store, new Accounts(store.users()), QuorumRules.builtIn(),
                    CirculationRules.load(rulesFile), Clock.systemUTC());
            store.qc().save(c.id(), new QcResult(c.caseId(), Instant.now(), "bio", "test", List.of(), List.of(),
                    List.of(), List.of(), List.of()));
            Meeting m = panel.createMeeting(sec, LocalDateTime.of(2026, 11, 26, 17, 0), MeetingFormat.CIRCULATION,
                    DiseaseArea.CANCER, "EP by circulation", "chair", true);
            panel.addToAgenda(sec, m.id(), c.caseId(), false, true, "Dr Ito");

            ReportService s = new ReportService(store, new StoreClinicalRecords(store),
                    new PdfReportRenderer(ReportTemplates.builtIn()), ReportWiring.events(store), ReportPdfTest.CLOCK);
            String en = PdfChecks.compact(s.preview(new ReportService.Request(c.caseId(), "cancer", ReportLanguage.EN,
                    Map.of())).pdf());
            assertThat(en).contains("Quorum", "Eligibilityforcirculation", "eligible:everyconditionmet",
                    "rulecancer-circ-test(hosp-1)", "met:everysample-QCproblemacknowledged",
                    "met:treatingphysician'sinformationsupplied",
                    "met:recommendationsatestablishedevidencelevelsonly").doesNotContain("unmet");
            // the quorum row comes first, the circulation row after it
            assertThat(en.indexOf("Quorum")).isLessThan(en.indexOf("Eligibilityforcirculation"));

            // an evidence level C recorded during the circulation: the re-check is recorded and reported
            Finding egfr = store.findings().query(c.id(), VariantFilter.all().withGenes(List.of("EGFR")), 0, 1).get(0);
            store.interpretation().saveSomatic(FindingRef.of(c.id(), egfr), new SomaticRecord(egfr.id(), null, null,
                    JapaneseEvidenceLevel.C, List.of(), "", "onc", Instant.now()));
            assertThat(panel.checkCirculation(sec, m.id()).get(c.caseId()).eligible()).isFalse();
            String ja = PdfChecks.compact(s.preview(new ReportService.Request(c.caseId(), "cancer", ReportLanguage.JA,
                    Map.of())).pdf());
            assertThat(ja).contains("持ち回り協議の適格性", "不適格", "規則cancer-circ-test(hosp-1)",
                    "未充足:推奨が確立したエビデンスレベルのもののみ", "evidencelevelC", "充足:検体QCの問題がすべて確認済み");
        }
    }
}
