package org.zenome.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zenome.audit.AuditVerification;
import org.zenome.store.StoreException;

/**
 * Copies a whole case store into a new, empty one of either engine ({@code zenome db copy}): every table of the main
 * database in one write transaction of the target, in the order of their foreign keys, and the findings of every case
 * with the target's {@link FindingsLoader}; then verifies row counts, finding counts and the audit chain.
 */
public final class StoreCopy {
    private static final int BATCH = 2000;

    /** What was copied and what the verification found. */
    public record Result(Map<String, long[]> tables, Map<String, long[]> findings, AuditVerification audit,
                         String sourceHead, String targetHead) {
        /** Every count equal on both sides, the chain intact and ending at the same entry. */
        public boolean verified() {
            return tables.values().stream().allMatch(c -> c[0] == c[1])
                    && findings.values().stream().allMatch(c -> c[0] == c[1])
                    && audit.intact() && java.util.Objects.equals(sourceHead, targetHead);
        }
    }

    private StoreCopy() {
    }

    public static Result copy(JdbcCaseStore from, JdbcCaseStore to) {
        List<String> tables = to.reading("list the tables", StoreCopy::tablesInKeyOrder);
        Map<String, Long> existing = counts(to, tables);
        long rows = existing.values().stream().mapToLong(Long::longValue).sum();
        if (rows > 0) {
            throw new StoreException(to.location() + ": the target store is not empty (" + describe(existing)
                    + "); db copy only fills a new store. Nothing was changed.");
        }
        Set<String> sourceTables = new LinkedHashSet<>(from.reading("list the tables", StoreCopy::tablesInKeyOrder));
        Map<Long, Long> cases = from.reading("list the cases", c -> {
            Map<Long, Long> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, finding_table FROM patient_case ORDER BY id")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
        FindingsLoader loader = to.findingsLoader();
        try {
            to.inTransaction("copy the store", tc -> {
                Connection fc = from.main();
                synchronized (fc) {
                    for (String t : tables) {
                        if (sourceTables.contains(t)) {
                            copyTable(fc, tc, t);
                        }
                    }
                }
                for (Map.Entry<Long, Long> e : cases.entrySet()) {
                    Connection source = from.findingConnection(e.getKey(), e.getValue());
                    Optional<InputStream> vcf = from.storedSource(e.getValue());
                    try {
                        synchronized (source) {
                            loader.load(tc, e.getValue(), source, vcf.orElse(null));
                        }
                    } catch (IOException ex) {
                        throw new StoreException(to.location() + ": cannot copy the findings of case " + e.getKey()
                                + ": " + ex.getMessage(), ex);
                    } finally {
                        if (vcf.isPresent()) {
                            try {
                                vcf.get().close();
                            } catch (IOException ignored) {
                                // read only
                            }
                        }
                    }
                }
                if (to.engine() == JdbcCaseStore.Engine.POSTGRESQL) {
                    resetIdentities(tc);
                }
                return null;
            });
        } catch (RuntimeException e) {
            loader.discard();
            throw e;
        }
        return verify(from, to, tables, cases);
    }

    private static String describe(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((t, n) -> {
            if (n > 0) {
                parts.add(t + ": " + n);
            }
        });
        return String.join(", ", parts);
    }

    static Map<String, Long> counts(JdbcCaseStore store, List<String> tables) {
        return store.reading("count the rows", c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (String t : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                        rs.next();
                        out.put(t, rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    private static Result verify(JdbcCaseStore from, JdbcCaseStore to, List<String> tables, Map<Long, Long> cases) {
        Map<String, Long> a = counts(from, tables);
        Map<String, Long> b = counts(to, tables);
        Map<String, long[]> t = new LinkedHashMap<>();
        for (String name : tables) {
            t.put(name, new long[] {a.getOrDefault(name, 0L), b.getOrDefault(name, 0L)});
        }
        Map<String, long[]> f = new LinkedHashMap<>();
        Map<Long, String> ids = to.reading("list the cases", c -> {
            Map<Long, String> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, case_id FROM patient_case ORDER BY id")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
        for (Map.Entry<Long, Long> e : cases.entrySet()) {
            f.put(ids.getOrDefault(e.getKey(), "#" + e.getKey()), new long[] {findingRows(from, e.getKey(), e.getValue()),
                    ids.containsKey(e.getKey()) ? findingRows(to, e.getKey(), e.getValue()) : -1});
        }
        return new Result(t, f, to.audit().verify(), head(from), head(to));
    }

    private static long findingRows(JdbcCaseStore store, long pk, long token) {
        Connection c = store.findingConnection(pk, token);
        synchronized (c) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM finding")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot count the findings: " + e.getMessage(), e);
            }
        }
    }

    private static String head(JdbcCaseStore store) {
        return store.reading("read the audit head", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_head")) {
                return rs.next() ? rs.getLong(1) + ":" + rs.getString(2) : null;
            }
        });
    }

    /** The tables of the main database, each after the tables its foreign keys point to. */
    static List<String> tablesInKeyOrder(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        boolean pg = md.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String schema = pg ? "public" : null;
        List<String> all = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("sqlite_") && !name.equalsIgnoreCase("flyway_schema_history")) {
                    all.add(name);
                }
            }
        }
        java.util.Collections.sort(all);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String t : all) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, t)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(t)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(t, p);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < all.size()) {
            boolean progress = false;
            for (String t : all) {
                if (!ordered.contains(t) && ordered.containsAll(parents.get(t).stream().filter(all::contains).toList())) {
                    ordered.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException("foreign keys form a cycle among " + all);
            }
        }
        return ordered;
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        Set<String> sourceColumns = new LinkedHashSet<>();
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1=0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                sourceColumns.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1=0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String name = md.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                if (sourceColumns.contains(name)) {
                    columns.add(name);
                    types.add(md.getColumnType(i));
                }
            }
        }
        String cols = String.join(", ", columns);
        String marks = String.join(",", java.util.Collections.nCopies(columns.size(), "?"));
        try (Statement s = from.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + cols + " FROM " + table);
             PreparedStatement ps = to.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")")) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(ps, i + 1, types.get(i), rs.getObject(i + 1), table, columns.get(i));
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

    private static void bind(PreparedStatement ps, int i, int type, Object v, String table, String column)
            throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ps.setLong(i, v instanceof Number n
                    ? n.longValue() : Long.parseLong(v.toString().strip()));
            case Types.DOUBLE, Types.REAL, Types.FLOAT, Types.NUMERIC, Types.DECIMAL -> ps.setDouble(i,
                    v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().strip()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                if (!(v instanceof byte[] bytes)) {
                    throw new SQLException(table + "." + column + ": expected bytes, found " + v.getClass().getSimpleName());
                }
                ps.setBytes(i, bytes);
            }
            default -> ps.setString(i, v.toString());
        }
    }

    private static void resetIdentities(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] t : identities) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + t[0] + "', '" + t[1] + "'), coalesce(max(" + t[1]
                        + "), 0) + 1, false) FROM " + t[0]);
            }
        }
    }
}
