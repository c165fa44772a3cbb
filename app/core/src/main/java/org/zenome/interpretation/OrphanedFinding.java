package org.zenome.interpretation;

import java.time.Instant;
import java.util.Objects;

/**
 * A finding whose variant is no longer in its case's data after a re-import. Its interpretation records stay on the
 * case under {@code ref.findingId()} (read them as for any finding) but can no longer be changed.
 *
 * @param ref        the finding as it was (its last known position, alleles and gene)
 * @param orphanedAt when the re-import left it out
 * @param note       why (which import)
 */
public record OrphanedFinding(FindingRef ref, Instant orphanedAt, String note) {
    public OrphanedFinding {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(orphanedAt, "orphanedAt");
        note = note == null ? "" : note;
    }
}
