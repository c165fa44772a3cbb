package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native bulk insert on a real SQLite file: rows go in; a closed insert refuses rows instead of crashing. */
class NativeBulkTest {
    @TempDir
    Path dir;

    private Connection open() throws SQLException {
        SqliteNative.encryptionAvailable(); // loads the project's SQLite library, as the store does
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a INTEGER, b REAL, c TEXT)");
        }
        c.setAutoCommit(false);
        return c;
    }

    @Test
    void rowsGoInAndAClosedInsertRefusesMore() throws Exception {
        assumeTrue(NativeBulk.available(), "the project's SQLite library with the bulk insert is not built here");
        try (Connection c = open()) {
            NativeBulk bulk = new NativeBulk(c, "INSERT INTO t VALUES (?,?,?)", 3);
            for (int i = 0; i < 3; i++) {
                bulk.longValue(i);
                bulk.doubleValue(i / 2.0);
                bulk.textValue("row " + i, true);
                bulk.endRow();
            }
            bulk.flush();
            // closed from another thread (an abandoned import) while rows were still being packed
            bulk.longValue(9);
            bulk.doubleValue(Double.NaN);
            bulk.textValue("late", true);
            bulk.endRow();
            Thread closer = new Thread(bulk::close);
            closer.start();
            closer.join();
            assertThatThrownBy(bulk::flush).isInstanceOf(SQLException.class).hasMessageContaining("closed");
            bulk.close(); // twice is harmless
            c.commit();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), sum(a) FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getInt(2)).isEqualTo(3);
            }
        }
    }
}
