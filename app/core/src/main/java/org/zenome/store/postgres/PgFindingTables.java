package org.zenome.store.postgres;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The findings of one case on PostgreSQL: a schema {@code zf_<token>} with the tables of a SQLite findings file
 * (docs/adr/0002-case-store.md), so the finding repository's SQL runs unchanged with that schema on the search path.
 * The packed {@code codes} are shown as columns by the view {@code finding} over {@code finding_raw} (PostgreSQL 14
 * has no virtual generated columns); gene names are {@code citext}, case-insensitive like SQLite's NOCASE.
 */
final class PgFindingTables {
    static final String ROW_COLUMNS = "id, rec_offset, line, codes, pos, end_pos, qual, gene, csq_mask, pop_af, cadd, "
            + "revel, depth, zyg, data";

    private PgFindingTables() {
    }

    static void createRowTable(Statement s, String schema) throws SQLException {
        s.execute("CREATE SCHEMA " + schema);
        s.execute("CREATE TABLE " + schema + ".finding_raw (id BIGINT NOT NULL, rec_offset BIGINT, line TEXT, "
                + "codes BIGINT NOT NULL, pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, qual DOUBLE PRECISION, "
                + "gene public.citext NOT NULL, csq_mask BIGINT NOT NULL, pop_af DOUBLE PRECISION, "
                + "cadd DOUBLE PRECISION, revel DOUBLE PRECISION, depth INTEGER, zyg BIGINT NOT NULL, "
                + "data TEXT NOT NULL)");
    }

    /** After the rows are loaded: the key, the view and the (empty) side tables. */
    static void createSideTables(Statement s, String schema) throws SQLException {
        s.execute("ALTER TABLE " + schema + ".finding_raw ADD PRIMARY KEY (id)");
        s.execute("CREATE VIEW " + schema + ".finding AS SELECT id, rec_offset, line, codes, "
                + "codes & 65535 AS chrom_order, pos, end_pos, (codes >> 16) & 65535 AS alt_index, qual, "
                + "(codes >> 32) & 1 AS pass, (codes >> 33) & 15 AS vtype, gene, (codes >> 37) & 7 AS impact, "
                + "(codes >> 40) & 255 AS csq_rank, csq_mask, pop_af, (codes >> 48) & 15 AS clinvar, cadd, revel, "
                + "depth, zyg, data FROM " + schema + ".finding_raw");
        s.execute("CREATE TABLE " + schema + ".finding_gene (gene public.citext NOT NULL, fid BIGINT NOT NULL)");
        s.execute("CREATE TABLE " + schema + ".gene_span (gene public.citext NOT NULL, first_id BIGINT NOT NULL, "
                + "last_id BIGINT NOT NULL)");
        s.execute("CREATE TABLE " + schema + ".flag (kind INTEGER NOT NULL, fid BIGINT NOT NULL, "
                + "PRIMARY KEY (kind, fid))");
        s.execute("CREATE TABLE " + schema + ".contig (name TEXT NOT NULL, chrom TEXT NOT NULL, "
                + "chrom_order INTEGER NOT NULL, first_id BIGINT NOT NULL, last_id BIGINT NOT NULL)");
        s.execute("CREATE TABLE " + schema + ".meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        s.execute("CREATE TABLE " + schema + ".source_chunk (n BIGINT PRIMARY KEY, data BYTEA NOT NULL)");
    }

    /** After the side tables are loaded. */
    static void index(Statement s, String schema) throws SQLException {
        s.execute("CREATE INDEX ON " + schema + ".gene_span (gene)");
        s.execute("CREATE INDEX ON " + schema + ".finding_gene (gene, fid)");
        s.execute("ANALYZE " + schema + ".gene_span");
        s.execute("ANALYZE " + schema + ".finding_gene");
        s.execute("ANALYZE " + schema + ".contig");
        // statistics of the rows (a sample of 30,000, about a second): without them the planner walks the key
        // in order and filters each row against the gene's spans instead of reading only the spans' rows
        s.execute("ANALYZE " + schema + ".finding_raw");
    }

    /** A value in COPY's text format. */
    static void text(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
    }

    /** Stores the BGZF VCF in chunks (details read a record back by virtual offset); returns its size. */
    static long storeSource(java.sql.Connection c, String schema, java.io.InputStream in)
            throws java.io.IOException, SQLException {
        return org.zenome.store.jdbc.SourceChunks.store(c, schema + ".", in);
    }
}
