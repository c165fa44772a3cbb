package org.zenome.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.sqlite.SqliteCaseStore;

class ReportSmokeTest {
    @Test
    void renders(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            TestRecords rec = new TestRecords(store);
            ReportService s = new ReportService(store, rec, new PdfReportRenderer(ReportTemplates.builtIn()),
                    ReportEvents.none(), Clock.systemDefaultZone());
            Path out = Path.of(System.getProperty("smoke.out", "target/smoke"));
            Files.createDirectories(out);
            for (String t : new String[] {"cancer", "rare-disease", "secondary-findings", "patient-explanation"}) {
                for (ReportLanguage l : ReportLanguage.values()) {
                    String id = t.equals("rare-disease") ? TestCases.RARE : TestCases.CANCER;
                    long t0 = System.nanoTime();
                    var r = s.preview(new ReportService.Request(id, t, l, Map.of()));
                    System.out.println(t + " " + l + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                    Files.write(out.resolve(t + "-" + l.code() + ".pdf"), r.pdf());
                }
            }
        }
    }
}
