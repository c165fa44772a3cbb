package org.zenome.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.IssuedReport;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.CaseStore;
import org.zenome.store.NewReportVersion;

/**
 * The report life cycle: preview (rendered, not stored), issue (only for a signed-off case; the PDF is stored with
 * its SHA-256, version, issuer and time), correction (a new version with its reason and changed items; earlier
 * versions stay readable, marked superseded).
 */
public final class ReportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);

    private final CaseStore store;
    private final ReportBuilder builder;
    private final PdfReportRenderer renderer;
    private final ReportEvents events;
    private final Clock clock;

    public ReportService(CaseStore store, ClinicalRecordSource records, PdfReportRenderer renderer,
                         ReportEvents events, Clock clock) {
        this.store = store;
        this.builder = new ReportBuilder(store, records);
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
    }

    /** What to report: the case, the template (folder name), the language and edited free text. */
    public record Request(String caseId, String template, ReportLanguage language, Map<String, String> freeText) {
        public Request {
            freeText = freeText == null ? Map.of() : Map.copyOf(freeText);
        }
    }

    /** A rendered report that is not stored. */
    public record Rendered(ReportContent content, byte[] pdf) {
    }

    public ReportTemplates templates() {
        return renderer.templates();
    }

    public CaseSummary findCase(String caseId) {
        return store.cases().find(caseId).orElseThrow(() -> new CaseNotFoundException(
                "no case '" + caseId + "' in " + store.location()));
    }

    public boolean signedOff(String caseId) {
        return builder.signedOff(findCase(caseId));
    }

    /**
     * The report as it would be issued now (the next version), without storing it; a case that is not signed off
     * gives a draft with a watermark.
     */
    public Rendered preview(Request r) {
        CaseSummary c = findCase(r.caseId());
        ReportKind kind = templates().kind(r.template());
        boolean draft = !builder.signedOff(c);
        Optional<IssuedReport> latest = latest(c, r, kind);
        int version = latest.map(v -> v.version() + 1).orElse(1);
        Instant now = clock.instant();
        ReportContent content = builder.build(c, r.template(), kind, r.language(), new ReportBuilder.Options(
                version, draft, LocalDate.ofInstant(now, clock.getZone()), now, "", null, r.freeText()));
        return new Rendered(content, renderer.render(content));
    }

    /**
     * Issues the next version of the report and stores it.
     *
     * @param reason  why this version corrects the previous one (required from version 2 on)
     * @param changes what changed (required from version 2 on)
     * @throws ReportException when the case is not signed off or a correction lacks its reason
     */
    public IssuedReport issue(Request r, String issuer, String reason, List<String> changes) {
        CaseSummary c = findCase(r.caseId());
        if (!builder.signedOff(c)) {
            throw new ReportException("case " + c.caseId() + " is not signed off (status " + c.status()
                    + "); only a draft can be made");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new ReportException("issuing a report needs the issuer's name");
        }
        ReportKind kind = templates().kind(r.template());
        Optional<IssuedReport> latest = latest(c, r, kind);
        int version = latest.map(v -> v.version() + 1).orElse(1);
        ReportContent.Correction correction = null;
        if (latest.isPresent()) {
            List<String> items = changes == null ? List.of()
                    : changes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (reason == null || reason.isBlank() || items.isEmpty()) {
                throw new ReportException("report " + latest.get().reportId() + " (" + r.language().code()
                        + ") was issued as version " + latest.get().version() + "; a corrected version needs the "
                        + "reason and the list of what changed");
            }
            correction = new ReportContent.Correction(latest.get().version(), reason.strip(), items);
        }
        Instant now = clock.instant();
        ReportContent content = builder.build(c, r.template(), kind, r.language(), new ReportBuilder.Options(
                version, false, LocalDate.ofInstant(now, clock.getZone()), now, issuer.strip(), correction,
                r.freeText()));
        byte[] pdf = renderer.render(content);
        IssuedReport issued = store.reports().issue(new NewReportVersion(c.caseId(), content.reportId(),
                r.template(), r.language().code(), version, pdf, issuer.strip(), now,
                correction == null ? "" : correction.reason(), correction == null ? List.of() : correction.changes()));
        LOG.info("Issued report {} v{} ({}) for case {}", issued.reportId(), issued.version(), issued.language(),
                c.caseId());
        events.issued(issued);
        return issued;
    }

    /** Every issued version of the case's reports, oldest first. */
    public List<IssuedReport> versions(String caseId) {
        return store.reports().versions(caseId);
    }

    /** The PDF of an issued version, exactly as issued (checked against its SHA-256). */
    public byte[] pdf(IssuedReport version) {
        return store.reports().pdf(version.id());
    }

    private Optional<IssuedReport> latest(CaseSummary c, Request r, ReportKind kind) {
        return store.reports().latest(c.caseId(), r.template(), r.language().code());
    }
}
