package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Every template in both languages rendered from a real case store and read back: texts, fonts, page numbers,
 * metadata and PDF/A conformance (veraPDF). The PDFs are also written to target/report-pdfs for a look with
 * pdftoppm.
 */
class ReportPdfTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final List<String> TEMPLATES = List.of("cancer", "rare-disease", "secondary-findings",
            "patient-explanation");

    @TempDir
    static Path dir;
    static SqliteCaseStore store;
    static TestRecords records;
    static ReportService service;
    static final Map<String, byte[]> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void renderAll() throws Exception {
        store = TestCases.store(dir);
        records = new TestRecords(store);
        service = new ReportService(store, records, new PdfReportRenderer(ReportTemplates.builtIn()),
                ReportEvents.none(), CLOCK);
        Path out = Path.of("target", "report-pdfs");
        Files.createDirectories(out);
        for (String t : TEMPLATES) {
            for (ReportLanguage l : ReportLanguage.values()) {
                byte[] pdf = service.preview(new ReportService.Request(caseFor(t), t, l, Map.of())).pdf();
                PDFS.put(t + "-" + l.code(), pdf);
                Files.write(out.resolve(t + "-" + l.code() + ".pdf"), pdf);
            }
        }
    }

    static String caseFor(String template) {
        return template.equals("rare-disease") ? TestCases.RARE : TestCases.CANCER;
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void japaneseReportsHaveJapaneseHeadingsAndTheCaseFindings() throws Exception {
        String cancer = PdfChecks.compact(PDFS.get("cancer-ja"));
        assertThat(cancer).contains("がん全ゲノム解析結果報告書", "患者・検体情報", "検出された所見", "腫瘍遺伝子変異量（TMB）",
                "生殖細胞系列由来が疑われる病的バリアント", "エキスパートパネル", "推奨事項", "本検査の限界", "署名");
        assertThat(cancer).contains("EGFR", "NM_005228.5", "c.2573T>G", "p.(Leu858Arg)", "TierI-A",
                "エビデンスレベルA", "エビデンスレベルC", "エビデンスレベルD", "エビデンスレベルF", "オシメルチニブ", "KRAS", "jRCT2031230001", "12.4変異/Mb");
        assertThat(cancer).contains("BRCA2", "c.5946del", "依頼済み(サンガー法)", "遺伝カウンセリングを推奨");
        assertThat(cancer).contains("山田太郎", "臨床遺伝専門医", "要件を満たす", "CA-0001-CA", "TestCaller1.0", "ClinVar",
                "肺腺癌");
        for (String g : TestCases.MORE_GENES) {
            assertThat(cancer).contains(g);
        }
        String rare = PdfChecks.compact(PDFS.get("rare-disease-ja"));
        assertThat(rare).contains("難病・希少疾患全ゲノム解析結果報告書", "臨床所見（HPO）", "HP:0001250", "SCN1A", "c.2836C>T",
                "p.(Arg946Cys)", "病的", "PVS1,PS2,PM2_Supporting", "確認済み(サンガー法)", "ヘテロ接合");
        assertThat(PdfChecks.compact(PDFS.get("secondary-findings-ja"))).contains("二次的所見報告書", "MLH1",
                "c.350C>T", "病的の可能性が高い", "Lynchsyndrome");
        assertThat(PdfChecks.compact(PDFS.get("patient-explanation-ja"))).contains("全ゲノム解析の結果についてのご説明",
                "ご家族（血縁者）について", "用語の説明", "遺伝カウンセリング", "ご相談・お問い合わせ", "EGFR", "〇〇大学医学部附属病院", "使える可能性の高い治療薬があります",
                "生まれつき持っている可能性のある変化です", "BRCA2", "MLH1", "このほかに26個の遺伝子の変化が見つかりました");
    }

    @Test
    void extractedTextUsesIdeographsNotTheRadicalsSharingTheirGlyphs() throws Exception {
        String ja = String.join("", PdfChecks.pages(PDFS.get("cancer-ja")));
        assertThat(ja).contains("所見", "遺伝子", "伸長", "発行日");
        assertThat(ja.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF)).as("CJK radicals").isEmpty();
        assertThat(ja.codePoints().filter(cp -> Character.getType(cp) == Character.NON_SPACING_MARK))
                .as("combining marks").isEmpty();
    }

    @Test
    void englishReportsHaveEnglishHeadings() throws Exception {
        assertThat(PdfChecks.compact(PDFS.get("cancer-en"))).contains("Cancerwhole-genomesequencingreport",
                "Findings", "Tumourmutationalburden(TMB)", "Presumedgermlinepathogenicvariants", "LevelA:", "LevelF:",
                "c.2573T>G", "Limitationsofthetest").doesNotContain("検出された所見");
        assertThat(PdfChecks.compact(PDFS.get("rare-disease-en"))).contains("Rare-diseasewhole-genomesequencingreport",
                "Pathogenic", "SCN1A", "Seizure");
        assertThat(PdfChecks.compact(PDFS.get("secondary-findings-en"))).contains("Secondaryfindingsreport", "MLH1",
                "Likelypathogenic");
        assertThat(PdfChecks.compact(PDFS.get("patient-explanation-en"))).contains("Yourrelatives",
                "Wordsusedinthisletter", "Whomtocontact");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws Exception {
        for (Map.Entry<String, byte[]> e : PDFS.entrySet()) {
            List<PDFont> fonts = PdfChecks.fonts(e.getValue());
            assertThat(fonts).as(e.getKey()).isNotEmpty();
            for (PDFont f : fonts) {
                assertThat(f.isEmbedded()).as(e.getKey() + " " + f.getName()).isTrue();
                assertThat(f.getName()).as(e.getKey()).matches("[A-Z]{6}\\+IPAexGothic");
            }
        }
    }

    @Test
    void everyPageCarriesItsNumberOfTheTotalAndTheCaseId() throws Exception {
        for (Map.Entry<String, byte[]> e : PDFS.entrySet()) {
            List<String> pages = PdfChecks.pages(e.getValue());
            String caseId = e.getKey().startsWith("rare-disease") ? TestCases.RARE : TestCases.CANCER;
            for (int i = 0; i < pages.size(); i++) {
                String p = pages.get(i);
                assertThat(p).as(e.getKey() + " page " + (i + 1)).contains((i + 1) + " / " + pages.size())
                        .contains(caseId);
            }
        }
        assertThat(PdfChecks.pages(PDFS.get("cancer-ja"))).hasSizeGreaterThan(2);
    }

    @Test
    void metadataNamesTheReportAndTheLanguage() throws Exception {
        try (PDDocument d = PdfChecks.load(PDFS.get("cancer-ja"))) {
            assertThat(d.getDocumentInformation().getTitle()).contains("CA-0001-CA");
            assertThat(d.getDocumentInformation().getAuthor()).isEqualTo("〇〇大学医学部附属病院");
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(d.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
        }
        try (PDDocument d = PdfChecks.load(PDFS.get("cancer-en"))) {
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void everyReportConformsToPdfA2u() throws Exception {
        for (Map.Entry<String, byte[]> e : PDFS.entrySet()) {
            assertThat(PdfChecks.flavour(e.getValue())).as(e.getKey()).isEqualTo("2u");
            assertThat(PdfChecks.veraPdfFailures(e.getValue())).as(e.getKey()).isEmpty();
        }
    }
}
