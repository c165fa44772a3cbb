package org.zenome.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.CliMain;
import org.zenome.domain.VariantFilter;
import org.zenome.store.CaseStore;
import org.zenome.store.sqlite.ImportKillTestAccess;
import org.zenome.testing.PostgresServer;
import org.zenome.testing.StoreEngine;

/**
 * An import into the PostgreSQL store killed with SIGKILL in the middle of its COPY leaves nothing: no case, no
 * findings schema (the whole import is one server transaction, which the server rolls back when the client dies).
 */
class ImportKillOnPostgresTest {
    private static final int RECORDS = 40_000;

    @TempDir
    Path dir;

    private Process cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CliMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    private static int findingSchemas(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.superuser()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'zf\\_%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean copying(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.superuser()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY zf\\_%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    @Test
    void aKilledImportLeavesNoCaseAndNoSchema() throws Exception {
        Path big = ImportKillTestAccess.writeVcf(dir.resolve("big.vcf.gz"), RECORDS);
        Path small = ImportKillTestAccess.writeVcf(dir.resolve("small.vcf.gz"), 500);
        String url = StoreEngine.url(dir, "kill");
        String db = url + "?user=postgres";
        assertThat(cli("import", "-q", "--db", db, "--case", "KEEP", small.toString()).waitFor()).isZero();
        assertThat(findingSchemas(url)).isEqualTo(1);

        Process p = cli("import", "-q", "--db", db, "--case", "KILLED", big.toString());
        // kill it in the middle of its COPY (seen by the server), with SIGKILL: no rollback code of ours runs
        long deadline = System.currentTimeMillis() + 120_000;
        while (!copying(url) && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the import was still running when its COPY was seen").isTrue();
        Thread.sleep(100);
        p.destroyForcibly();
        p.waitFor();
        // the server notices the dead client and rolls its transaction back
        deadline = System.currentTimeMillis() + 30_000;
        while (copying(url) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        try (CaseStore store = PostgresCaseStore.open(url, PostgresServer.superuser())) {
            assertThat(store.findings().count(store.cases().find("KEEP").orElseThrow().id(), VariantFilter.all()))
                    .isEqualTo(500);
            assertThat(store.cases().find("KILLED")).isEmpty();
            assertThat(findingSchemas(url)).isEqualTo(1);
            assertThat(store.audit().verify().intact()).isTrue();
        }
        // and the same import, not killed, goes through
        assertThat(cli("import", "-q", "--db", db, "--case", "KILLED", big.toString()).waitFor()).isZero();
        try (CaseStore store = PostgresCaseStore.open(url, PostgresServer.superuser())) {
            assertThat(store.cases().find("KILLED").orElseThrow().findingCount()).isEqualTo(RECORDS);
        }
    }
}
