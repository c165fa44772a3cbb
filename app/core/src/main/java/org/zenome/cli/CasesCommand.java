package org.zenome.cli;

import java.io.PrintWriter;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Sample;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code zenome cases}: the case list as TSV. */
@Command(name = "cases", description = "List the cases of the database (TSV with a header line).")
final class CasesCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = db.open()) {
            out.println("case_id\tdisease_area\tstatus\tbuild\tfindings\tsamples\treceived\timported");
            for (CaseSummary c : store.cases().list()) {
                StringJoiner samples = new StringJoiner(",");
                for (Sample s : c.samples()) {
                    samples.add(s.name() + "=" + s.role().name().toLowerCase(java.util.Locale.ROOT));
                }
                out.println(String.join("\t", c.caseId(), area(c), c.status().name(),
                        c.build() == null ? "" : c.build().name(), Long.toString(c.findingCount()), samples.toString(),
                        c.received() == null ? "" : c.received().toString(),
                        c.imported() == null ? "" : c.imported().toString()));
            }
            out.flush();
        }
        return ZenomeCli.OK;
    }

    private static String area(CaseSummary c) {
        return c.diseaseArea().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
