package org.zenome.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zenome.store.jdbc.FindingsLoader;

/** Writes copied findings into new findings files beside the SQLite database (db copy from a server). */
final class SqliteFindingsLoader implements FindingsLoader {
    private static final int BATCH = 4096;
    private final SqliteCaseStore store;
    private final List<Path> written = new ArrayList<>();

    SqliteFindingsLoader(SqliteCaseStore store) {
        this.store = store;
    }

    @Override
    public void load(Connection main, long token, Connection source, InputStream vcfCopy)
            throws SQLException, IOException {
        Path target = store.findingsDir().resolve(SqliteCaseWriter.fileName(token));
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.createDirectories(store.findingsDir());
        written.add(partial);
        try (Connection c = SqliteCaseStore.connectFindings(partial, false)) {
            c.setAutoCommit(false);
            FindingTables.create(c, 0);
            copy(source, c, "SELECT " + ROW_COLUMNS + " FROM finding ORDER BY id", "finding (" + ROW_COLUMNS + ")",
                    15, ROW_TEXT);
            for (SideTable t : SIDE_TABLES) {
                copy(source, c, "SELECT " + t.columns() + " FROM " + t.name(), t.name() + " (" + t.columns() + ")",
                        t.width(), t.text());
            }
            FindingTables.index(c, 0);
            SortPrefixes.build(c);
            c.commit();
        }
        written.add(target);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        SqliteCaseStore.restrictPermissions(target);
        if (vcfCopy != null) {
            Path copy = SqliteCaseWriter.sourceCopy(target);
            written.add(copy);
            Files.copy(vcfCopy, copy, StandardCopyOption.REPLACE_EXISTING);
            SqliteCaseStore.restrictPermissions(copy);
        }
    }

    private static void copy(Connection source, Connection target, String select, String into, int width,
                             Set<Integer> text) throws SQLException {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < width; i++) {
            marks.append(i == 0 ? "?" : ",?");
        }
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery(select);
             PreparedStatement ps = target.prepareStatement("INSERT INTO " + into + " VALUES (" + marks + ")")) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 1; i <= width; i++) {
                    ps.setObject(i, text.contains(i) ? rs.getString(i) : rs.getObject(i));
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public void discard() {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // left for the orphan clean-up at a later start
            }
        }
    }
}
