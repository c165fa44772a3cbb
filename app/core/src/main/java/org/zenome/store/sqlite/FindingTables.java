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
    static final int LAYOUT = 3;

    /**
     * The small codes of a row packed into one integer column ({@code codes}), which saves the bulk insert six bound
     * values per row; the table shows them as virtual columns of their own (chrom_order, alt_index, pass, vtype,
     * impact, csq_rank, clinvar), so queries read as before.
     */
    static long codes(int chromOrder, int altIndex, boolean pass, int variantType, int impact, int csqRank, int clinvar) {
        if (chromOrder < 0 || chromOrder > 65535 || altIndex < 0 || altIndex > 65535 || variantType < 0 || variantType > 15
                || impact < 0 || impact > 7 || csqRank < 0 || csqRank > 255 || clinvar < 0 || clinvar > 15) {
            throw new IllegalArgumentException("finding codes out of range: contig order " + chromOrder + ", ALT "
                    + altIndex + ", type " + variantType + ", impact " + impact + ", consequence rank " + csqRank
                    + ", ClinVar " + clinvar);
        }
        return chromOrder | (long) altIndex << 16 | (pass ? 1L : 0L) << 32 | (long) variantType << 33
                | (long) impact << 37 | (long) csqRank << 40 | (long) clinvar << 48;
    }
    /** A gene's rows further apart than this start a new span (genes with copies on many chromosomes, e.g. snRNAs). */
    static final long SPAN_GAP = 20_000;
    /** Kinds of the {@code flag} table: rows with a ClinVar class, rows of HIGH or MODERATE impact. */
    static final int FLAG_CLINVAR = 1;
    static final int FLAG_HIGH_OR_MODERATE = 2;
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

    /**
     * Rows at and above this in a case's id space are never findings (34 billion rows per case): the records of a
     * finding whose variant left the case's data at a re-import ("orphaned") keep ids there ({@link #orphanId}).
     */
    static final long ORPHAN_BASE = 1L << 35;

    /** The id of the case's {@code n}-th orphaned finding (0-based). */
    static long orphanId(long casePk, long n) {
        return findingId(casePk, ORPHAN_BASE + n);
    }

    static boolean isOrphanId(long findingId) {
        return rowId(findingId) >= ORPHAN_BASE;
    }

    static long casePk(long findingId) {
        return findingId >>> ROW_BITS;
    }

    static long rowId(long findingId) {
        return findingId & ((1L << ROW_BITS) - 1);
    }

    /** Separator of the packed display fields in the {@code data} column. */
    static final char SEP = org.zenome.store.FindingRow.SEP;

    /**
     * Filterable and sortable fields get columns; the fields only shown are packed into {@code data}
     * (chrom, ref, alt, id, filter, transcript, consequence, HGVS c./p., ClinVar text and review status, SV type and
     * length, all genes, genotypes, ALT count), which keeps the bulk insert to a few bound values per row.
     */
    static void create(Connection c, long casePk) throws SQLException {
        createForLoad(c, casePk);
        addCodeColumns(c, casePk);
    }

    /**
     * The small codes packed into {@code codes}, as virtual columns of their own. SQLite computes a table's generated
     * columns on every insert, also virtual ones (~0.15 s per million rows, ~0.8 s of a genome's single writer thread),
     * so the import adds them after the bulk load ({@link #addCodeColumns}: a change of the schema only, no row is read
     * or written); queries name their columns, so where the columns sit in the table does not matter.
     */
    private static final String[] CODE_COLUMNS = {
        "chrom_order INTEGER GENERATED ALWAYS AS (codes & 65535) VIRTUAL",
        "alt_index INTEGER GENERATED ALWAYS AS ((codes >> 16) & 65535) VIRTUAL",
        "pass INTEGER GENERATED ALWAYS AS ((codes >> 32) & 1) VIRTUAL",
        "vtype INTEGER GENERATED ALWAYS AS ((codes >> 33) & 15) VIRTUAL",
        "impact INTEGER GENERATED ALWAYS AS ((codes >> 37) & 7) VIRTUAL",
        "csq_rank INTEGER GENERATED ALWAYS AS ((codes >> 40) & 255) VIRTUAL",
        "clinvar INTEGER GENERATED ALWAYS AS ((codes >> 48) & 15) VIRTUAL",
    };

    /** Adds the virtual code columns to a finding table made by {@link #createForLoad}. */
    static void addCodeColumns(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String column : CODE_COLUMNS) {
                s.execute("ALTER TABLE " + table(casePk) + " ADD COLUMN " + column);
            }
        }
    }

    /** The finding tables for a bulk load: the finding table without its code columns ({@link #addCodeColumns}). */
    static void createForLoad(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table(casePk) + " ("
                    + "id INTEGER PRIMARY KEY, rec_offset INTEGER, line TEXT, codes INTEGER NOT NULL, "
                    + "pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, qual REAL, "
                    + "gene TEXT NOT NULL COLLATE NOCASE, csq_mask INTEGER NOT NULL, pop_af REAL, cadd REAL, revel REAL, "
                    + "depth INTEGER, zyg INTEGER NOT NULL, data TEXT NOT NULL)");
            s.execute("CREATE TABLE " + geneTable(casePk) + " (gene TEXT NOT NULL COLLATE NOCASE, fid INTEGER NOT NULL)");
            s.execute("CREATE TABLE gene_span (gene TEXT NOT NULL COLLATE NOCASE, first_id INTEGER NOT NULL, "
                    + "last_id INTEGER NOT NULL)");
            s.execute("CREATE TABLE flag (kind INTEGER NOT NULL, fid INTEGER NOT NULL, PRIMARY KEY (kind, fid)) WITHOUT ROWID");
            s.execute("CREATE TABLE contig (name TEXT NOT NULL, chrom TEXT NOT NULL, chrom_order INTEGER NOT NULL, "
                    + "first_id INTEGER NOT NULL, last_id INTEGER NOT NULL)");
            s.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
    }

    /**
     * Indexes the filters need, built after the bulk load. The big finding table has no secondary index at all, so
     * nothing scans or sorts its 5 million rows after the load:
     * <ul>
     * <li>no position index: rows are stored in file order, the importer refuses unsorted files, and each contig's
     * row range is in the {@code contig} table, so a region is found by binary search on the row ID;</li>
     * <li>no gene index: the writer records each gene's row spans ({@code gene_span}, a few per gene), and a gene
     * filter reads only the rows of those spans;</li>
     * <li>no ClinVar or impact index: the writer lists the few rows with a ClinVar class or HIGH/MODERATE impact in
     * {@code flag}.</li>
     * </ul>
     */
    static void index(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX gene_span_by_gene ON gene_span (gene)");
            s.execute("CREATE INDEX " + geneTable(casePk) + "_by_gene ON " + geneTable(casePk) + " (gene, fid)");
            // statistics for the small tables' indexes; the finding table has none (a full ANALYZE would count
            // its 5 million rows for nothing)
            s.execute("PRAGMA analysis_limit=1000");
            s.execute("ANALYZE gene_span");
            s.execute("ANALYZE " + geneTable(casePk));
        }
    }

    /** Whether a findings file has the current layout's side tables. */
    static boolean current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN ('gene_span', 'flag')")) {
            return rs.next() && rs.getInt(1) == 2;
        }
    }

    /**
     * Brings a findings file of layout 1 (secondary indexes on the finding table) to the current layout: the
     * side tables are computed from the stored rows, the old indexes dropped. Runs once, in one transaction.
     */
    static void upgrade(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gene_span (gene TEXT NOT NULL COLLATE NOCASE, first_id INTEGER NOT NULL, "
                    + "last_id INTEGER NOT NULL)");
            s.execute("CREATE TABLE flag (kind INTEGER NOT NULL, fid INTEGER NOT NULL, PRIMARY KEY (kind, fid)) WITHOUT ROWID");
            // one span per gene and contig is correct (a filter still checks each row's gene), only less narrow
            s.execute("INSERT INTO gene_span SELECT gene, min(id), max(id) FROM (SELECT gene, id, chrom_order FROM finding "
                    + "WHERE gene <> '' UNION ALL SELECT g.gene, g.fid, f.chrom_order FROM finding_gene g "
                    + "JOIN finding f ON f.id = g.fid) GROUP BY gene COLLATE NOCASE, chrom_order");
            s.execute("INSERT INTO flag SELECT " + FLAG_CLINVAR + ", id FROM finding WHERE clinvar > 0");
            s.execute("INSERT INTO flag SELECT " + FLAG_HIGH_OR_MODERATE + ", id FROM finding WHERE impact <= 1");
            s.execute("DROP INDEX IF EXISTS finding_by_gene");
            s.execute("DROP INDEX IF EXISTS finding_clinvar");
            s.execute("DROP INDEX IF EXISTS finding_impact");
            s.execute("CREATE INDEX gene_span_by_gene ON gene_span (gene)");
            s.execute("INSERT OR REPLACE INTO meta VALUES ('layout', '2')"); // side tables; columns as in layout 1
            s.execute("ANALYZE");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static void drop(Connection c, long casePk) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table(casePk));
            s.execute("DROP TABLE IF EXISTS " + geneTable(casePk));
        }
    }
}
