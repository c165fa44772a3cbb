package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.IssuedReport;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.StoreException;
import org.zenome.store.sqlite.SqliteCaseStore;

/** Drafts, the signed-off rule, issued versions with their hashes, corrections and superseded versions. */
class ReportLifecycleTest {
    private static final PdfReportRenderer RENDERER = new PdfReportRenderer(ReportTemplates.builtIn());

    @Test
    void aCaseThatIsNotSignedOffGivesOnlyAWatermarkedDraft(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            TestRecords rec = new TestRecords(store);
            rec.signedOff = false;
            ReportService s = service(store, rec);
            var req = new ReportService.Request(TestCases.CANCER, "cancer", ReportLanguage.JA, Map.of());
            byte[] draft = s.preview(req).pdf();
            List<String> pages = PdfChecks.pages(draft);
            for (String p : pages) {
                assertThat(p).as("draft mark on every page").contains("下書き");
            }
            assertThat(PdfChecks.compact(draft)).contains("この報告書は下書きです", "未発行（下書き）");
            assertThatThrownBy(() -> s.issue(req, "報告医 一郎", null, null)).isInstanceOf(ReportException.class)
                    .hasMessageContaining("not signed off");
            assertThat(store.reports().versions(TestCases.CANCER)).isEmpty();
            assertThat(store.cases().find(TestCases.CANCER).orElseThrow().status()).isEqualTo(CaseStatus.DATA_READY);

            rec.signedOff = true;
            assertThat(PdfChecks.compact(s.preview(req).pdf())).doesNotContain("下書き");
        }
    }

    @Test
    void issuedVersionsAreKeptWithTheirHashAndACorrectionSaysWhatChangedAndWhy(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            ReportService s = service(store, new TestRecords(store));
            var req = new ReportService.Request(TestCases.CANCER, "cancer", ReportLanguage.JA, Map.of());
            IssuedReport v1 = s.issue(req, "報告医 一郎", null, null);
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.reportId()).isEqualTo("CA-0001-CA");
            byte[] pdf1 = s.pdf(v1);
            assertThat(v1.sha256()).isEqualTo(sha256(pdf1));
            assertThat(PdfChecks.compact(pdf1)).contains("版:1", "報告医（発行）報告医一郎").doesNotContain("下書き");
            assertThat(store.cases().find(TestCases.CANCER).orElseThrow().status()).isEqualTo(CaseStatus.REPORTED);

            assertThatThrownBy(() -> s.issue(req, "報告医 一郎", "", List.of())).isInstanceOf(ReportException.class)
                    .hasMessageContaining("needs the reason");
            IssuedReport v2 = s.issue(req, "報告医 一郎", "BRCA2 確認検査の結果を反映",
                    List.of("BRCA2 の確認検査: 依頼済み → 確認済み", "推奨事項を更新"));
            assertThat(v2.version()).isEqualTo(2);
            String text2 = PdfChecks.compact(s.pdf(v2));
            assertThat(text2).contains("訂正版", "第1", "BRCA2確認検査の結果を反映", "BRCA2の確認検査:依頼済み→確認済み", "版:2");

            List<IssuedReport> all = s.versions(TestCases.CANCER);
            assertThat(all).extracting(IssuedReport::version).containsExactly(1, 2);
            assertThat(all.get(0).superseded()).isTrue();
            assertThat(all.get(1).superseded()).isFalse();
            assertThat(all.get(1).reason()).isEqualTo("BRCA2 確認検査の結果を反映");
            assertThat(all.get(1).changes()).hasSize(2);
            assertThat(s.pdf(all.get(0))).isEqualTo(pdf1);
            assertThat(store.cases().find(TestCases.CANCER).orElseThrow().status()).isEqualTo(CaseStatus.REPORTED);

            // the English report is its own series
            assertThat(s.issue(new ReportService.Request(TestCases.CANCER, "cancer", ReportLanguage.EN, Map.of()),
                    "Dr Issuer", null, null).version()).isEqualTo(1);
        }
    }

    @Test
    void aStoredPdfThatWasAlteredIsRefused(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            ReportService s = service(store, new TestRecords(store));
            IssuedReport v1 = s.issue(new ReportService.Request(TestCases.RARE, "rare-disease", ReportLanguage.EN,
                    Map.of()), "Dr Issuer", null, null);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("zenome.db"));
                 Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE report_version SET pdf = pdf || x'00' WHERE id = " + v1.id());
            }
            assertThatThrownBy(() -> s.pdf(v1)).isInstanceOf(StoreException.class).hasMessageContaining("SHA-256");
        }
    }

    @Test
    void theCounsellorsEditedTextReplacesTheDefaultWording(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            ReportService s = service(store, new TestRecords(store));
            byte[] pdf = s.preview(new ReportService.Request(TestCases.RARE, "patient-explanation", ReportLanguage.JA,
                    Map.of("relatives", "ご両親は今回の変化を持っていませんでした。"))).pdf();
            assertThat(PdfChecks.compact(pdf)).contains("ご両親は今回の変化を持っていませんでした。")
                    .doesNotContain("親・きょうだい・子どもなどの血縁者").contains("病気の原因と考えられる変化です", "SCN1A");
        }
    }

    @Test
    void secondaryFindingsAppearOnlyWithConsent(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            TestRecords rec = new TestRecords(store);
            ReportService s = service(store, rec);
            var cancer = new ReportService.Request(TestCases.CANCER, "cancer", ReportLanguage.JA, Map.of());
            var sf = new ReportService.Request(TestCases.CANCER, "secondary-findings", ReportLanguage.EN, Map.of());
            var pe = new ReportService.Request(TestCases.CANCER, "patient-explanation", ReportLanguage.JA, Map.of());
            assertThat(PdfChecks.compact(s.preview(cancer).pdf())).contains("MLH1", "c.350C>T");
            rec.consent = Boolean.FALSE;
            assertThat(PdfChecks.compact(s.preview(cancer).pdf())).doesNotContain("MLH1", "c.350C>T")
                    .contains("患者が二次的所見の開示を希望していないため");
            assertThat(PdfChecks.compact(s.preview(sf).pdf())).doesNotContain("MLH1")
                    .contains("Thepatientdoesnotwishtolearnofsecondaryfindings");
            assertThat(PdfChecks.compact(s.preview(pe).pdf())).doesNotContain("MLH1");
            rec.consent = null;
            assertThat(PdfChecks.compact(s.preview(cancer).pdf())).doesNotContain("MLH1")
                    .contains("二次的所見の開示に関する患者の意思が記録されていない");
        }
    }

    @Test
    void withoutAnyClinicalRecordTheSectionsSayWhatIsMissing(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            ReportService s = service(store, org.zenome.report.model.ClinicalRecordSource.none());
            byte[] pdf = s.preview(new ReportService.Request(TestCases.RARE, "rare-disease", ReportLanguage.JA,
                    Map.of())).pdf();
            assertThat(PdfChecks.compact(pdf)).contains("下書き", "総合所見はまだ記録されていません", "エキスパートパネルの記録はまだありません",
                    "臨床的解釈が未登録のため", "SCN1A", "MYH7", "ClinVar:Pathogenic")
                    .doesNotContain("GJB2");
        }
    }

    private static ReportService service(SqliteCaseStore store, org.zenome.report.model.ClinicalRecordSource rec) {
        return new ReportService(store, rec, RENDERER, ReportEvents.none(), ReportPdfTest.CLOCK);
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
