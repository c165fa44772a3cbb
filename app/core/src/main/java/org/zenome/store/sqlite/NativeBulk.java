package org.zenome.store.sqlite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.core.DB;

/**
 * One insert statement fed many rows per native call (issue 8): the values of each row are packed into a direct
 * buffer (full groups of rows then go through a multi-row statement, sharing SQLite's per-statement work), and
 * {@code zenome_bulk.c} (compiled into the SQLite3MC library, build-sqlite3mc.sh) binds and steps them on
 * the JDBC driver's own connection, inside its open transaction. Through JDBC every value is a JNI call of its own
 * plus the driver's batch bookkeeping; here a buffer of about a thousand rows is one call.
 *
 * <p>Available only when the project's SQLite library is loaded ({@link #available()}); callers keep their JDBC
 * path for the driver's own library ({@code -Dzenome.sqlite3mc=false}, or a build without gcc). Values are added
 * column by column, then {@link #endRow()}; rows reach the database at {@link #flush()} (or when the buffer fills).
 * Not thread-safe; the connection must not be closed before {@link #close()}.
 */
final class NativeBulk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NativeBulk.class);
    private static final int VERSION = 2;
    private static final int BAD_BUFFER = -100000;
    private static final byte NULL = 0;
    private static final byte INT = 1;
    private static final byte REAL = 2;
    private static final byte TEXT = 3;
    /** Rows go to SQLite once this many bytes are packed (about a thousand findings). */
    private static final int FLUSH_BYTES = 512 * 1024;
    private static Boolean available;

    private final DB db;
    private final int columns;
    private long stmt;
    /** The statement for {@link #group} rows at once (0 for none). */
    private long groupStmt;
    private final int group;
    /** Rows packed in the buffer. */
    private int rows;
    private ByteBuffer buf = ByteBuffer.allocateDirect(2 * FLUSH_BYTES).order(ByteOrder.nativeOrder());
    private byte[] staging = new byte[4096];
    private int column;

    private static native int version();

    private static native long prepare(Object nativeDB, byte[] sql);

    private static native int insert(long stmt, long groupStmt, int group, int columns, ByteBuffer buf, int length,
                                     int rows);

    private static native String errmsg(Object nativeDB);

    private static native void close(long stmt);

    /**
     * Whether the native bulk insert is in this process's SQLite library and not switched off
     * ({@code -Dzenome.bulk=false}, read at each call: tests compare both paths).
     */
    static boolean available() {
        return !"false".equals(System.getProperty("zenome.bulk")) && loaded();
    }

    private static synchronized boolean loaded() {
        if (available == null) {
            boolean ok = false;
            if (SqliteNative.encryptionAvailable()) {
                try {
                    ok = version() == VERSION;
                } catch (UnsatisfiedLinkError e) {
                    LOG.debug("native bulk insert not in the SQLite library: {}", e.getMessage());
                }
            }
            available = ok;
        }
        return available;
    }

    /** Prepares {@code sql} (one row's {@code ?} placeholders, {@code columns} of them) on {@code c}. */
    NativeBulk(Connection c, String sql, int columns) throws SQLException {
        this(c, sql, null, 1, columns);
    }

    /**
     * As above, with {@code groupSql} inserting {@code group} rows at once ({@code group} times the placeholders of
     * {@code sql}, a multi-row VALUES list, which SQLite inserts in order): full groups of rows go through it, the
     * rest of a flush through {@code sql}.
     */
    NativeBulk(Connection c, String sql, String groupSql, int group, int columns) throws SQLException {
        this.db = c.unwrap(SQLiteConnection.class).getDatabase();
        this.columns = columns;
        this.group = groupSql == null ? 1 : group;
        synchronized (db) {
            stmt = prepared(sql);
            if (groupSql != null) {
                try {
                    groupStmt = prepared(groupSql);
                } catch (SQLException e) {
                    close(stmt);
                    stmt = 0;
                    throw e;
                }
            }
        }
    }

    private long prepared(String sql) throws SQLException {
        long p = prepare(db, sql.getBytes(StandardCharsets.UTF_8));
        if (p <= 0) {
            throw error((int) -p);
        }
        return p;
    }

    void nullValue() {
        ensure(1);
        buf.put(NULL);
        column++;
    }

    void longValue(long v) {
        ensure(9);
        buf.put(INT).putLong(v);
        column++;
    }

    /** A REAL value; NaN is stored as NULL. */
    void doubleValue(double v) {
        if (Double.isNaN(v)) {
            nullValue();
            return;
        }
        ensure(9);
        buf.put(REAL).putDouble(v);
        column++;
    }

    /**
     * A TEXT value; null is stored as NULL. {@code ascii} says that every character of {@code s} is below 128 (the
     * caller knows it from the input), which lets the characters be copied as bytes without encoding.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, an array copy
    void textValue(String s, boolean ascii) {
        if (s == null) {
            nullValue();
            return;
        }
        byte[] b;
        int n;
        if (ascii) {
            n = s.length();
            if (staging.length < n) {
                staging = new byte[Math.max(n, staging.length * 2)];
            }
            s.getBytes(0, n, staging, 0);
            b = staging;
        } else {
            b = s.getBytes(StandardCharsets.UTF_8);
            n = b.length;
        }
        ensure(5 + n);
        buf.put(TEXT).putInt(n).put(b, 0, n);
        column++;
    }

    /** Ends a row; sends the packed rows to SQLite when enough are waiting. */
    void endRow() throws SQLException {
        if (column != columns) {
            throw new IllegalStateException(column + " values in a row of " + columns + " columns");
        }
        column = 0;
        rows++;
        if (buf.position() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Inserts every row packed so far (called between rows only). */
    void flush() throws SQLException {
        if (column != 0) {
            throw new IllegalStateException("bulk insert flushed in the middle of a row");
        }
        if (buf.position() == 0) {
            return;
        }
        int rc;
        synchronized (db) {
            if (stmt == 0) {
                // closed by another thread (an import being abandoned): never hand SQLite a finalised statement
                throw new SQLException("bulk insert already closed");
            }
            rc = insert(stmt, groupStmt, group, columns, buf, buf.position(), rows);
        }
        buf.clear();
        rows = 0;
        if (rc < 0) {
            if (rc == BAD_BUFFER) {
                throw new IllegalStateException("bulk insert buffer out of step with its " + columns + " columns");
            }
            throw error(-rc);
        }
    }

    private void ensure(int n) {
        if (buf.remaining() >= n) {
            return;
        }
        ByteBuffer bigger = ByteBuffer.allocateDirect(Math.max(buf.capacity() * 2, buf.position() + n + FLUSH_BYTES))
                .order(ByteOrder.nativeOrder());
        buf.flip();
        bigger.put(buf);
        buf = bigger;
    }

    private SQLException error(int code) {
        String msg;
        synchronized (db) {
            msg = errmsg(db);
        }
        SQLiteErrorCode ec = SQLiteErrorCode.getErrorCode(code);
        return new SQLiteException("[" + ec.name() + "] " + msg + " (" + code + ")", ec);
    }

    /** Finalises the statement (rows not flushed are dropped). */
    @Override
    public void close() {
        synchronized (db) {
            if (stmt != 0) {
                close(stmt);
                stmt = 0;
            }
            if (groupStmt != 0) {
                close(groupStmt);
                groupStmt = 0;
            }
        }
    }
}
