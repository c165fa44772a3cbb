package org.zenome.store;

/**
 * An open case database. The only way to the data is through its repositories; the engine behind it
 * (SQLite file now, a PostgreSQL server later) is chosen when the store is opened.
 */
public interface CaseStore extends AutoCloseable {

    CaseRepository cases();

    FindingRepository findings();

    /** Where the data lives, for messages (a file path or a JDBC URL without credentials). */
    String location();

    @Override
    void close();
}
