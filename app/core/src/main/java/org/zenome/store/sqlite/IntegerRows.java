package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Rows of integers inserted into one table at the end of an import (the {@code flag} rows, the sort prefixes: a
 * quarter of a million rows for a genome): through the native bulk insert when the project's SQLite library is
 * loaded, 64 rows per statement step, otherwise as a JDBC batch. Through JDBC each value is a call of its own, which
 * made these rows about 0.2 s of the import's single-threaded end.
 */
final class IntegerRows implements AutoCloseable {
    private static final int GROUP = 64;
    private final int columns;
    private final NativeBulk bulk;
    private final PreparedStatement ps;
    private int column;

    /** Rows of {@code columns} integer values for {@code INSERT INTO table VALUES (...)}. */
    IntegerRows(Connection c, String table, int columns) throws SQLException {
        this.columns = columns;
        String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        String sql = "INSERT INTO " + table + " VALUES " + row;
        if (NativeBulk.available()) {
            bulk = new NativeBulk(c, sql, "INSERT INTO " + table + " VALUES "
                    + String.join(",", Collections.nCopies(GROUP, row)), GROUP, columns);
            ps = null;
        } else {
            bulk = null;
            ps = c.prepareStatement(sql);
        }
    }

    void add(long a, long b) throws SQLException {
        value(a);
        value(b);
    }

    void add(long a, long b, long c) throws SQLException {
        value(a);
        value(b);
        value(c);
    }

    private void value(long v) throws SQLException {
        if (bulk != null) {
            bulk.longValue(v);
        } else {
            ps.setLong(column + 1, v);
        }
        if (++column == columns) {
            column = 0;
            if (bulk != null) {
                bulk.endRow();
            } else {
                ps.addBatch();
            }
        }
    }

    /** Inserts the rows added so far. */
    void flush() throws SQLException {
        if (bulk != null) {
            bulk.flush();
        } else {
            ps.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        if (bulk != null) {
            bulk.close();
        } else {
            ps.close();
        }
    }
}
