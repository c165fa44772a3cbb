package org.zenome.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The words for a failed connection, from the driver's messages (the TLS cases are also met against a real server
 * in ServerConnectionOnPostgresTest; a server without TLS and a missing password here and in the CLI by hand).
 */
class ConnectionProblemsTest {
    private static final String URL = "jdbc:postgresql://db.example.jp:5432/zenome?sslmode=verify-full"
            + "&sslrootcert=%2Fetc%2Fzenome%2Froot.crt";

    @Test
    void namesTheSettingToCheck() {
        assertThat(ConnectionProblems.describe(URL, "tanaka", new SQLException("SSL error: PKIX path building failed: "
                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification "
                + "path to requested target", "08006")))
                .startsWith("the server's TLS certificate is not signed by the root certificate /etc/zenome/root.crt")
                .doesNotContain("Exception");
        assertThat(ConnectionProblems.describe(URL, "tanaka", new SQLException("The hostname db.example.jp could not "
                + "be verified by hostnameverifier PgjdbcHostnameVerifier.", "08006")))
                .contains("not issued for the host name db.example.jp");
        assertThat(ConnectionProblems.describe(URL, "tanaka", new SQLException("The server does not support SSL.",
                "08004"))).contains("does not accept TLS connections (sslmode=verify-full)");
        assertThat(ConnectionProblems.describe(URL, "tanaka", new SQLException("The server requested SCRAM-based "
                + "authentication, but no password was provided.", "08004")))
                .contains("password of tanaka").contains("db.passfile");
        assertThat(ConnectionProblems.describe("jdbc:postgresql://h/z?sslmode=verify-full", null,
                new SQLException("Could not open SSL root certificate file /home/u/.postgresql/root.crt.", "08006")))
                .contains("the default root certificate file");
        // anything else: the driver's own words
        assertThat(ConnectionProblems.describe(URL, "tanaka", new SQLException("Connection refused", "08001")))
                .isEqualTo("Connection refused");
    }

    @Test
    void connectionFailuresAreTheConnectionAndAuthorisationClasses() {
        assertThat(ConnectionProblems.isConnectionFailure(new SQLException("x", "08006"))).isTrue();
        assertThat(ConnectionProblems.isConnectionFailure(new SQLException("x", "28P01"))).isTrue();
        assertThat(ConnectionProblems.isConnectionFailure(new SQLException("x", "3D000"))).isTrue();
        assertThat(ConnectionProblems.isConnectionFailure(new SQLException("relation does not exist", "42P01")))
                .isFalse();
        assertThat(ConnectionProblems.isConnectionFailure(new SQLException("x"))).isFalse();
    }
}
