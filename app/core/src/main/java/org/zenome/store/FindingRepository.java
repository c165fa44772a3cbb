package org.zenome.store;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.VariantFilter;

/** Findings of a case: filtered, sorted and paged by the database, never loaded whole. */
public interface FindingRepository {

    /** One page of findings matching the filter, with genotypes of every sample. */
    List<Finding> query(long casePk, VariantFilter filter, int offset, int limit);

    /** Number of findings matching the filter (may take longer than a page on a whole genome). */
    long count(long casePk, VariantFilter filter);

    /**
     * One page of findings matching the filter, without those on any of {@code hiddenGenes} (display gene or any
     * other transcript's gene, case-insensitive): how secondary findings without consent stay out of the table.
     */
    default List<Finding> query(long casePk, VariantFilter filter, java.util.Set<String> hiddenGenes, int offset,
                                int limit) {
        if (hiddenGenes == null || hiddenGenes.isEmpty()) {
            return query(casePk, filter, offset, limit);
        }
        throw new UnsupportedOperationException("this store cannot hide genes");
    }

    /** Number of findings matching the filter without those on {@code hiddenGenes}. */
    default long count(long casePk, VariantFilter filter, java.util.Set<String> hiddenGenes) {
        if (hiddenGenes == null || hiddenGenes.isEmpty()) {
            return count(casePk, filter);
        }
        throw new UnsupportedOperationException("this store cannot hide genes");
    }

    /**
     * The next findings in position (file) order after the finding {@code afterId} (0: from the start) that match
     * the filter: keyset paging for passes over a whole genome, where OFFSET would rescan the skipped rows.
     */
    default List<Finding> queryAfter(long casePk, VariantFilter filter, long afterId, int limit) {
        throw new UnsupportedOperationException("this store cannot page by key");
    }

    /** All transcripts, INFO fields and genotypes of one finding. */
    Optional<FindingDetail> detail(long findingId);

    /** Gene symbols of the case that start with the prefix (case-insensitive), for completion. */
    List<String> genes(long casePk, String prefix, int limit);

    /** The contigs that hold findings of the case, as the VCF names them, in file order. */
    List<String> contigs(long casePk);
}
