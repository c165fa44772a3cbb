package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The finding tables of one case's findings file. Each imported case gets its own file so a whole genome
 * is bulk-loaded without a journal and without touching other cases, indexed after the load, and removed at
 * once when the case is replaced. Finding IDs seen outside the store combine the case and the row: see {@link #findingId}.
 */
final class FindingTables {
    /** Version of the finding table layout; a future layout change migrates every f_ table. */
    static final int LAYOUT = 1;
    private static final int ROW_BITS = 36;

    private FindingTables() {
    }

    static String table(long casePk) {
        return "finding";
    }

    static String geneTable(long casePk) {
        return "finding_gene";
    }

    static long findingId(long casePk, long rowId) {
        return (casePk << ROW_BITS) | rowId;
    }

    static long casePk(long findingId) {
        return findingId >>> ROW_BITS;
    }

    static long rowId(long findingId) {
        return findingId & ((1L << ROW_BITS) - 1);
    }

    /** Separator of the packed display fields in the {@code data} column. */
    static final char SEP = '\u001f';

    /**
     * Filterable and sortable fields get columns; the fields only shown are packed into {@code data}
     * (chrom, ref, alt, id, filter, transcript, consequence, HGVS c./p., ClinVar text and review status, SV type and
     * length, all genes, genotypes, ALT count), which keeps the bulk insert to a few bound values per row.
     */
    static void create(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table(casePk) + " ("
                    + "id INTEGER PRIMARY KEY, rec_offset INTEGER, line_no INTEGER, line TEXT, "
                    + "chrom_order INTEGER NOT NULL, pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, "
                    + "alt_index INTEGER NOT NULL, qual REAL, pass INTEGER NOT NULL, vtype INTEGER NOT NULL, "
                    + "gene TEXT NOT NULL COLLATE NOCASE, impact INTEGER NOT NULL, csq_rank INTEGER NOT NULL, "
                    + "csq_mask INTEGER NOT NULL, pop_af REAL, clinvar INTEGER NOT NULL, cadd REAL, revel REAL, "
                    + "spliceai REAL, depth INTEGER, zyg INTEGER NOT NULL, vaf REAL, data TEXT NOT NULL)");
            s.execute("CREATE TABLE " + geneTable(casePk) + " (gene TEXT NOT NULL COLLATE NOCASE, fid INTEGER NOT NULL)");
            s.execute("CREATE TABLE contig (name TEXT NOT NULL, chrom TEXT NOT NULL, chrom_order INTEGER NOT NULL, "
                    + "first_id INTEGER NOT NULL, last_id INTEGER NOT NULL)");
            s.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
    }

    /**
     * Indexes the filters need, built after the bulk load. There is no position index: rows are stored in file
     * order, the importer refuses unsorted files, and each contig's row range is in the {@code contig} table, so
     * a region is found by binary search on the row ID (see SqliteFindingRepository).
     */
    static void index(Connection c, long casePk) throws SQLException {
        String t = table(casePk);
        String g = geneTable(casePk);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX " + t + "_by_gene ON " + t + " (gene)");
            s.execute("CREATE INDEX " + g + "_by_gene ON " + g + " (gene, fid)");
            s.execute("CREATE INDEX " + t + "_clinvar ON " + t + " (clinvar) WHERE clinvar > 0");
            s.execute("CREATE INDEX " + t + "_impact ON " + t + " (impact) WHERE impact <= 1");
            s.execute("PRAGMA analysis_limit=1000");
            s.execute("ANALYZE");
        }
    }

    static void drop(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table(casePk));
            s.execute("DROP TABLE IF EXISTS " + geneTable(casePk));
        }
    }
}
