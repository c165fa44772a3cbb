package org.zenome.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.testing.PostgresServer;

/**
 * The two migration folders stay in step: every SQLite migration has a PostgreSQL counterpart of the same version
 * and name, and both produce the same tables with the same columns (see db/migration/postgresql/README.md).
 */
class MigrationParityTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__(.+)\\.sql");

    @TempDir
    Path dir;

    private static Map<Integer, String> migrations(String engine) throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationParityTest.class.getResource("/db/migration/" + engine).toURI());
        Map<Integer, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = VERSIONED.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.put(Integer.valueOf(m.group(1)), f.getFileName().toString());
                }
            }
        }
        return out;
    }

    @Test
    void everySqliteMigrationHasAPostgresqlCounterpart() throws Exception {
        Map<Integer, String> sqlite = migrations("sqlite");
        Map<Integer, String> postgres = migrations("postgresql");
        List<String> missing = new ArrayList<>();
        sqlite.forEach((v, name) -> {
            if (!name.equals(postgres.get(v))) {
                missing.add("db/migration/sqlite/" + name + " has no PostgreSQL counterpart: add "
                        + "db/migration/postgresql/" + name + " (porting rules in db/migration/postgresql/README.md)");
            }
        });
        postgres.forEach((v, name) -> {
            if (!sqlite.containsKey(v)) {
                missing.add("db/migration/postgresql/" + name + " has no SQLite migration of the same version");
            }
        });
        assertThat(missing).as("migration folders out of step").isEmpty();
    }

    @Test
    void bothEnginesGetTheSameTablesAndColumns() throws Exception {
        Path file = dir.resolve("parity.db");
        SqliteCaseStore.open(file).close();
        Map<String, TreeSet<String>> sqlite = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + t + ")")) {
                    while (rs.next()) {
                        sqlite.computeIfAbsent(t, k -> new TreeSet<>()).add(rs.getString("name")
                                + (rs.getInt("notnull") == 1 || rs.getInt("pk") > 0 ? " NOT NULL" : ""));
                    }
                }
            }
        }
        String url = PostgresServer.emptyDatabase(dir.toString());
        PostgresCaseStore.open(url, PostgresServer.superuser()).close();
        Map<String, TreeSet<String>> postgres = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, PostgresServer.superuser());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.table_name, c.column_name, c.is_nullable FROM "
                     + "information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                     + "AND t.table_name = c.table_name WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
                     + "AND c.table_name <> 'flyway_schema_history'")) {
            while (rs.next()) {
                postgres.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)
                        + ("NO".equals(rs.getString(3)) ? " NOT NULL" : ""));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(postgres).isEqualTo(sqlite);
    }
}
