package org.zenome.store;

import java.util.List;
import org.zenome.domain.CaseSnapshot;

/** Genome browser pictures kept with a case. */
public interface SnapshotRepository {

    /** Stores a picture with the case; returns its key. */
    long save(long casePk, CaseSnapshot snapshot);

    /** The case's pictures, oldest first, with their content. */
    List<CaseSnapshot> list(long casePk);
}
