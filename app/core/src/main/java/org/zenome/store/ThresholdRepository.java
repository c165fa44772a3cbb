package org.zenome.store;

import java.util.List;
import java.util.Optional;
import org.zenome.interpretation.ThresholdSet;

/**
 * The versions of the criterion-suggestion thresholds. Versions are only added, never changed; each is written to
 * the audit log in the same transaction.
 */
public interface ThresholdRepository {

    /** The newest version, if any was stored. */
    Optional<ThresholdSet> latest();

    Optional<ThresholdSet> find(int version);

    /** Every version, newest first. */
    List<ThresholdSet> list();

    /**
     * Stores {@code set} (its version is ignored) as the next version.
     *
     * @return the set with its version
     */
    ThresholdSet save(ThresholdSet set);

    /**
     * Stores {@code set} as version 1 when no version exists yet (the first start after the upgrade).
     *
     * @return the newest version (the one stored, or the one another process stored first)
     */
    ThresholdSet seed(ThresholdSet set);
}
