package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSummary;
import org.zenome.qc.QcResult;
import org.zenome.qc.QcService;
import org.zenome.qc.QcThresholds;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * The sample QC in the report: an unacknowledged problem is a warning box on the draft until a reviewer acknowledges
 * it; the metrics and the genome-wide QC picture are in the quality section; the PDF stays PDF/A.
 */
class ReportSampleQcTest {
    @TempDir
    Path dir;

    @Test
    void unacknowledgedProblemsShowOnTheDraftUntilAcknowledged() throws Exception {
        String db = dir.resolve("zenome.db").toString();
        try (SqliteCaseStore store = TestCases.store(dir)) {
            CaseSummary c = store.cases().find(TestCases.RARE).orElseThrow();
            QcThresholds strict = new QcThresholds(1.01, 0.05, 0.17, 0.45, 0.2, 20, 0.2, 0.05, 10, 50, 0.8, 20, 20, 1.6);
            QcResult r = new QcService(store, Clock.systemUTC()).run(c, strict, Map.of(), false, "sato");
            assertThat(r.problems()).isNotEmpty();
        }
        byte[] before = report(db, "before.pdf");
        String text = PdfChecks.compact(before);
        assertThat(text).contains("SampleQC:unresolvedproblems", "QCwarning(notacknowledged)", "callrate",
                "Genome-wideviews", "SampleQCandrelatedness");
        assertThat(PdfChecks.veraPdfFailures(before)).isEmpty();

        try (SqliteCaseStore store = SqliteCaseStore.open(Path.of(db))) {
            CaseSummary c = store.cases().find(TestCases.RARE).orElseThrow();
            QcService qc = new QcService(store, Clock.systemUTC());
            for (var p : qc.open(c)) {
                qc.acknowledge(c, p.key(), "low call rate expected for this capture", "sato");
            }
        }
        String after = PdfChecks.compact(report(db, "after.pdf"));
        assertThat(after).doesNotContain("SampleQC:unresolvedproblems").contains("QCwarning(acknowledged)",
                "lowcallrateexpectedforthiscapture");
    }

    private byte[] report(String db, String name) throws Exception {
        Path out = dir.resolve(name);
        ReportCliTest.Run r = ReportCliTest.run("report", "--db", db, "--case", TestCases.RARE, "--template",
                "rare-disease", "--lang", "en", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllBytes(out);
    }
}
