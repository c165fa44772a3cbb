package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.store.CaseStore;
import org.zenome.store.StoreException;
import org.zenome.store.jdbc.StoreOpener;
import org.zenome.store.postgres.PostgresCaseStore;
import org.zenome.testing.TestCertificates;

/**
 * TLS to the department's server (issue 10, README "PostgreSQL for a department"): a PostgreSQL server with
 * {@code ssl = on} and a certificate from a test root CA, reached with the URL options the README gives hospital IT.
 * A workstation that checks the server against the wrong root certificate refuses it with a clear message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DbTlsOnPostgresTest {
    private EmbeddedPostgres server;
    private TestCertificates.Server certs;
    private Path wrongRoot;
    private String base;
    private String out;
    private String err;

    @BeforeAll
    void startServerWithTls(@TempDir Path dir) throws Exception {
        certs = TestCertificates.server(dir, "localhost");
        wrongRoot = TestCertificates.root(dir, "other", "Some Other Root");
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", certs.certificate().toString())
                .setServerConfig("ssl_key_file", certs.key().toString())
                .setServerConfig("fsync", "off")
                .start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE zenome");
        }
        base = "jdbc:postgresql://localhost:" + server.getPort() + "/zenome?user=postgres";
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** Whether the store's own connection to the server is encrypted (the server's view of it). */
    private static boolean encrypted(CaseStore store) throws Exception {
        Connection c = ((PostgresCaseStore) store).main();
        synchronized (c) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                return rs.next() && rs.getBoolean(1) && rs.getString(2).startsWith("TLS");
            }
        }
    }

    @Test
    void verifyFullWithTheHospitalsRootCertificateOpensTheStoreOverTls() throws Exception {
        String url = base + "&sslmode=verify-full&sslrootcert=" + certs.rootCertificate();
        assertThat(run("import", "--db", url, "--case", "TLS-1", "--build", "GRCh38", "-q",
                org.zenome.testing.TestImports.fixture("trio_grch38.vcf").toString())).as(err).isZero();
        assertThat(run("cases", "--db", url)).as(err).isZero();
        assertThat(out).contains("TLS-1\t");
        try (CaseStore store = StoreOpener.open(url, null)) {
            assertThat(encrypted(store)).isTrue();
            assertThat(store.cases().find("TLS-1")).isPresent();
        }
    }

    @Test
    void aWrongRootCertificateIsRefusedWithAClearMessage() {
        String url = base + "&sslmode=verify-full&sslrootcert=" + wrongRoot;
        assertThat(run("cases", "--db", url)).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("localhost:" + server.getPort() + "/zenome")
                .contains("certificate").contains(wrongRoot.toString())
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(err.lines().count()).as(err).isLessThanOrEqualTo(2);
        assertThatThrownBy(() -> StoreOpener.open(url, null)).isInstanceOf(StoreException.class);
    }

    @Test
    void aMissingRootCertificateFileIsNamed() {
        Path missing = wrongRoot.resolveSibling("no-such-root.crt");
        assertThat(run("cases", "--db", base + "&sslmode=verify-full&sslrootcert=" + missing))
                .isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains(missing.toString()).doesNotContain("\tat ");
    }

    @Test
    void verifyFullChecksTheHostName() {
        // the certificate names localhost, not 127.0.0.1
        String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/zenome?user=postgres&sslmode=verify-full"
                + "&sslrootcert=" + certs.rootCertificate();
        assertThat(run("cases", "--db", url)).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("127.0.0.1").contains("host name").doesNotContain("\tat ");
    }

    @Test
    void requireEncryptsWithoutCheckingTheCertificate() throws Exception {
        String url = base + "&sslmode=require";
        assertThat(run("cases", "--db", url)).as(err).isZero();
        try (CaseStore store = StoreOpener.open(url, null)) {
            assertThat(encrypted(store)).isTrue();
        }
        try (CaseStore store = StoreOpener.open(base + "&sslmode=disable", null)) {
            assertThat(encrypted(store)).as("the check itself can fail").isFalse();
        }
    }
}
