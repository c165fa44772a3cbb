package org.zenome.store.jdbc;

/**
 * The few conditions of the finding repository whose best form differs between the engines; the rest of its SQL is
 * shared. The defaults are the portable forms (SQLite plans them well); the PostgreSQL store gives its own
 * ({@code org.zenome.store.postgres.PgFindingQueries}, docs/adr/postgresql-store.md).
 */
public interface FindingQueries {
    /** The portable forms. */
    FindingQueries PORTABLE = new FindingQueries() {
    };

    /** The condition "the finding's {@code id} is one of the IDs {@code subquery} returns". */
    default String idIn(String subquery) {
        return "id IN (" + subquery + ")";
    }

    /**
     * A query of the IDs of the findings of some genes: the rows of the genes' spans ({@code gene_span}, written at
     * import) whose display gene or one of whose other transcripts' genes ({@code finding_gene}) is one of them.
     * {@code in} is the parenthesised list of the genes' parameters; it appears {@link #geneRowIdsLists()} times, and
     * the caller binds the genes that many times in order.
     */
    default String geneRowIds(String in) {
        return "SELECT f.id FROM gene_span s JOIN finding f ON f.id BETWEEN s.first_id AND s.last_id "
                + "WHERE s.gene IN " + in + " AND (f.gene IN " + in + " OR f.id IN (SELECT fid FROM finding_gene "
                + "WHERE gene IN " + in + "))";
    }

    /** How many times {@link #geneRowIds} uses its list. */
    default int geneRowIdsLists() {
        return 3;
    }

    /**
     * The condition "the finding belongs to none of the genes" (the secondary-finding genes a case's consent hides):
     * neither its display gene nor another transcript's gene. {@code in} is the parenthesised list of the genes'
     * parameters (upper case); it appears {@link #withoutGenesLists()} times, and the caller binds the genes that many
     * times in order.
     */
    default String withoutGenes(String in) {
        return "(upper(gene) NOT IN " + in + " AND id NOT IN (SELECT fid FROM finding_gene WHERE gene IN " + in + "))";
    }

    /** How many times {@link #withoutGenes} uses its list. */
    default int withoutGenesLists() {
        return 2;
    }
}
