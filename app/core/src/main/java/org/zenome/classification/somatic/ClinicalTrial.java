package org.zenome.classification.somatic;

import java.util.Objects;

/**
 * A clinical trial a therapy is available in.
 *
 * @param identifier registry identifier in canonical form (jRCT, NCT or UMIN, see {@link TrialRegistry}); any case
 *                   of the prefix is accepted and normalised
 * @param title      trial title as the panel records it (may be empty)
 */
public record ClinicalTrial(String identifier, String title) {

    public ClinicalTrial {
        Objects.requireNonNull(identifier, "identifier");
        String raw = identifier;
        identifier = TrialRegistry.canonical(identifier).orElseThrow(() -> new IllegalArgumentException(
                "not a jRCT, NCT or UMIN trial identifier: '" + raw + "' (expected " + TrialRegistry.expected()
                        + ")"));
        title = title == null ? "" : title.strip();
    }

    public static ClinicalTrial of(String identifier) {
        return new ClinicalTrial(identifier, "");
    }

    public TrialRegistry registry() {
        return TrialRegistry.of(identifier).orElseThrow();
    }
}
