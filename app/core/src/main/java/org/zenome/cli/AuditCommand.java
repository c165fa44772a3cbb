package org.zenome.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.zenome.audit.AuditEntry;
import org.zenome.audit.AuditVerification;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome audit verify|log}: the tamper-evident audit log. */
@Command(name = "audit", description = "Check or print the audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Log.class})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    @Command(name = "verify", description = "Check the hash chain of the audit log: exit 0 when intact, "
            + "4 naming the first broken entry otherwise.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                AuditVerification v = store.audit().verify();
                if (v.intact()) {
                    out.println("audit log intact: " + v.entries() + " entries; head " + v.headHash());
                    out.flush();
                    return ZenomeCli.OK;
                }
                out.println("audit log BROKEN at entry " + v.firstBroken() + ": " + v.problem() + " ("
                        + v.entries() + " entries before it are intact)");
                out.flush();
                spec.commandLine().getErr().println("zenome: " + store.location() + ": audit log broken at entry "
                        + v.firstBroken());
                return ZenomeCli.AUDIT_BROKEN;
            }
        }
    }

    @Command(name = "log", description = "Print the audit log as TSV: seq, time, user, action, entity, case_id, "
            + "before, after.")
    static final class Log implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--case", paramLabel = "ID", description = "Only entries about this case.")
        String caseId;

        @Option(names = "--by", paramLabel = "USER", description = "Only acts of this user.")
        String by;

        @Option(names = "--since", paramLabel = "TIME", description = "Only entries at or after this instant "
                + "(ISO, e.g. 2026-12-01T00:00:00Z).")
        Instant since;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                out.println("seq\ttime\tuser\taction\tentity\tcase_id\tbefore\tafter");
                for (AuditEntry e : store.audit().list(caseId, by, since, null)) {
                    out.println(e.seq() + "\t" + e.at() + "\t" + Tsv.cell(e.actor()) + "\t" + e.action() + "\t"
                            + e.entityType() + ":" + Tsv.cell(e.entityId()) + "\t" + Tsv.cell(e.caseId()) + "\t"
                            + Tsv.cell(e.before()) + "\t" + Tsv.cell(e.after()));
                }
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }
}
