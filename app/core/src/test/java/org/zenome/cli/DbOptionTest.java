package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.testing.StoreEngine;

/** {@code --db}: a file is SQLite, a jdbc:postgresql:// URL the server; a password never goes on the command line. */
class DbOptionTest {
    @TempDir
    Path dir;
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void aPasswordInTheUrlIsRefusedAsAUsageError() {
        assertThat(run("cases", "--db", "jdbc:postgresql://db.example:5432/zenome?user=app&password=secret"))
                .isEqualTo(ZenomeCli.USAGE);
        assertThat(err).contains("password must not be written").contains("~/.pgpass").doesNotContain("secret");
    }

    @Test
    void aUrlOpensThePostgresqlStoreAndAFileTheSqliteOne() {
        String url = StoreEngine.url(dir, "cli") + "?user=postgres";
        assertThat(run("import", "--db", url, "--case", "C-1", "--build", "GRCh38", "-q",
                org.zenome.testing.TestImports.fixture("trio_grch38.vcf").toString())).as(err).isZero();
        assertThat(run("cases", "--db", url)).as(err).isZero();
        assertThat(out).contains("C-1\t");
        assertThat(run("variants", "--db", url, "--case", "C-1", "--gene", "genej")).as(err).isZero();
        assertThat(out.lines().count()).isGreaterThan(1);
        assertThat(run("cases", "--db", dir.resolve("local.db").toString())).as(err).isZero();
        assertThat(out).doesNotContain("C-1");
    }

    @Test
    void anUnreachableServerIsNamedWithoutCredentials() {
        assertThat(run("cases", "--db", "jdbc:postgresql://127.0.0.1:1/zenome?user=app&connectTimeout=2"))
                .isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("127.0.0.1:1/zenome").contains("cannot connect");
    }

    @Test
    void backupAndRestoreOfAServerPointToPgDump() {
        String url = "jdbc:postgresql://db.example:5432/zenome?user=app";
        assertThat(run("backup", "--db", url, "--to", dir.toString())).isEqualTo(ZenomeCli.USAGE);
        assertThat(err).contains("db.example:5432/zenome").contains("PostgreSQL server").contains("pg_dump");
        assertThat(run("restore", "--db", url, dir.toString())).isEqualTo(ZenomeCli.USAGE);
        assertThat(err).contains("pg_restore");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).as("nothing written").isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
