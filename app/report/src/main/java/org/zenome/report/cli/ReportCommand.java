package org.zenome.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.IssuedReport;
import org.zenome.report.CaseNotFoundException;
import org.zenome.report.ReportException;
import org.zenome.report.ReportLanguage;
import org.zenome.report.ReportService;
import org.zenome.report.ReportTemplates;
import org.zenome.report.ReportWiring;
import org.zenome.report.pdf.PdfReportRenderer;
import org.zenome.store.StoreException;
import org.zenome.store.StoreLocations;
import org.zenome.store.sqlite.SqliteCaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zenome report}: the patient-return report of a case as PDF/A. For a signed-off case the report is issued
 * (stored with its SHA-256 as the next version; a correction needs --reason and --change); otherwise a draft with a
 * watermark is written and nothing is stored.
 */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write the patient-return report of a case as PDF/A.",
            "A signed-off case is issued: the PDF is stored as the next version (a correction of an issued report "
                + "needs --reason and --change). Otherwise a watermarked draft is written and nothing is stored."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Case database (default: $ZENOME_DB, else zenome.db in the user data directory).")
    String db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--template", paramLabel = "NAME",
            description = "cancer, rare-disease, secondary-findings, patient-explanation (or a folder of --templates).")
    String template;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the report: ja or en.")
    String lang;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "Reporting physician issuing the report (default: the login name).")
    String issuer;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why a corrected version is issued.")
    String reason;

    @Option(names = "--change", paramLabel = "TEXT", description = "One changed item of a correction (repeatable).")
    List<String> changes = new ArrayList<>();

    @Option(names = "--text", paramLabel = "KEY=FILE",
            description = "Free-text part of the patient explanation read from a UTF-8 file (about, result, meaning, "
                + "relatives, nextSteps, contact); repeatable.")
    Map<String, Path> texts = new LinkedHashMap<>();

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A hospital's copy of reports-templates/ (default: $ZENOME_REPORT_TEMPLATES, else the "
                + "installed templates).")
    Path templatesDir;

    @Option(names = "--issued", paramLabel = "N", description = "Write the stored version N instead of a new one.")
    Integer issued;

    @Option(names = "--list", description = "List the issued versions of the case's reports (TSV) and exit.")
    boolean list;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        ReportTemplates templates;
        try {
            templates = ReportTemplates.locate(templatesDir);
        } catch (ReportException e) {
            err.println("zenome: " + e.getMessage());
            return ZenomeCli.INVALID_INPUT;
        }
        ReportLanguage language = null;
        if (!list) {
            if (template == null || lang == null || out == null) {
                throw new CommandLine.ParameterException(cl, "--template, --lang and --out are required");
            }
            language = ReportLanguage.parse(lang).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "--lang must be ja or en, not '" + lang + "'"));
            if (!templates.exists(template)) {
                throw new CommandLine.ParameterException(cl, "--template: no template '" + template + "' in "
                        + templates.where() + " (" + String.join(", ", templates.names()) + ")");
            }
        }
        Map<String, String> freeText = new LinkedHashMap<>();
        for (Map.Entry<String, Path> t : texts.entrySet()) {
            try {
                freeText.put(t.getKey(), Files.readString(t.getValue(), StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                err.println("zenome: " + t.getValue() + ": cannot read the text for '" + t.getKey() + "': "
                        + e.getMessage());
                return ZenomeCli.INVALID_INPUT;
            }
        }
        try (SqliteCaseStore store = SqliteCaseStore.open(StoreLocations.resolve(db))) {
            ReportService service = new ReportService(store, ReportWiring.records(store),
                    new PdfReportRenderer(templates), ReportWiring.events(store), Clock.systemDefaultZone());
            service.findCase(caseId);
            if (list) {
                return list(cl.getOut(), service);
            }
            var request = new ReportService.Request(caseId, template, language, freeText);
            if (issued != null) {
                return writeIssued(service, request);
            }
            if (!service.signedOff(caseId)) {
                byte[] draft = service.preview(request).pdf();
                OutputFile.write(out, draft);
                err.println("zenome: case " + caseId + " is not signed off: wrote a DRAFT (watermarked, not stored) to "
                        + out);
                return ZenomeCli.OK;
            }
            boolean correction = store.reports().latest(caseId, template, language.code()).isPresent();
            if (correction && (reason == null || reason.isBlank() || changes.isEmpty())) {
                IssuedReport latest = store.reports().latest(caseId, template, language.code()).orElseThrow();
                throw new CommandLine.ParameterException(cl, "report " + latest.reportId() + " (" + language.code()
                        + ") was issued as version " + latest.version() + " on " + latest.issuedAt()
                        + "; to issue a corrected version give --reason and --change, to get a copy use --issued "
                        + latest.version());
            }
            String who = issuer != null && !issuer.isBlank() ? issuer : System.getProperty("user.name", "");
            IssuedReport v = service.issue(request, who, reason, changes);
            OutputFile.write(out, service.pdf(v));
            cl.getOut().println("issued " + v.reportId() + " version " + v.version() + " (" + v.language() + ") by "
                    + v.issuedBy() + ", SHA-256 " + v.sha256() + ", written to " + out);
            cl.getOut().flush();
            return ZenomeCli.OK;
        } catch (CaseNotFoundException e) {
            err.println("zenome: " + e.getMessage());
            return ZenomeCli.INVALID_INPUT;
        } catch (org.zenome.report.ReportTemplateException e) {
            err.println("zenome: " + e.getMessage());
            return ZenomeCli.INVALID_INPUT;
        } catch (ReportException | StoreException e) {
            err.println("zenome: " + e.getMessage());
            return ZenomeCli.FAILURE;
        } catch (IOException e) {
            err.println("zenome: " + out + ": cannot write the report: " + e.getMessage());
            return ZenomeCli.FAILURE;
        }
    }

    private int writeIssued(ReportService service, ReportService.Request r) throws IOException {
        for (IssuedReport v : service.versions(caseId)) {
            if (v.template().equals(r.template()) && v.language().equals(r.language().code())
                    && v.version() == issued) {
                OutputFile.write(out, service.pdf(v));
                spec.commandLine().getOut().println("wrote " + v.reportId() + " version " + v.version() + " ("
                        + v.language() + ", issued " + v.issuedAt() + (v.superseded() ? ", superseded" : "")
                        + ") to " + out);
                spec.commandLine().getOut().flush();
                return ZenomeCli.OK;
            }
        }
        spec.commandLine().getErr().println("zenome: no issued version " + issued + " of the " + r.template()
                + " report (" + r.language().code() + ") of case " + caseId);
        return ZenomeCli.INVALID_INPUT;
    }

    private int list(PrintWriter o, ReportService service) {
        o.println("report_id\ttemplate\tlanguage\tversion\tstatus\tissued_at\tissued_by\tsha256\treason\tchanges");
        for (IssuedReport v : service.versions(caseId)) {
            o.println(String.join("\t", v.reportId(), v.template(), v.language(), Integer.toString(v.version()),
                    v.superseded() ? "superseded" : "current", v.issuedAt().toString(), v.issuedBy(), v.sha256(),
                    v.reason().replace('\t', ' ').replace('\n', ' '), String.join("; ", v.changes())));
        }
        o.flush();
        return ZenomeCli.OK;
    }
}
