package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import org.zenome.store.FindingRow;
import org.zenome.domain.VariantFilter.SortKey;

/**
 * The first rows of the finding table in each numeric sort order, kept while the rows are written and stored in the
 * {@code sort_top} table. An unfiltered or loosely filtered sort of a whole genome (e.g. by population AF) then walks
 * these rows in order instead of reading and sorting five million rows; when they do not fill the page the query
 * falls back to the full sort (see {@link SqliteFindingRepository}). The finding table is never changed after the
 * import, so the prefixes stay exact. Each order is exactly the SQL order of
 * {@code SqliteFindingRepository.orderBy}: NULL placement, value direction, then the row ID as tie-breaker.
 */
final class SortPrefixes {
    /** Rows kept per order: 200 pages of 100. */
    static final int SIZE = 20_000;
    /**
     * Cases with at most this many rows get no prefixes: SQLite sorts them in a few tens of milliseconds, and the
     * 240,000 prefix rows would cost a small import more than they save (a test lowers it).
     */
    static volatile long minRows = 200_000;

    /** One sort order: which value, where NULLs go, and the directions of the value and the row ID. */
    enum Order {
        POPULATION_AF_ASC(1, SortKey.POPULATION_AF, false, true, false, false),
        POPULATION_AF_DESC(2, SortKey.POPULATION_AF, true, false, true, true),
        CLINVAR_ASC(3, SortKey.CLINVAR, false, false, true, false),
        CLINVAR_DESC(4, SortKey.CLINVAR, true, false, false, true),
        CADD_ASC(5, SortKey.CADD, false, false, true, false),
        CADD_DESC(6, SortKey.CADD, true, false, false, true),
        REVEL_ASC(7, SortKey.REVEL, false, false, true, false),
        REVEL_DESC(8, SortKey.REVEL, true, false, false, true),
        QUAL_ASC(9, SortKey.QUAL, false, false, false, false),
        QUAL_DESC(10, SortKey.QUAL, true, false, true, true),
        IMPACT_ASC(11, SortKey.IMPACT, false, false, false, false),
        IMPACT_DESC(12, SortKey.IMPACT, true, false, true, true);

        final int code;
        final SortKey key;
        final boolean descending;
        final boolean nullsFirst;
        final boolean valueDescending;
        final boolean idDescending;

        Order(int code, SortKey key, boolean descending, boolean nullsFirst, boolean valueDescending,
              boolean idDescending) {
            this.code = code;
            this.key = key;
            this.descending = descending;
            this.nullsFirst = nullsFirst;
            this.valueDescending = valueDescending;
            this.idDescending = idDescending;
        }

        /** The order of a filter's sort, or null when its sort has no prefix (position, gene, gene score). */
        static Order of(SortKey key, boolean descending) {
            for (Order o : values()) {
                if (o.key == key && o.descending == descending) {
                    return o;
                }
            }
            return null;
        }

        /** The sorted value of a row; NaN for NULL. */
        double value(FindingRow r) {
            switch (key) {
                case POPULATION_AF:
                    return r.populationAf;
                case CLINVAR:
                    return r.clinvar;
                case CADD:
                    return r.cadd;
                case REVEL:
                    return r.revel;
                case QUAL:
                    return r.qual;
                case IMPACT:
                    return r.impact * 256.0 + r.consequenceRank;
                default:
                    throw new IllegalStateException("no prefix for " + key);
            }
        }

        /** Whether row (va, a) comes before row (vb, b) in this order (SQL comparison: -0.0 equals 0.0). */
        boolean before(double va, long a, double vb, long b) {
            boolean na = Double.isNaN(va);
            boolean nb = Double.isNaN(vb);
            if (na != nb) {
                return na == nullsFirst;
            }
            if (!na && va != vb) {
                return valueDescending ? va > vb : va < vb;
            }
            return idDescending ? a > b : a < b;
        }
    }

    /** The best {@link #SIZE} rows of one order so far, as a heap with the last of them on top. */
    private static final class Heap {
        final Order order;
        final double[] v = new double[SIZE];
        final long[] id = new long[SIZE];
        int size;

        Heap(Order order) {
            this.order = order;
        }

        void offer(double value, long rowId) {
            if (size < SIZE) {
                v[size] = value;
                id[size] = rowId;
                up(size++);
            } else if (order.before(value, rowId, v[0], id[0])) {
                v[0] = value;
                id[0] = rowId;
                down(0);
            }
        }

