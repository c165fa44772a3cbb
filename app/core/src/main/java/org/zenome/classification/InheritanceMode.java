package org.zenome.classification;

/**
 * Mode of inheritance of the disorder the gene is assessed for; it chooses the PM2 frequency threshold and whether
 * PM3 applies.
 */
public enum InheritanceMode {
    AUTOSOMAL_DOMINANT,
    AUTOSOMAL_RECESSIVE,
    X_LINKED,
    /** Not known: frequency thresholds of dominant disorders (the stricter ones) apply. */
    UNKNOWN;

    /** Whether the recessive PM2 threshold and PM3 apply. */
    public boolean recessive() {
        return this == AUTOSOMAL_RECESSIVE;
    }
}
