package org.zenome.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.report.ReportEvents;
import org.zenome.report.ReportLanguage;
import org.zenome.report.ReportService;
import org.zenome.report.ReportTemplates;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.CaseStore;
import org.zenome.ui.CoreBackend;
import org.zenome.ui.common.CurrentThreadTaskExecutor;
import org.zenome.ui.common.I18n;

/** The report view model on a real store with the same-thread executor. */
class ReportViewModelTest {
    @Test
    void previewsADraftRefusesToIssueBeforeSignOffAndSavesTheDraft(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("cases.db");
        ReportWindowFxTest.createCase(db, dir);
        try (CaseStore store = new CoreBackend().open(db)) {
            ReportService service = new ReportService(store, ClinicalRecordSource.none(),
                    new PdfReportRenderer(ReportTemplates.builtIn()), ReportEvents.none(), Clock.systemDefaultZone());
            I18n i18n = new I18n(Locale.ENGLISH);
            ReportViewModel vm = new ReportViewModel(new CurrentThreadTaskExecutor(), i18n, () -> service,
                    store.cases().find("RD-FX-1").orElseThrow());
            assertThat(vm.templateProperty().get()).isEqualTo("rare-disease");
            assertThat(vm.languageProperty().get()).isEqualTo(ReportLanguage.EN);
            vm.load();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.signedOffProperty().get()).isFalse();
            assertThat(vm.pages()).isNotEmpty();
            assertThat(vm.statusProperty().get()).startsWith("Draft preview (version 1 when issued)");

            vm.issue();
            assertThat(vm.errorProperty().get()).contains("not signed off");
            assertThat(store.reports().versions("RD-FX-1")).isEmpty();

            Path saved = dir.resolve("draft.pdf");
            vm.save(saved);
            assertThat(Files.readAllBytes(saved)).startsWith("%PDF-".getBytes());
            assertThat(vm.statusProperty().get()).contains("draft.pdf");
        }
    }
}
