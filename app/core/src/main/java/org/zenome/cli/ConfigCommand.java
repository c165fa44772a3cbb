package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zenome.config.Settings;
import org.zenome.domain.GenomeBuild;
import org.zenome.store.StoreLocations;
import org.zenome.store.jdbc.StoreOpener;
import org.zenome.store.postgres.PgCredentials;
import org.zenome.store.postgres.PostgresCaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code zenome config}: the effective configuration as TSV (setting, value, source), for hospital IT to check
 * the administrator's file and diagnose start-up problems. Problems found in the files go to standard error, one
 * line each naming the file, and make the exit code 3 (the table still shows what is in effect).
 */
@Command(name = "config", description = "Show the effective configuration (TSV: setting, value, source).")
final class ConfigCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings s = Settings.load();
        String admin = s.admin().file().toString();
        String adminSource = s.admin().present() ? admin : "default";
        out.println("setting\tvalue\tsource");
        row(out, "admin.config", admin, s.admin().present() ? "present" : "absent");
        String installDir = System.getProperty("zenome.install.dir", "");
        row(out, "install.dir", installDir, installDir.isEmpty() ? "none" : "launcher");
        row(out, "data.dir", s.dataDirectory().toString(), s.admin().dataDirectory().isPresent() ? admin : "default");
        // the store the commands and the desktop open without --db: ZENOME_DB, else db.url, else the data directory's
        String envDb = System.getenv(StoreLocations.ENV_DB);
        boolean fromEnv = envDb != null && !envDb.isBlank();
        String db = StoreOpener.resolve(null);
        row(out, "database", PostgresCaseStore.redact(db), fromEnv ? StoreLocations.ENV_DB
                : s.admin().database("db.url").isPresent() ? admin + " (db.url)" : "data.dir");
        // the shared server (issue 10); a password is never shown (nor kept in this file: db.passfile names one)
        for (String key : new String[] {"db.url", "db.user", "db.passfile"}) {
            java.util.Optional<String> v = s.admin().database(key);
            row(out, key, v.map(PostgresCaseStore::redact).orElse(""), v.isPresent() ? admin : "none");
        }
        java.util.List<String> dbProblems = new java.util.ArrayList<>();
        s.admin().database("db.passfile").ifPresent(f -> PgCredentials.checkPasswordFile(Path.of(f))
                .ifPresent(dbProblems::add));
        for (GenomeBuild b : GenomeBuild.values()) {
            Path ref = s.references().get(b);
            row(out, "reference." + b.name(), ref == null ? "" : ref.toString(), ref == null ? "none" : admin);
        }
        for (Map.Entry<String, Path> a : s.annotationSources().entrySet()) {
            row(out, "annotation." + a.getKey(), a.getValue().toString(), admin);
        }
        row(out, "plugin.dir", s.pluginDirectory().map(Path::toString).orElse(""),
                s.pluginDirectory().isPresent() ? admin : "none");
        row(out, "template.dir", s.templateDirectory().map(Path::toString).orElse(""),
                s.templateDirectory().isPresent() ? admin : "none");
        row(out, "ui.scale", s.uiScale().map(String::valueOf).orElse(""),
                s.user().uiScale().isPresent() ? s.user().file().toString()
                        : s.admin().uiScale().isPresent() ? adminSource : "os");
        row(out, "language", s.language().map(java.util.Locale::getLanguage).orElse(""),
                s.user().language().isPresent() ? s.user().file().toString()
                        : s.admin().language().isPresent() ? adminSource : "os");
        row(out, "backup.dir", s.admin().backupDirectory().map(Path::toString).orElse(""),
                s.admin().backupDirectory().isPresent() ? admin : "none");
        row(out, "backup.interval.hours", String.valueOf(s.admin().backupInterval().toMinutes() / 60.0), adminSource);
        row(out, "backup.keep", String.valueOf(s.admin().backupKeep()), adminSource);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        s.problems().forEach(p -> err.println("zenome: " + p));
        dbProblems.forEach(p -> err.println("zenome: " + p));
        err.flush();
        // the table shows what is in effect; a problem in a configuration file is bad input (exit 3) for the admin
        return s.problems().isEmpty() && dbProblems.isEmpty() ? ZenomeCli.OK : ZenomeCli.INVALID_INPUT;
    }

    private static void row(PrintWriter out, String setting, String value, String source) {
        out.println(setting + "\t" + value + "\t" + source);
    }
}
