package org.zenome.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zenome.domain.CaseSummary;
import org.zenome.interpretation.Actor;
import org.zenome.interpretation.TmbResult;
import org.zenome.interpretation.TmbService;
import org.zenome.interpretation.TmbSettings;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome tmb}: tumour mutational burden of a tumour/normal case, stored on the case. */
@Command(name = "tmb", description = {"Compute the tumour mutational burden of a case (coding somatic mutations per Mb)"
        + " and store it on the case.", "Prints: case_id, mutations, callable_mb, tmb_per_mb, high, settings (TSV)."})
final class TmbCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--callable-mb", paramLabel = "MB", defaultValue = "33.0",
            description = "Callable coding size in Mb (default: ${DEFAULT-VALUE}; a panel's size for a panel).")
    double callableMb;

    @Option(names = "--min-vaf", paramLabel = "X", defaultValue = "0.05", description = "Least tumour VAF (default: ${DEFAULT-VALUE}).")
    double minVaf;

    @Option(names = "--min-alt-reads", paramLabel = "N", defaultValue = "3", description = "Least tumour alt reads (default: ${DEFAULT-VALUE}).")
    int minAlt;

    @Option(names = "--synonymous", description = "Count synonymous variants too.")
    boolean synonymous;

    @Option(names = "--user", paramLabel = "NAME", description = "Who computes it (default: the OS user).")
    String user;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TmbSettings settings = new TmbSettings(callableMb, minVaf, minAlt, TmbSettings.defaults().maxNormalVaf(),
                synonymous, true);
        try (CaseStore store = db.open()) {
            CaseSummary c = store.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException(
                    "no case '" + caseId + "' in " + store.location()));
            TmbResult r = new TmbService(store, user == null ? Actor.osUser() : Actor.named(user), Clock.systemUTC())
                    .compute(c.id(), settings);
            out.println("case_id\tmutations\tcallable_mb\ttmb_per_mb\thigh\tsettings");
            out.println(String.join("\t", c.caseId(), Long.toString(r.mutations()),
                    String.format(Locale.ROOT, "%.2f", r.callableMb()), String.format(Locale.ROOT, "%.2f", r.perMb()),
                    r.high() ? "yes" : "no", r.settings()));
            out.flush();
        }
        return ZenomeCli.OK;
    }
}
