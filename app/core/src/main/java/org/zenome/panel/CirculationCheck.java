package org.zenome.panel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether a case may be discussed by circulation (持ち回り協議): the rule used and each condition's result, as
 * recorded with the agenda entry.
 *
 * @param rulesVersion the version of the circulation rules file
 * @param ruleId       the rule of the case's disease area (e.g. {@code cancer-circulation})
 * @param eligible     every condition is met
 */
public record CirculationCheck(String rulesVersion, String ruleId, boolean eligible,
                               List<CirculationCheck.ConditionResult> conditions, Instant checkedAt) {

    /**
     * One condition's result.
     *
     * @param condition the condition's code (see {@link CirculationRules.Condition})
     * @param items     what fails it (findings, QC problems, missing records), empty when met
     */
    public record ConditionResult(String condition, boolean met, List<String> items) {
        public ConditionResult {
            Objects.requireNonNull(condition, "condition");
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** The English description of the condition (the code when unknown to this version). */
        public String description() {
            return CirculationRules.Condition.parse(condition).map(CirculationRules.Condition::description)
                    .orElse(condition);
        }

        /** e.g. {@code no secondary finding to disclose: BRCA2 chr13:32316461 G>A (Pathogenic)}. */
        public String message() {
            return description() + (items.isEmpty() ? "" : ": " + String.join("; ", items));
        }
    }

    public CirculationCheck {
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(ruleId, "ruleId");
        conditions = List.copyOf(conditions);
    }

    /** The conditions not met. */
    public List<ConditionResult> unmet() {
        return conditions.stream().filter(c -> !c.met()).toList();
    }

    /** {@code rule cancer-circulation (zenome-circulation-2026.1)}. */
    public String ruleText() {
        return "rule " + ruleId + " (" + rulesVersion + ")";
    }

    /** One line: eligible, or the unmet conditions. */
    public String text() {
        if (eligible) {
            return "eligible for circulation, " + ruleText() + ": all " + conditions.size() + " conditions met";
        }
        StringBuilder b = new StringBuilder("not eligible for circulation, " + ruleText() + ": unmet: ");
        List<ConditionResult> u = unmet();
        for (int i = 0; i < u.size(); i++) {
            b.append(i == 0 ? "" : " | ").append(u.get(i).message());
        }
        return b.toString();
    }
}
