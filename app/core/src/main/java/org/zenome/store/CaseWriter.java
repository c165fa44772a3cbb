package org.zenome.store;

import java.util.List;
import org.zenome.domain.SourceFile;

/**
 * One import in progress. Nothing of it is visible to readers until {@link #commit} returns; {@link #close}
 * without a commit (failure, cancel) leaves the store exactly as it was.
 */
public interface CaseWriter extends AutoCloseable {

    /** Appends findings in file order. */
    void write(List<FindingRow> rows);

    /**
     * Builds the indexes, records the provenance of every file (the VCF first) and makes the case visible.
     *
     * @param headerText the VCF header lines joined with newlines, kept to re-read stored lines
     * @param bgzfSource the imported VCF when it is BGZF-compressed: the store keeps a copy and reads each
     *                   record's line from it by the virtual offset; null when the rows carry their lines
     * @param indexing   called once before the indexes are built, for progress
     * @return the case's internal key
     */
    long commit(List<SourceFile> files, String headerText, List<String> warnings, java.nio.file.Path bgzfSource,
                Runnable indexing);

    @Override
    void close();
}
