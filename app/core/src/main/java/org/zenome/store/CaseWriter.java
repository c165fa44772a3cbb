package org.zenome.store;

import java.util.List;
import org.zenome.domain.SourceFile;

/**
 * One import in progress. Nothing of it is visible to readers until {@link #commit} returns; {@link #close}
 * without a commit (failure, cancel) leaves the store exactly as it was.
 */
public interface CaseWriter extends AutoCloseable {

    /**
     * Starts keeping a copy of the BGZF source in the store (in the background, while findings are written);
     * {@link #commit} waits for it and then uses it in place of copying {@code bgzfSource} itself.
     */
    default void copySource(java.nio.file.Path bgzf) {
    }

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

    /** Who imports: recorded with the carry-over of a replaced case's interpretation (before {@link #commit}). */
    default void actor(String user) {
    }

    /**
     * After {@link #commit} of a replace: what became of the replaced case's interpretation (carried over to the
     * new findings by variant, or orphaned); {@link org.zenome.interpretation.CarryOver#NONE} otherwise.
     */
    default org.zenome.interpretation.CarryOver carryOver() {
        return org.zenome.interpretation.CarryOver.NONE;
    }

    @Override
    void close();
}
