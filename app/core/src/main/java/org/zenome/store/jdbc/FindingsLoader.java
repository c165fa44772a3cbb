package org.zenome.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes a case's findings, as another store holds them, into this store ({@code db copy}): the rows and side tables
 * read from the source's findings connection, and the kept copy of the VCF. Runs inside the target's write
 * transaction of the main database ({@code main}); nothing is visible before that commits.
 */
public interface FindingsLoader {
    /** The columns of the finding rows, in the order loaders read them. */
    String ROW_COLUMNS = "id, rec_offset, line, codes, pos, end_pos, qual, gene, csq_mask, pop_af, cadd, revel, depth, "
            + "zyg, data";
    /** 1-based positions of the text columns of {@link #ROW_COLUMNS}. */
    java.util.Set<Integer> ROW_TEXT = java.util.Set.of(3, 8, 15);
    /** The side tables: name, columns, 1-based positions of the text columns. */
    java.util.List<SideTable> SIDE_TABLES = java.util.List.of(
            new SideTable("finding_gene", "gene, fid", java.util.Set.of(1)),
            new SideTable("gene_span", "gene, first_id, last_id", java.util.Set.of(1)),
            new SideTable("flag", "kind, fid", java.util.Set.of()),
            new SideTable("contig", "name, chrom, chrom_order, first_id, last_id", java.util.Set.of(1, 2)),
            new SideTable("meta", "key, value", java.util.Set.of(1, 2)));

    /** A side table of the findings. */
    record SideTable(String name, String columns, java.util.Set<Integer> text) {
        public int width() {
            return columns.split(",").length;
        }
    }

    /**
     * Loads the findings of the case whose token is {@code token}.
     *
     * @param main    the target's main connection, in its write transaction
     * @param source  a connection on which the source case's tables (finding, finding_gene, gene_span, flag,
     *                contig, meta) are readable by their plain names
     * @param vcfCopy the kept BGZF copy of the case's VCF, null when there is none
     */
    void load(Connection main, long token, Connection source, InputStream vcfCopy) throws SQLException, IOException;

    /** Called when the copy failed: removes what was written outside the transaction. */
    void discard();
}
