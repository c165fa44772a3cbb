package org.zenome.panel;

import java.util.Objects;

/**
 * A recommended action.
 *
 * @param detail        the treatment, the trial (jRCT/NCT ID), the test, ...
 * @param evidenceLevel evidence level of a treatment (A-F, R), empty otherwise
 */
public record RecommendedAction(ActionKind kind, String detail, String evidenceLevel) {
    public RecommendedAction {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail.strip();
        evidenceLevel = evidenceLevel == null ? "" : evidenceLevel.strip();
    }

    /** Parses {@code kind:detail[:level]}, e.g. {@code treatment:olaparib:A}. */
    public static RecommendedAction parse(String s) {
        String[] p = s.split(":", 3);
        ActionKind k = ActionKind.parse(p[0]).orElseThrow(() -> new IllegalArgumentException("unknown action kind '"
                + p[0] + "' in '" + s + "' (treatment, clinical-trial, confirmatory-test, genetic-counselling, "
                + "cascade-testing, reanalysis)"));
        String level = p.length > 2 ? p[2] : "";
        if (!level.isBlank() && !level.strip().matches("[A-FR]")) {
            throw new IllegalArgumentException("evidence level '" + level + "' in '" + s + "' is not one of A-F or R");
        }
        return new RecommendedAction(k, p.length > 1 ? p[1] : "", level);
    }

    @Override
    public String toString() {
        return kind.code() + ":" + detail + (evidenceLevel.isEmpty() ? "" : ":" + evidenceLevel);
    }
}
