package org.zenome.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.zenome.audit.AuditAnchor;
import org.zenome.audit.AuditEntry;
import org.zenome.audit.AuditVerification;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome audit verify|log|head}: the tamper-evident audit log. */
@Command(name = "audit", description = "Check or print the audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Log.class, AuditCommand.Head.class})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    /** Prints a broken result (standard output and one line on standard error) and returns exit code 4. */
    static int broken(CommandLine cl, CaseStore store, AuditVerification v) {
        PrintWriter out = cl.getOut();
        if (v.firstBroken() == 0) {
            out.println("audit log BROKEN: " + v.problem());
        } else {
            out.println("audit log BROKEN at entry " + v.firstBroken() + ": " + v.problem()
                    + (v.entries() == v.firstBroken() - 1 ? " (" + v.entries() + " entries before it are intact)"
                    : ""));
        }
        out.flush();
        cl.getErr().println("zenome: " + store.location() + ": audit log broken"
                + (v.firstBroken() == 0 ? "" : " at entry " + v.firstBroken()));
        return ZenomeCli.AUDIT_BROKEN;
    }

    @Command(name = "verify", description = "Check the hash chain of the audit log: exit 0 when intact, "
            + "4 naming the first broken entry otherwise. With --expect-head, also that the log still holds "
            + "the head recorded earlier (audit head, or the audit entry printed on a signed report): a log "
            + "truncated or rewritten since fails with exit 4.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--expect-head", paramLabel = "HASH", description = "A head recorded outside the "
                + "database: the hash, or SEQ:HASH as audit head prints it.")
        String expectHead;

        @Override
        public Integer call() {
            AuditAnchor anchor = expectHead == null ? null : AuditAnchor.parse(expectHead);
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, null)) {
                CaseStore store = cli.store();
                AuditVerification v = store.audit().verify(anchor);
                if (!v.intact()) {
                    return broken(spec.commandLine(), store, v);
                }
                out.println("audit log intact: " + v.entries() + " entries; head " + v.headHash()
                        + (anchor == null ? "" : "; contains the recorded head " + anchor));
                out.flush();
                return ZenomeCli.OK;
            }
        }
    }

    @Command(name = "head", description = "Check the audit log and print its head as TSV: seq, hash, time, "
            + "anchor. Record the anchor (SEQ:HASH) outside the database, e.g. in the hospital's log book; "
            + "audit verify --expect-head ANCHOR later proves the log up to it unchanged. Exit 4 when broken.")
    static final class Head implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, null)) {
                CaseStore store = cli.store();
                AuditVerification v = store.audit().verify();
                if (!v.intact()) {
                    return broken(spec.commandLine(), store, v);
                }
                if (v.entries() == 0) {
                    throw new IllegalArgumentException(store.location() + ": the audit log is empty; nothing to "
                            + "record yet");
                }
                AuditAnchor head = v.head();
                AuditEntry last = store.audit().entry(head.seq()).orElseThrow();
                out.println("seq\thash\ttime\tanchor");
                out.println(head.seq() + "\t" + head.hash() + "\t" + last.at() + "\t" + head);
                out.flush();
                return ZenomeCli.OK;
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
            try (PanelCli cli = PanelCli.open(db, null)) {
                out.println("seq\ttime\tuser\taction\tentity\tcase_id\tbefore\tafter");
                for (AuditEntry e : cli.store().audit().list(caseId, by, since, null)) {
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
