package org.zenome.classification;

import java.util.List;
import java.util.Objects;

/**
 * The result of classifying one set of criterion calls under both schemes.
 *
 * @param counted the criteria that counted (accepted calls only), in guideline order, at their effective strength
 * @param tally   the counts by direction and strength
 * @param rules   the outcome of the combining rules (Richards 2015 Table 5)
 * @param points  the outcome of the points scheme (Tavtigian 2020)
 */
public record AcmgEvaluation(List<AppliedCriterion> counted, EvidenceTally tally, RuleOutcome rules,
                             RuleOutcome points) {

    public AcmgEvaluation {
        counted = List.copyOf(counted);
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(points, "points");
    }

    public AcmgClass rulesClass() {
        return rules.acmgClass();
    }

    public AcmgClass pointsClass() {
        return points.acmgClass();
    }

    /** Sum of the points of the counted criteria. */
    public int pointsTotal() {
        return tally.points();
    }

    /** True when the two schemes give different classes: the UI and the CLI show a warning. */
    public boolean disagree() {
        return rulesClass() != pointsClass();
    }

    /** True when both pathogenic and benign criteria were counted, whatever the class. */
    public boolean mixedEvidence() {
        return tally.hasPathogenic() && tally.hasBenign();
    }

    /** Both outcomes, rules first. */
    public List<RuleOutcome> outcomes() {
        return List.of(rules, points);
    }
}
