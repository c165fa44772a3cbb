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

    static void create(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table(casePk) + " ("
                    + "id INTEGER PRIMARY KEY, rec INTEGER NOT NULL, line_no INTEGER NOT NULL, line TEXT, "
                    + "chrom TEXT NOT NULL, chrom_order INTEGER NOT NULL, pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, "
                    + "ref TEXT NOT NULL, alt TEXT NOT NULL, alt_index INTEGER NOT NULL, alt_count INTEGER NOT NULL, "
                    + "vid TEXT, qual REAL, filter TEXT, pass INTEGER NOT NULL, vtype INTEGER NOT NULL, sv_type TEXT, "
                    + "sv_len INTEGER, gene TEXT NOT NULL, genes TEXT, transcript TEXT, consequence TEXT, "
                    + "impact INTEGER NOT NULL, csq_rank INTEGER NOT NULL, csq_mask INTEGER NOT NULL, hgvs_c TEXT, "
                    + "hgvs_p TEXT, pop_af REAL, clinvar INTEGER NOT NULL, clinvar_text TEXT, clinvar_rev TEXT, "
                    + "cadd REAL, revel REAL, spliceai REAL, depth INTEGER, zyg INTEGER NOT NULL, gts TEXT, vaf REAL)");
            s.execute("CREATE TABLE " + geneTable(casePk) + " (gene TEXT NOT NULL COLLATE NOCASE, fid INTEGER NOT NULL)");
        }
    }

    /** Indexes the filters need, built after the bulk load. */
    static void index(Connection c, long casePk) throws SQLException {
        String t = table(casePk);
        String g = geneTable(casePk);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX " + t + "_locus ON " + t + " (chrom_order, pos)");
            s.execute("CREATE INDEX " + g + "_gene ON " + g + " (gene, fid)");
            s.execute("CREATE INDEX " + t + "_impact ON " + t + " (impact, pop_af)");
            s.execute("CREATE INDEX " + t + "_clinvar ON " + t + " (clinvar) WHERE clinvar > 0");
            s.execute("CREATE INDEX " + t + "_af ON " + t + " (pop_af)");
            s.execute("ANALYZE " + t);
            s.execute("ANALYZE " + g);
        }
    }

    static void drop(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table(casePk));
            s.execute("DROP TABLE IF EXISTS " + geneTable(casePk));
        }
    }
}
