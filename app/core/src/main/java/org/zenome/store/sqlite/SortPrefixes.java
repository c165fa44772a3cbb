package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
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

        /** Negative when value a sorts before value b in this order (NaN is NULL), zero when they tie. */
        int compareValues(double a, double b) {
            boolean na = Double.isNaN(a);
            boolean nb = Double.isNaN(b);
            if (na || nb) {
                return na == nb ? 0 : na == nullsFirst ? -1 : 1;
            }
            if (a == b) {
                return 0;
            }
            return (valueDescending ? a > b : a < b) ? -1 : 1;
        }
    }

    /**
     * The first {@link #SIZE} rows of one order so far, grouped by value: a heap of the distinct values (the last
     * one on top), each with its rows' IDs in arrival (= ID) order. Rows arrive in ID order, so within a value the
     * ID decides by appending: a later row with the last value is simply refused (ascending IDs) or replaces that
     * value's oldest row (descending IDs). Each row costs one value comparison, also in orders where millions of
     * rows share a value (ClinVar class, impact, the commonest AF): a heap of single rows re-sorted on every such row.
     */
    private static final class Groups {
        final Order order;
        final java.util.PriorityQueue<Group> lastFirst;
        final GroupMap byValue = new GroupMap();
        int count;
        /** The group of the last value added, and its key (valid while the group is in the heap). */
        private Group lastGroup;
        private long lastKey;
        /** The value of the heap's top (the last kept value) once the order is full. */
        private double worst;
        /** Whether the order holds {@link #SIZE} rows ({@link #worst} is set). */
        boolean full;
        private boolean worstIsNull;
        private boolean refusesNull;
        private final boolean valueDescending;
        private final boolean nullsFirst;
        private final boolean idDescending;
        /**
         * The bits of the last value refused for sorting after every kept one: refused for good, since the kept values
         * only get better (a bit pattern {@link Double#doubleToLongBits} never returns while there is none).
         */
        private long refused = NO_VALUE;
        private static final long NO_VALUE = 0x7ff0000000000001L;

        Groups(Order order) {
            this.order = order;
            this.valueDescending = order.valueDescending;
            this.nullsFirst = order.nullsFirst;
            this.idDescending = order.idDescending;
            this.lastFirst = new java.util.PriorityQueue<>((a, b) -> order.compareValues(b.value, a.value));
        }

        void offer(double value, long rowId) {
            double v = value == 0.0 ? 0.0 : value; // -0.0 sorts as 0.0 in SQL
            long key = Double.doubleToLongBits(v);
            if (count >= SIZE) {
                // most rows of a genome: a value already refused (NULL, the commonest AF, MODIFIER), no heap access
                if (key == refused) {
                    return;
                }
                int c = order.compareValues(v, worst);
                if (c > 0) {
                    refused = key;
                    return;
                }
                if (c == 0) {
                    if (order.idDescending) {
                        Group last = lastFirst.peek();
                        last.ids.removeFirst();
                        last.ids.addLast(rowId);
                    }
                    return;
                }
            }
            // consecutive rows often share a value (a ClinVar class, an impact, no AF): no map look-up for them
            Group g = lastGroup != null && key == lastKey ? lastGroup : byValue.get(key);
            if (g == null) {
                g = new Group(v);
                byValue.put(key, g);
                lastFirst.add(g);
            }
            lastKey = key;
            lastGroup = g;
            g.ids.addLast(rowId);
            count++;
            while (count > SIZE) {
                Group last = lastFirst.peek();
                int excess = count - SIZE;
                if (last.ids.size() <= excess) {
                    lastFirst.poll();
                    byValue.remove(Double.doubleToLongBits(last.value));
                    if (last == lastGroup) {
                        lastGroup = null;
                    }
                    count -= last.ids.size();
                } else {
                    for (int i = 0; i < excess; i++) {
                        if (order.idDescending) {
                            last.ids.removeFirst();
                        } else {
                            last.ids.removeLast();
                        }
                    }
                    count -= excess;
                }
            }
            if (count >= SIZE) {
                worst = lastFirst.peek().value;
                worstIsNull = Double.isNaN(worst);
                // a NULL value after a NULL last kept value is a tie
                refusesNull = worstIsNull ? !idDescending : !nullsFirst;
                full = true;
            }
        }

        /**
         * Whether a full order refuses a row of value {@code v} without looking at its groups: exactly when
         * {@link #offer} would leave the order unchanged by the comparison with the last kept value, i.e. the value
         * sorts after it ({@code compareValues(v, worst) > 0}) or ties with it in an order whose ties keep the
         * earlier rows. Most rows of a genome end here, twelve times each (~60 million calls): it is small enough to
         * be compiled into the caller, where {@link #offer} is not.
         */
        boolean refuses(double v) {
            // without branches: each order fills at its own moment, and a branch first taken then would have the
            // compiled writer thrown away and compiled again (JFR: a deoptimisation a second into the import)
            boolean isNull = Double.isNaN(v);
            boolean after = v > worst & !valueDescending | v < worst & valueDescending;
            boolean tieRefused = v == worst & !idDescending;
            return full & (isNull & refusesNull
                    | !isNull & (worstIsNull & nullsFirst | !worstIsNull & (after | tieRefused)));
        }

        /** The kept row IDs in order. */
        long[] sorted() {
            List<Group> groups = new java.util.ArrayList<>(lastFirst);
            groups.sort((a, b) -> order.compareValues(a.value, b.value));
            long[] out = new long[count];
            int n = 0;
            for (Group g : groups) {
                int size = g.ids.size();
                for (int i = 0; i < size; i++) {
                    out[n++] = g.ids.get(order.idDescending ? size - 1 - i : i);
                }
            }
            return out;
        }
    }

    /**
     * The groups by the bits of their value: open addressing with linear probing and deletion by moving entries
     * back, so a row that starts a value costs no boxed key and no map node (about a million such rows per genome).
     */
    static final class GroupMap {
        private long[] keys = new long[64];
        private Group[] values = new Group[64];
        private int size;

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        Group get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }

        void put(long key, Group g) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != null) {
                if (keys[i] == key) {
                    values[i] = g;
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = g;
            size++;
        }

        void remove(long key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (values[i] == null) {
                return;
            }
            values[i] = null;
            size--;
            // move back the entries of the probe run behind the hole that may no longer be found
            for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
                int home = slot(keys[j], mask);
                boolean between = i <= j ? i < home && home <= j : i < home || home <= j;
                if (!between) {
                    keys[i] = keys[j];
                    values[i] = values[j];
                    values[j] = null;
                    i = j;
                }
            }
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] oldKeys = keys;
            Group[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Group[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }

    /** One value's row IDs, ascending. */
    static final class Group {
        final double value;
        final LongDeque ids = new LongDeque();

        Group(double value) {
            this.value = value;
        }
    }

    /** A growable ring buffer of longs. */
    static final class LongDeque {
        private long[] a = new long[8];
        private int head;
        private int size;

        int size() {
            return size;
        }

        long get(int i) {
            return a[(head + i) & (a.length - 1)];
        }

        void addLast(long v) {
            if (size == a.length) {
                long[] b = new long[a.length * 2];
                for (int i = 0; i < size; i++) {
                    b[i] = get(i);
                }
                a = b;
                head = 0;
            }
            a[(head + size++) & (a.length - 1)] = v;
        }

        void removeFirst() {
            head = (head + 1) & (a.length - 1);
            size--;
        }

        void removeLast() {
            size--;
        }
    }

    private final Groups[] heaps;
    /** Per heap, the first heap that sorts by the same value (an order's two directions share it). */
    private final int[] sameValueAs;
    /** The current row's value per heap. */
    private final double[] rowValues;

    SortPrefixes() {
        Order[] orders = Order.values();
        heaps = new Groups[orders.length];
        sameValueAs = new int[orders.length];
        rowValues = new double[orders.length];
        for (int i = 0; i < orders.length; i++) {
            heaps[i] = new Groups(orders[i]);
            sameValueAs[i] = i;
            for (int j = 0; j < i; j++) {
                if (orders[j].key == orders[i].key) {
                    sameValueAs[i] = j;
                    break;
                }
            }
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
        // each sorted value read once for its two orders
        for (int k = 0; k < heaps.length; k++) {
            int same = sameValueAs[k];
            double v = same == k ? heaps[k].order.value(r) : rowValues[same];
            rowValues[k] = v;
            Groups h = heaps[k];
            if (!h.refuses(v)) {
                h.offer(v, rowId);
            }
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

    /** The kept row IDs of {@code order} in order (for tests). */
    long[] sorted(Order order) {
        for (Groups h : heaps) {
            if (h.order == order) {
                return h.sorted();
            }
        }
        throw new IllegalArgumentException(order.name());
    }

    /** Writes the prefixes of a case of {@code rows} rows (in the import's transaction). */
    void write(Connection c, long rows) throws SQLException {
        if (rows <= minRows) {
            return;
        }
        create(c);
        try (IntegerRows top = new IntegerRows(c, "sort_top", 3)) {
            for (Groups h : heaps) {
                long[] ids = h.sorted();
                for (int i = 0; i < ids.length; i++) {
                    top.add(h.order.code, i, ids[i]);
                }
            }
            top.flush();
        }
    }
}