        /** Whether i should be above j in the heap (i comes later in the order). */
        private boolean later(int i, int j) {
            return order.before(v[j], id[j], v[i], id[i]);
        }

        private void up(int i) {
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (!later(i, p)) {
                    return;
                }
                swap(i, p);
                i = p;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    return;
                }
                int m = l + 1 < size && later(l + 1, l) ? l + 1 : l;
                if (!later(m, i)) {
                    return;
                }
                swap(i, m);
                i = m;
            }
        }

        private void swap(int i, int j) {
            double tv = v[i];
            v[i] = v[j];
            v[j] = tv;
            long ti = id[i];
            id[i] = id[j];
            id[j] = ti;
        }

        /** The kept row IDs in order. */
        long[] sorted() {
            Integer[] idx = new Integer[size];
            for (int i = 0; i < size; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (x, y) -> order.before(v[x], id[x], v[y], id[y]) ? -1
                    : order.before(v[y], id[y], v[x], id[x]) ? 1 : 0);
            long[] out = new long[size];
            for (int i = 0; i < size; i++) {
                out[i] = id[idx[i]];
            }
            return out;
        }
    }

    private final Heap[] heaps;

    SortPrefixes() {
        Order[] orders = Order.values();
        heaps = new Heap[orders.length];
        for (int i = 0; i < orders.length; i++) {
            heaps[i] = new Heap(orders[i]);
        }
    }

    /** The sorted values of the rows seen while the case is still small enough to need no prefixes, per order. */
    private double[][] held = new double[Order.values().length][1024];
    private long[] heldIds = new long[1024];
    private int heldCount;

    /**
     * Offers a written row to every order. The first {@link #minRows} rows are only held (a small case never pays
     * for the heaps); the heaps start when the case grows past it.
     */
    void add(FindingRow r, long rowId) {
        if (held != null) {
            if (heldCount < minRows) {
                if (heldCount == heldIds.length) {
                    heldIds = Arrays.copyOf(heldIds, heldCount * 2);
                    for (int k = 0; k < held.length; k++) {
                        held[k] = Arrays.copyOf(held[k], heldCount * 2);
                    }
                }
                for (int k = 0; k < heaps.length; k++) {
                    held[k][heldCount] = heaps[k].order.value(r);
                }
                heldIds[heldCount++] = rowId;
                return;
            }
            for (int k = 0; k < heaps.length; k++) {
                for (int i = 0; i < heldCount; i++) {
                    heaps[k].offer(held[k][i], heldIds[i]);
                }
            }
            held = null;
            heldIds = null;
        }
        for (Heap h : heaps) {
            h.offer(h.order.value(r), rowId);
        }
    }

    static void create(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sort_top (skey INTEGER NOT NULL, srank INTEGER NOT NULL, fid INTEGER NOT NULL, "
                    + "PRIMARY KEY (skey, srank)) WITHOUT ROWID");
        }
    }

    /** Whether a findings file has the prefixes (files written before they existed do not). */
    static boolean present(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sort_top'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Computes the prefixes from a loaded finding table (a store copied from PostgreSQL). */
    static void build(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM finding")) {
            if (!rs.next() || rs.getLong(1) <= minRows) {
                return;
            }
        }
        create(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sort_top VALUES (?,?,?)");
             java.sql.Statement s = c.createStatement()) {
            for (Order o : Order.values()) {
                String order = SqliteFindingRepository.orderBy(
                        org.zenome.domain.VariantFilter.all().sortedBy(o.key, o.descending), "");
                try (java.sql.ResultSet rs = s.executeQuery("SELECT id FROM finding ORDER BY " + order + " LIMIT " + SIZE)) {
                    int rank = 0;
                    while (rs.next()) {
                        ps.setInt(1, o.code);
                        ps.setInt(2, rank++);
                        ps.setLong(3, rs.getLong(1));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    /** Writes the prefixes of a case of {@code rows} rows (in the import's transaction). */
    void write(Connection c, long rows) throws SQLException {
        if (rows <= minRows) {
            return;
        }
        create(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sort_top VALUES (?,?,?)")) {
            for (Heap h : heaps) {
                long[] ids = h.sorted();
                for (int i = 0; i < ids.length; i++) {
                    ps.setInt(1, h.order.code);
                    ps.setInt(2, i);
                    ps.setLong(3, ids[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
