package org.zenome.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.store.CaseStore;
import org.zenome.store.StoreException;

/**
 * What the repositories of the main database need from a store, whatever the engine: one connection, write
 * transactions and reads on it. The repositories of {@code org.zenome.store.sqlite} that touch only the main database
 * are plain JDBC over portable SQL and run on both engines through this class (see docs/adr/postgresql-store.md);
 * engine-specific behaviour is in the two subclasses.
 *
 * <p>Write transactions are serialised across all application instances sharing the store: SQLite takes its write
 * lock at {@code BEGIN IMMEDIATE}, PostgreSQL takes a transaction-scoped advisory lock first ({@link #beginWrite}).
 * So the read-then-write steps of the repositories (the optimistic version check, the audit chain head) are atomic
 * on both engines.
 */
public abstract class JdbcCaseStore implements CaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCaseStore.class);

    /** Work on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** The engine behind the store. */
    public enum Engine { SQLITE, POSTGRESQL }

    public abstract Engine engine();

    /** The connection to the main database (synchronise on it while using it). */
    public abstract Connection main();

    /** Called at the start of every write transaction, on the main connection with auto-commit off. */
    protected void beginWrite(Connection c) throws SQLException {
    }

    /** Called after a write transaction committed (change notifications). */
    protected void afterCommit(Connection c) {
    }

    /** The BGZF copy of the case's VCF kept by the store, when it keeps one (SQLite store only). */
    public abstract Optional<Path> variantFile(long casePk);

    /** The token naming a case's findings (file or schema). */
    public abstract long lookupFindingTable(long casePk);

    /** A read connection to a case's findings, whose unqualified table names are that case's tables. */
    public abstract Connection findingConnection(long casePk, long findingTable);

    /** A record's line kept by the store, by BGZF virtual offset in the kept copy of the case's VCF. */
    public abstract String storedLine(long findingTable, long offset);

    /** The forms of the finding repository's conditions that this engine plans best. */
    public FindingQueries findingQueries() {
        return FindingQueries.PORTABLE;
    }

    /** Writes findings copied from another store ({@code db copy}). */
    public abstract FindingsLoader findingsLoader();

    /** The kept BGZF copy of a case's VCF, when the store keeps one (the caller closes it). */
    public abstract java.util.Optional<java.io.InputStream> storedSource(long findingTable);

    /** The words for a failed write transaction (the SQLite store names a full disk or read-only storage). */
    protected String describeFailure(Exception e) {
        return e.getMessage();
    }

    /** Runs {@code work} in one write transaction of the main database (rolled back on any failure). */
    public <T> T inTransaction(String what, SqlWork<T> work) {
        Connection c = main();
        synchronized (c) {
            T result;
            try {
                c.setAutoCommit(false);
                beginWrite(c);
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw new StoreException(location() + ": cannot " + what + ": " + describeFailure(e), e);
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.warn("cannot restore autocommit", e);
                }
            }
            afterCommit(c);
            return result;
        }
    }

    /** Runs {@code work} on the main connection outside a transaction (reads). */
    public <T> T reading(String what, SqlWork<T> work) {
        Connection c = main();
        synchronized (c) {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException(location() + ": cannot " + what + ": " + e.getMessage(), e);
            }
        }
    }
}
