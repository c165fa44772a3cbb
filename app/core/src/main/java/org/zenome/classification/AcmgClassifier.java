package org.zenome.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies a set of criterion calls under a combining-rules scheme and a points scheme. Pure and thread-safe.
 */
public final class AcmgClassifier {
    private final ClassificationRules rules;
    private final ClassificationRules points;

    public AcmgClassifier(ClassificationRules rules, ClassificationRules points) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.points = Objects.requireNonNull(points, "points");
    }

    /** Richards 2015 Table 5 and Tavtigian 2020 points. */
    public static AcmgClassifier standard() {
        return new AcmgClassifier(new Richards2015Rules(), new BayesianPointsRules());
    }

    public ClassificationRules rules() {
        return rules;
    }

    public ClassificationRules points() {
        return points;
    }

    /**
     * Classifies the current calls of one finding: one call per criterion. Accepted calls count at their strength;
     * rejected and suggested calls do not count.
     *
     * @throws IllegalArgumentException when a criterion has more than one call
     */
    public AcmgEvaluation evaluate(Collection<CriterionCall> calls) {
        Objects.requireNonNull(calls, "calls");
        Map<AcmgCriterion, CriterionCall> seen = new EnumMap<>(AcmgCriterion.class);
        List<AppliedCriterion> counting = new ArrayList<>();
        for (CriterionCall call : calls) {
            CriterionCall before = seen.putIfAbsent(call.criterion(), call);
            if (before != null) {
                throw new IllegalArgumentException(call.criterion().code() + " has two calls (" + before.label() + " "
                        + before.status() + " and " + call.label() + " " + call.status()
                        + "): pass the current call of each criterion once");
            }
            if (call.counts()) {
                counting.add(call.applied());
            }
        }
        return evaluateApplied(counting);
    }

    /**
     * Classifies applied criteria (all of which count).
     *
     * @throws IllegalArgumentException when a criterion occurs more than once
     */
    public AcmgEvaluation evaluateApplied(Collection<AppliedCriterion> applied) {
        EvidenceTally tally = EvidenceTally.of(applied);
        return new AcmgEvaluation(tally.counted(), tally, rules.classify(tally), points.classify(tally));
    }
}
