package org.zenome.classification;

/**
 * A versioned way of combining applied criteria into a class. The store keeps {@link #id()} and {@link #version()}
 * with every classification, so a class can be recomputed, or shown as computed, under the rules of its time.
 */
public interface ClassificationRules {

    /** Stable identifier, e.g. {@code acmg-amp-2015-table5}. */
    String id();

    /** Version of Zenome's implementation of these rules; raised whenever a result for some input changes. */
    String version();

    /** The publication the rules come from. */
    String citation();

    /** Short name for display. */
    String name();

    /** The class of the counted criteria. */
    RuleOutcome classify(EvidenceTally tally);
}
