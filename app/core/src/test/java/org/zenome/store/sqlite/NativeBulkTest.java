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

    @Test
    void groupsOfRowsAndTheRestGoInInOrder() throws Exception {
        assumeTrue(NativeBulk.available(), "the project's SQLite library with the bulk insert is not built here");
        try (Connection c = open()) {
            NativeBulk bulk = new NativeBulk(c, "INSERT INTO t VALUES (?,?,?)",
                    "INSERT INTO t VALUES (?,?,?),(?,?,?),(?,?,?),(?,?,?)", 4, 3);
            int row = 0;
            // flushes of 0, 1, 3, 4, 5, 8 and 11 rows: whole groups, a rest, both
            for (int n : new int[] {0, 1, 3, 4, 5, 8, 11}) {
                for (int i = 0; i < n; i++, row++) {
                    bulk.longValue(row);
                    if (row % 3 == 0) {
                        bulk.nullValue();
                    } else {
                        bulk.doubleValue(row / 4.0);
                    }
                    bulk.textValue(row % 5 == 0 ? null : "r\u00e9" + row, false);
                    bulk.endRow();
                }
                bulk.flush();
            }
            bulk.close();
            c.commit();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT rowid, a, b, c FROM t ORDER BY rowid")) {
                for (int i = 0; i < row; i++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(i + 1);
                    assertThat(rs.getLong(2)).isEqualTo(i);
                    assertThat(rs.getObject(3)).isEqualTo(i % 3 == 0 ? null : i / 4.0);
                    assertThat(rs.getString(4)).isEqualTo(i % 5 == 0 ? null : "r\u00e9" + i);
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
