package org.zenome.store;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.ReferenceGenomeFiles;

/** The local reference genome configured for each build (one per build). */
public interface ReferenceRepository {

    /** Sets (or replaces) the reference of the files' build. */
    void set(ReferenceGenomeFiles files);

    Optional<ReferenceGenomeFiles> find(GenomeBuild build);

    /** Every configured build, GRCh37 first. */
    List<ReferenceGenomeFiles> list();

    /** Forgets the reference of a build; true if there was one. */
    boolean remove(GenomeBuild build);
}
