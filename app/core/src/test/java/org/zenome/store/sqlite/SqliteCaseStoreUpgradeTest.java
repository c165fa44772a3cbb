package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.store.StoreException;

/**
 * Upgrades of the case database: a database at schema V1 (made by running only the V1 migration) is opened by
 * a store that knows a later schema; it is migrated after a backup is written beside it. A database newer than
 * the application is refused and left unchanged.
 */
class SqliteCaseStoreUpgradeTest {
    private static final String LATER = "classpath:db/migration/sqlite-upgrade-test";

    @TempDir
    Path dir;

    @Test
    void v1DatabaseIsBackedUpThenMigrated() throws Exception {
        Path db = v1Database();

        try (SqliteCaseStore store = SqliteCaseStore.open(db, List.of(SqliteCaseStore.MIGRATIONS, LATER))) {
            assertThat(store.file()).isEqualTo(db.toAbsolutePath());
        }

        assertThat(schemaVersion(db)).isEqualTo("999");
        assertThat(strings(db, "SELECT note FROM upgrade_test_marker")).containsExactly("CASE-UPGRADE-1");
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        Path backup = backups.get(0);
        assertThat(backup.getFileName().toString()).matches("zenome\\.db\\.v1-\\d{8}T\\d{6}Z\\.backup");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        }
        // the backup is the old database, complete and openable: schema 1, the case, no trace of the upgrade
        assertThat(schemaVersion(backup)).isEqualTo("1");
        assertThat(strings(backup, "SELECT case_id FROM patient_case")).containsExactly("CASE-UPGRADE-1");
        assertThat(strings(backup, "SELECT name FROM sqlite_master WHERE name='upgrade_test_marker'")).isEmpty();
        assertThat(strings(backup, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void upToDateDatabaseIsNotBackedUp() throws Exception {
        Path db = dir.resolve("zenome.db");
        SqliteCaseStore.open(db).close();
        SqliteCaseStore.open(db).close();
        assertThat(backups()).isEmpty();
    }

    @Test
    void newDatabaseIsNotBackedUp() throws Exception {
        SqliteCaseStore.open(dir.resolve("zenome.db"), List.of(SqliteCaseStore.MIGRATIONS, LATER)).close();
        assertThat(backups()).isEmpty();
    }

    @Test
    void databaseFromNewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path db = v1Database();
        SqliteCaseStore.open(db, List.of(SqliteCaseStore.MIGRATIONS, LATER)).close();
        byte[] before = Files.readAllBytes(db);
        long backupsBefore = backups().size();

        assertThatThrownBy(() -> SqliteCaseStore.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(db.toAbsolutePath().toString())
                .hasMessageContaining("newer version of Zenome (schema 999")
                .hasMessageContaining("Nothing was changed");

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(backups()).hasSize((int) backupsBefore);
    }

    /** A database at schema version 1 holding one case, as version 0.1 of Zenome wrote it. */
    private Path v1Database() throws SQLException {
        Path db = dir.resolve("zenome.db");
        String url = "jdbc:sqlite:" + db;
        Flyway.configure().dataSource(url, null, null).locations(SqliteCaseStore.MIGRATIONS).target("1").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO patient_case (case_id, disease_area, status, created_at, updated_at)"
                    + " VALUES ('CASE-UPGRADE-1', 'RARE_DISEASE', 'IMPORTED', '2026-01-01T00:00:00Z',"
                    + " '2026-01-01T00:00:00Z')");
        }
        assertThat(schemaVersion(db)).isEqualTo("1");
        return db;
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".backup")).sorted().toList();
        }
    }

    private static String schemaVersion(Path db) throws SQLException {
        List<String> v = strings(db, "SELECT version FROM flyway_schema_history WHERE success=1"
                + " ORDER BY installed_rank DESC LIMIT 1");
        return v.isEmpty() ? null : v.get(0);
    }

    private static List<String> strings(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
