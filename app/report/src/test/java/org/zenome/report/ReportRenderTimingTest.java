package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Benchmark (issue 6): render time of the 30-finding cancer report (Japanese, PDF/A, fonts embedded) after warm-up.
 * Run by bench/report-render.sh (-Dzenome.bench=true); prints BENCH lines; the numbers go in the issue note.
 */
@EnabledIfSystemProperty(named = "zenome.bench", matches = "true")
class ReportRenderTimingTest {
    @Test
    void cancerReportWith30Findings(@TempDir Path dir) throws Exception {
        try (SqliteCaseStore store = TestCases.store(dir)) {
            ReportService s = new ReportService(store, new TestRecords(store),
                    new PdfReportRenderer(ReportTemplates.builtIn()), ReportEvents.none(), ReportPdfTest.CLOCK);
            for (ReportLanguage lang : ReportLanguage.values()) {
                var req = new ReportService.Request(TestCases.CANCER, "cancer", lang, Map.of());
                int warmup = Integer.getInteger("zenome.bench.warmup", 5);
                int runs = Integer.getInteger("zenome.bench.runs", 10);
                long first = 0;
                for (int i = 0; i < warmup; i++) {
                    long t = System.nanoTime();
                    s.preview(req);
                    if (i == 0) {
                        first = System.nanoTime() - t;
                    }
                }
                long[] ms = new long[runs];
                long[] cpu = new long[runs];
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                int pages = 0;
                int findings = 0;
                for (int i = 0; i < runs; i++) {
                    long c = mx.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    ReportService.Rendered r = s.preview(req);
                    ms[i] = (System.nanoTime() - t) / 1_000_000;
                    cpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1_000_000;
                    pages = PdfChecks.pages(r.pdf()).size();
                    findings = r.content().allFindings().size();
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "BENCH report render cancer %s: %d findings, %d pages, first %d ms, "
                        + "after warm-up median %d ms, min %d ms, max %d ms (%d runs); thread CPU median %d ms; load %.1f%n",
                        lang.code(), findings, pages, first / 1_000_000, ms[runs / 2], ms[0], ms[runs - 1], runs,
                        cpu[runs / 2], java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
                assertThat(findings).isEqualTo(32);
            }
        }
    }
}
