package org.zenome.store.postgres;

import org.zenome.store.jdbc.FindingQueries;

/**
 * The finding repository's conditions in the form PostgreSQL plans well on a whole genome (docs/adr/postgresql-store.md,
 * measured with bench/import-wgs-postgresql.sh).
 *
 * <p>With {@code id IN (subquery)} and {@code ORDER BY id LIMIT 100} the planner estimates that half of the rows match
 * (it has no statistics for "rows in these spans") and walks the whole primary key in order, testing each row: 17 s
 * for the first page of one gene on 5 M rows. Here the IDs are collected first, as an array (an init plan, run once),
 * and the key is read only at those IDs ({@code id = ANY(...)}, an index condition, in key order), whatever the
 * estimates, the sort or the other conditions. The rows of a gene's spans are read by one range scan per span: the
 * {@code OFFSET 0} keeps the planner from flattening the lateral subquery into a join that it could run as a walk of
 * the whole key or a hash join when a long gene list makes it expect millions of rows.
 */
final class PgFindingQueries implements FindingQueries {
    static final PgFindingQueries INSTANCE = new PgFindingQueries();

    private PgFindingQueries() {
    }

    @Override
    public String idIn(String subquery) {
        return "id = ANY(ARRAY(" + subquery + "))";
    }

    /**
     * A row's display gene is compared with its span's gene only (one case-insensitive comparison, where
     * {@code f.gene IN (78 genes)} made 78 per row): every row of a gene lies in one of that gene's spans, so a row
     * of another listed gene inside this span is found through that gene's own span.
     */
    @Override
    public String geneRowIds(String in) {
        return "SELECT f.id FROM gene_span s CROSS JOIN LATERAL (SELECT id, gene FROM finding "
                + "WHERE id BETWEEN s.first_id AND s.last_id OFFSET 0) f "
                + "WHERE s.gene IN " + in + " AND (f.gene = s.gene OR f.id IN (SELECT fid FROM finding_gene "
                + "WHERE gene IN " + in + "))";
    }

    @Override
    public int geneRowIdsLists() {
        return 2;
    }

    /**
     * The rows of the genes, by their spans as for a gene filter, as a hashed set of IDs that every row is looked up
     * in. {@code upper(gene) NOT IN (78 genes)} compared each of 5 M rows with every gene (8 s for a count; the
     * upper() alone 4 s); this is 3.5 s. The IDs are unnested from an array so that the planner, which expects a few
     * rows, hashes them (for a lateral join it expects a million and would scan them again for every row).
     */
    @Override
    public String withoutGenes(String in) {
        return "id NOT IN (SELECT unnest(ARRAY(" + geneRowIds(in) + ")))";
    }

    @Override
    public int withoutGenesLists() {
        return geneRowIdsLists();
    }
}
