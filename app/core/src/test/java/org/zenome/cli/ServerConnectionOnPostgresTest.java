package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.config.AdminConfig;
import org.zenome.store.CaseStore;
import org.zenome.store.StoreException;
import org.zenome.store.StoreLocations;
import org.zenome.store.jdbc.StoreOpener;
import org.zenome.store.postgres.PostgresCaseStore;
import org.zenome.testing.TestCertificates;

/**
 * How a workstation reaches the department's server (issue 10, README "PostgreSQL for a department"), against a
 * real PostgreSQL with {@code ssl = on}, a certificate from a test root CA, and password (SCRAM) authentication for
 * every role but the test superuser:
 * TLS with the URL options the README gives hospital IT (a wrong root certificate or host name is refused with a
 * clear message), and the credentials from the administrator's configuration (db.url, db.user, db.passfile), the
 * password never on the command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerConnectionOnPostgresTest {
    private static final String APP_PASSWORD = "app-Secret-4711";
    private EmbeddedPostgres server;
    private TestCertificates.Server certs;
    private Path wrongRoot;
    private Path dir;
    private String base;
    private String out;
    private String err;

    @BeforeAll
    void startServerWithTls(@TempDir Path tmp) throws Exception {
        dir = tmp;
        certs = TestCertificates.server(dir, "localhost");
        wrongRoot = TestCertificates.root(dir, "other", "Some Other Root");
        // the superuser of the tests is trusted on loopback; every other role gives its password
        Path hba = dir.resolve("pg_hba.conf");
        Files.writeString(hba, """
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", certs.certificate().toString())
                .setServerConfig("ssl_key_file", certs.key().toString())
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("fsync", "off")
                .start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE zenome");
            // the application role of docs/postgresql/roles.sql; the first start (as owner) grants it its rights
            s.execute("CREATE ROLE zenome_app LOGIN PASSWORD '" + APP_PASSWORD + "'");
        }
        base = "jdbc:postgresql://localhost:" + server.getPort() + "/zenome";
        PostgresCaseStore.open(base + "?user=postgres", new java.util.Properties()).close();
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

    /** Runs the command line with {@code adminFile} as the administrator's configuration. */
    private int runWithAdminConfig(Path adminFile, String... args) {
        String old = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, adminFile.toString());
        try {
            return run(args);
        } finally {
            if (old == null) {
                System.clearProperty(AdminConfig.PROPERTY);
            } else {
                System.setProperty(AdminConfig.PROPERTY, old);
            }
        }
    }

    /** The store's own connection to the server: whether it is encrypted, and as whom. */
    private static String session(CaseStore store) throws Exception {
        Connection c = ((PostgresCaseStore) store).main();
        synchronized (c) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_user, coalesce(ssl, false), coalesce(version, '') "
                         + "FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                rs.next();
                return rs.getString(1) + (rs.getBoolean(2) && rs.getString(3).startsWith("TLS") ? " tls" : " plain");
            }
        }
    }

    private String superuser(String params) {
        return base + "?user=postgres" + params;
    }

    @Test
    void verifyFullWithTheHospitalsRootCertificateOpensTheStoreOverTls() throws Exception {
        String url = superuser("&sslmode=verify-full&sslrootcert=" + certs.rootCertificate());
        assertThat(run("import", "--db", url, "--case", "TLS-1", "--build", "GRCh38", "-q",
                org.zenome.testing.TestImports.fixture("trio_grch38.vcf").toString())).as(err).isZero();
        assertThat(run("cases", "--db", url)).as(err).isZero();
        assertThat(out).contains("TLS-1\t");
        try (CaseStore store = StoreOpener.open(url, null)) {
            assertThat(session(store)).isEqualTo("postgres tls");
            assertThat(store.cases().find("TLS-1")).isPresent();
        }
    }

    @Test
    void aWrongRootCertificateIsRefusedWithAClearMessage() {
        String url = superuser("&sslmode=verify-full&sslrootcert=" + wrongRoot);
        assertThat(run("cases", "--db", url)).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("localhost:" + server.getPort() + "/zenome")
                .contains("not signed by the root certificate " + wrongRoot)
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(err.lines().count()).as(err).isEqualTo(1);
        assertThatThrownBy(() -> StoreOpener.open(url, null)).isInstanceOf(StoreException.class);
    }

    @Test
    void aMissingRootCertificateFileIsNamed() {
        Path missing = dir.resolve("no-such-root.crt");
        assertThat(run("cases", "--db", superuser("&sslmode=verify-full&sslrootcert=" + missing)))
                .isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("cannot read the root certificate file " + missing).doesNotContain("\tat ");
    }

    @Test
    void verifyFullChecksTheHostName() {
        // the certificate names localhost, not 127.0.0.1
        String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/zenome?user=postgres&sslmode=verify-full"
                + "&sslrootcert=" + certs.rootCertificate();
        assertThat(run("cases", "--db", url)).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("not issued for the host name 127.0.0.1").doesNotContain("\tat ")
                .doesNotContain("SEVERE");
        assertThat(err.lines().count()).as(err).isEqualTo(1);
    }

    @Test
    void requireEncryptsWithoutCheckingTheCertificate() throws Exception {
        String url = superuser("&sslmode=require");
        assertThat(run("cases", "--db", url)).as(err).isZero();
        try (CaseStore store = StoreOpener.open(url, null)) {
            assertThat(session(store)).isEqualTo("postgres tls");
        }
        try (CaseStore store = StoreOpener.open(superuser("&sslmode=disable"), null)) {
            assertThat(session(store)).as("the check itself can fail").isEqualTo("postgres plain");
        }
    }

    /** The administrator's file of a workstation: URL with TLS, the application role and its password file. */
    private Path adminConfig(String passwordLine, String passfileMode) throws Exception {
        Path passfile = Files.createTempFile(dir, "pgpass", "");
        Files.writeString(passfile, "# zenome workstations\n" + passwordLine + "\n");
        Files.setPosixFilePermissions(passfile, PosixFilePermissions.fromString(passfileMode));
        Path admin = Files.createTempFile(dir, "zenome", ".properties");
        Files.writeString(admin, "db.url=" + base + "?sslmode=verify-full&sslrootcert=" + certs.rootCertificate()
                + "\ndb.user=zenome_app\ndb.passfile=" + passfile + "\n");
        return admin;
    }

    @Test
    void theAdministratorsConfigurationGivesServerUserAndPasswordFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(StoreLocations.ENV_DB) == null,
                "ZENOME_DB is set in this environment and would take precedence over db.url");
        Path admin = adminConfig("localhost:" + server.getPort() + ":zenome:zenome_app:" + APP_PASSWORD, "rw-------");
        // no --db, no user, no password on the command line
        assertThat(runWithAdminConfig(admin, "cases")).as(err).isZero();
        assertThat(out).startsWith("case");
        String old = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, admin.toString());
        try (CaseStore store = StoreOpener.open(StoreOpener.resolve(null), null)) {
            assertThat(session(store)).isEqualTo("zenome_app tls");
        } finally {
            if (old == null) {
                System.clearProperty(AdminConfig.PROPERTY);
            } else {
                System.setProperty(AdminConfig.PROPERTY, old);
            }
        }
        // zenome config shows where the server settings come from, never the password
        assertThat(runWithAdminConfig(admin, "config")).isZero();
        assertThat(out.lines()).contains("db.user\tzenome_app\t" + admin)
                .anyMatch(l -> l.startsWith("db.url\t" + base + "?sslmode=verify-full") && l.endsWith("\t" + admin))
                .anyMatch(l -> l.startsWith("database\t" + base) && l.endsWith(admin + " (db.url)"))
                .anyMatch(l -> l.startsWith("db.passfile\t" + dir));
        assertThat(out + err).doesNotContain(APP_PASSWORD);
    }

    @Test
    void aWrongPasswordInThePasswordFileIsRefusedWithoutShowingIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(StoreLocations.ENV_DB) == null,
                "ZENOME_DB is set in this environment and would take precedence over db.url");
        Path admin = adminConfig("localhost:*:zenome:zenome_app:not-the-password", "rw-------");
        assertThat(runWithAdminConfig(admin, "cases")).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("password authentication failed for user \"zenome_app\"")
                .doesNotContain("not-the-password").doesNotContain("\tat ");
    }

    @Test
    void aPasswordFileOthersMayReadIsNotUsed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(StoreLocations.ENV_DB) == null,
                "ZENOME_DB is set in this environment and would take precedence over db.url");
        Path admin = adminConfig("localhost:*:zenome:zenome_app:" + APP_PASSWORD, "rw-r--r--");
        assertThat(runWithAdminConfig(admin, "cases")).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("may be read or changed by other users").doesNotContain(APP_PASSWORD);
        assertThat(runWithAdminConfig(admin, "config")).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(err).contains("may be read or changed by other users");
    }

    @Test
    void withoutAnyPasswordTheMessageSaysWhereToPutIt() {
        // no password file has this server, and a test has no console to ask at
        assertThat(run("cases", "--db", base + "?user=zenome_app&sslmode=require")).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("zenome_app").contains("password file").doesNotContain("\tat ");
    }
}
