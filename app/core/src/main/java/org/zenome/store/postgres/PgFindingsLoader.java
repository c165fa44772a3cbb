package org.zenome.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.zenome.store.jdbc.FindingsLoader;

/** Loads copied findings into a case schema with COPY, in the target's main transaction. */
final class PgFindingsLoader implements FindingsLoader {
    private static final int FLUSH = 1 << 20;

    @Override
    public void load(Connection main, long token, Connection source, InputStream vcfCopy)
            throws SQLException, IOException {
        String schema = PostgresCaseStore.schema(token);
        try (Statement s = main.createStatement()) {
            PgFindingTables.createRowTable(s, schema);
        }
        CopyManager cm = main.unwrap(PGConnection.class).getCopyAPI();
        copy(cm, source, "SELECT " + ROW_COLUMNS + " FROM finding ORDER BY id", schema + ".finding_raw ("
                + PgFindingTables.ROW_COLUMNS + ")", 15, ROW_TEXT);
        try (Statement s = main.createStatement()) {
            PgFindingTables.createSideTables(s, schema);
        }
        for (SideTable t : SIDE_TABLES) {
            copy(cm, source, "SELECT " + t.columns() + " FROM " + t.name() + (t.name().equals("meta")
                    ? " WHERE key <> 'source_size'" : ""), schema + "." + t.name() + " (" + t.columns() + ")",
                    t.width(), t.text());
        }
        if (vcfCopy != null) {
            long size = PgFindingTables.storeSource(main, schema, vcfCopy);
            try (PreparedStatement ps = main.prepareStatement("INSERT INTO " + schema + ".meta VALUES ('source_size', ?)")) {
                ps.setString(1, Long.toString(size));
                ps.executeUpdate();
            }
        }
        try (Statement s = main.createStatement()) {
            PgFindingTables.index(s, schema);
        }
    }

    private static void copy(CopyManager cm, Connection source, String select, String target, int width,
                             Set<Integer> text) throws SQLException {
        CopyIn in = cm.copyIn("COPY " + target + " FROM STDIN");
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery(select)) {
            StringBuilder b = new StringBuilder(FLUSH + 4096);
            while (rs.next()) {
                for (int i = 1; i <= width; i++) {
                    if (i > 1) {
                        b.append('\t');
                    }
                    Object v = text.contains(i) ? rs.getString(i) : rs.getObject(i);
                    if (v == null) {
                        b.append("\\N");
                    } else if (v instanceof String str) {
                        PgFindingTables.text(b, str);
                    } else {
                        b.append(v);
                    }
                }
                b.append('\n');
                if (b.length() >= FLUSH) {
                    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    b.setLength(0);
                }
            }
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    @Override
    public void discard() {
        // everything was written in the main transaction, which rolls back
    }
}
