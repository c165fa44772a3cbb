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
import org.zenome.report.model.PanelRecord;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.CaseStore;
import org.zenome.ui.CoreBackend;
import org.zenome.ui.common.CurrentThreadTaskExecutor;
import org.zenome.ui.common.I18n;

/** The report view model on a real store with the same-thread executor. */
class ReportViewModelTest {
    @Test
    void issuesASignedOffCaseAndACorrectionAsANewVersion(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("cases.db");
        ReportWindowFxTest.createCase(db, dir);
        try (CaseStore store = new CoreBackend().open(db)) {
            ClinicalRecordSource signed = new ClinicalRecordSource() {
                @Override
                public java.util.Optional<PanelRecord> panel(org.zenome.domain.CaseSummary c) {
                    return java.util.Optional.of(new PanelRecord(java.time.LocalDate.of(2026, 11, 19), "online",
                            java.util.List.of(), true, "", "SCN1A de novo variant explains the epilepsy.",
                            java.util.List.of(), "Chair", java.time.Instant.parse("2026-11-20T00:00:00Z")));
                }
            };
            ReportService service = new ReportService(store, signed, new PdfReportRenderer(ReportTemplates.builtIn()),
                    ReportEvents.none(), Clock.systemDefaultZone());
            ReportViewModel vm = new ReportViewModel(new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH),
                    () -> service, store.cases().find("RD-FX-1").orElseThrow());
            vm.load();
            assertThat(vm.signedOffProperty().get()).isTrue();
            assertThat(vm.statusProperty().get()).startsWith("Preview of version 1");
            vm.issuerProperty().set("Dr Reporter");
            vm.issue();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.versions()).hasSize(1);
            assertThat(vm.shownVersionProperty().get().version()).isEqualTo(1);
            assertThat(vm.correctionProperty().get()).isTrue();

            vm.issue();
            assertThat(vm.errorProperty().get()).contains("needs the reason");
            vm.reasonProperty().set("Confirmatory test resulted");
            vm.changesProperty().set("SCN1A confirmed by Sanger\n\nSummary reworded");
            vm.issue();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.versions()).extracting(v -> v.version()).containsExactly(1, 2);
            assertThat(vm.versions().get(0).superseded()).isTrue();
            assertThat(vm.versions().get(1).changes()).containsExactly("SCN1A confirmed by Sanger", "Summary reworded");
            vm.show(vm.versions().get(0));
            assertThat(vm.statusProperty().get()).startsWith("Superseded RD-FX-1-RD version 1 by Dr Reporter");
            assertThat(vm.pages()).isNotEmpty();
        }
    }

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
