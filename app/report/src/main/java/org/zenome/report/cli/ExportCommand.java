package org.zenome.report.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.zenome.cli.ZenomeCli;
import org.zenome.report.CaseNotFoundException;
import org.zenome.report.ExportService;
import org.zenome.report.ReportException;
import org.zenome.report.ReportTemplates;
import org.zenome.report.ReportWiring;
import org.zenome.store.StoreException;
import org.zenome.store.StoreLocations;
import org.zenome.store.sqlite.SqliteCaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome export}: the case's report record as FHIR Genomics Reporting or GA4GH Phenopacket JSON. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Export the report record of a case as HL7 FHIR R4 (Genomics Reporting IG) or GA4GH "
                + "Phenopacket v2 JSON (rare-disease cases).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Case database (default: $ZENOME_DB, else zenome.db in the user data directory).")
    String db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--format", required = true, paramLabel = "fhir|phenopacket", description = "fhir or phenopacket.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The JSON file to write.")
    Path out;

    @Option(names = {"--deidentified", "--de-identified"},
            description = "Leave out names, dates of birth and hospital patient numbers (the pseudonymous case ID "
                + "stays).")
    boolean deidentified;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ExportService.Format f = ExportService.Format.parse(format).orElseThrow(() ->
                new CommandLine.ParameterException(cl, "--format must be fhir or phenopacket, not '" + format + "'"));
        try (SqliteCaseStore store = SqliteCaseStore.open(StoreLocations.resolve(db))) {
            ExportService service = new ExportService(store, ReportWiring.records(store),
                    ReportTemplates.locate(null), ReportWiring.events(store), Clock.systemDefaultZone());
            byte[] json;
            try {
                json = service.export(caseId, f, deidentified);
            } catch (CaseNotFoundException e) {
                cl.getErr().println("zenome: " + e.getMessage());
                return ZenomeCli.INVALID_INPUT;
            } catch (ReportException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
            OutputFile.write(out, json);
            service.exported(caseId, f, deidentified, out.toString());
            cl.getOut().println("exported case " + caseId + " as " + f.code() + (deidentified ? " (de-identified)" : "")
                    + " to " + out);
            cl.getOut().flush();
            return ZenomeCli.OK;
        } catch (StoreException e) {
            cl.getErr().println("zenome: " + e.getMessage());
            return ZenomeCli.FAILURE;
        } catch (IOException e) {
            cl.getErr().println("zenome: " + out + ": cannot write the export: " + e.getMessage());
            return ZenomeCli.FAILURE;
        }
    }
}
