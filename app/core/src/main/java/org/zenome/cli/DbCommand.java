package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zenome.importer.InvalidInputException;
import org.zenome.store.CaseStore;
import org.zenome.store.jdbc.JdbcCaseStore;
import org.zenome.store.jdbc.StoreCopy;
import org.zenome.store.jdbc.StoreOpener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome db}: moving a department's case store between SQLite and PostgreSQL. */
@Command(name = "db", description = "Case store administration.", subcommands = {DbCommand.Copy.class})
final class DbCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    @Command(name = "copy", description = {
        "Copy a whole case store into a new, empty one: a SQLite file to a PostgreSQL server or back.",
        "Afterwards the row count of every table, the findings of every case and the audit chain are verified;",
        "prints TSV: table, source_rows, target_rows (findings as findings:CASE), then the audit result."})
    static final class Copy implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The store to copy.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "FILE|URL",
                description = "The new store (an empty PostgreSQL database, or a SQLite file that does not exist yet).")
        String to;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String source = StoreOpener.resolve(from);
            String target = StoreOpener.resolve(to);
            if (source.equals(target)) {
                throw new IllegalArgumentException("--from and --to name the same store: " + source);
            }
            if (!StoreOpener.isServer(source) && !Files.isRegularFile(Path.of(source))) {
                throw new InvalidInputException(Path.of(source), 0, "no such case database");
            }
            if (!StoreOpener.isServer(target) && Files.exists(Path.of(target))) {
                throw new InvalidInputException(Path.of(target), 0, "already exists; db copy writes a new store only "
                        + "(nothing was changed)");
            }
            StoreCopy.Result r;
            try (CaseStore a = StoreOpener.open(source, DbOption::askPassword)) {
                boolean created = !StoreOpener.isServer(target);
                try (CaseStore b = StoreOpener.open(target, DbOption::askPassword)) {
                    r = StoreCopy.copy((JdbcCaseStore) a, (JdbcCaseStore) b);
                } catch (RuntimeException e) {
                    if (created) {
                        deleteNewStore(Path.of(target));
                    }
                    throw e;
                }
            }
            out.println("table\tsource_rows\ttarget_rows");
            for (Map.Entry<String, long[]> e : r.tables().entrySet()) {
                out.println(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
            }
            for (Map.Entry<String, long[]> e : r.findings().entrySet()) {
                out.println("findings:" + e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
            }
            out.println("audit\t" + (r.audit().intact() ? "intact" : "BROKEN") + "\t" + r.audit().entries());
            out.flush();
            if (!r.verified()) {
                err.println("zenome: the copy in " + target + " does not match " + source
                        + " (see the counts above); do not use it");
                return r.audit().intact() ? ZenomeCli.FAILURE : ZenomeCli.AUDIT_BROKEN;
            }
            err.println("zenome: copied and verified: " + r.tables().size() + " tables, " + r.findings().size()
                    + " cases, audit chain intact (" + r.audit().entries() + " entries)");
            return ZenomeCli.OK;
        }

        private static void deleteNewStore(Path db) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
                } catch (java.io.IOException ignored) {
                    // reported by the caller's exception
                }
            }
            Path findings = db.resolveSibling(db.getFileName() + ".findings");
            if (Files.isDirectory(findings)) {
                try (var files = Files.list(findings)) {
                    files.forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (java.io.IOException ignored) {
                            // left behind
                        }
                    });
                    Files.deleteIfExists(findings);
                } catch (java.io.IOException ignored) {
                    // left behind
                }
            }
        }
    }
}
