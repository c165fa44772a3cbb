package org.zenome.interpretation;

import java.time.Instant;
import java.util.Objects;

/**
 * Tumour mutational burden of a tumour/normal case: coding somatic mutations per megabase of callable sequence.
 *
 * @param mutations  somatic coding mutations counted
 * @param callableMb callable coding size in megabases used as the denominator
 * @param settings   how the mutations were counted (for the report), e.g. {@code PASS, tumour VAF>=0.05 ...}
 */
public record TmbResult(long mutations, double callableMb, String settings, String user, Instant at) {
    public TmbResult {
        if (!(callableMb > 0)) {
            throw new IllegalArgumentException("the callable size must be positive, not " + callableMb);
        }
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }

    /** Mutations per megabase. */
    public double perMb() {
        return mutations / callableMb;
    }

    /** TMB-high by the 10 mutations/Mb cut-off used for pembrolizumab (KEYNOTE-158). */
    public boolean high() {
        return perMb() >= 10.0;
    }
}
