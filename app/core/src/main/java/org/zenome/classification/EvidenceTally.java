package org.zenome.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counted criteria of one classification, counted by direction and effective strength, and their points.
 *
 * @param counted           the applied criteria, in guideline order (PVS1, PS1... BP7)
 * @param veryStrong        pathogenic criteria applied at very strong
 * @param strong            pathogenic criteria applied at strong
 * @param moderate          pathogenic criteria applied at moderate
 * @param supporting        pathogenic criteria applied at supporting
 * @param standAlone        benign criteria applied at stand-alone (BA1)
 * @param benignVeryStrong  benign criteria applied at very strong (e.g. BP4_VeryStrong)
 * @param benignStrong      benign criteria applied at strong
 * @param benignModerate    benign criteria applied at moderate (e.g. BP4_Moderate)
 * @param benignSupporting  benign criteria applied at supporting
 * @param points            sum of the signed points (Tavtigian 2020; BA1 -8)
 */
public record EvidenceTally(List<AppliedCriterion> counted, int veryStrong, int strong, int moderate, int supporting,
                            int standAlone, int benignVeryStrong, int benignStrong, int benignModerate,
                            int benignSupporting, int points) {

    public EvidenceTally {
        counted = List.copyOf(counted);
    }

    /**
     * Counts applied criteria.
     *
     * @throws IllegalArgumentException when a criterion occurs more than once (apply each criterion once, at one
     *                                  strength)
     */
    public static EvidenceTally of(Collection<AppliedCriterion> applied) {
        Objects.requireNonNull(applied, "applied");
        Map<AcmgCriterion, AppliedCriterion> seen = new EnumMap<>(AcmgCriterion.class);
        for (AppliedCriterion a : applied) {
            Objects.requireNonNull(a, "applied criterion");
            AppliedCriterion before = seen.putIfAbsent(a.criterion(), a);
            if (before != null) {
                throw new IllegalArgumentException(a.criterion().code() + " is given twice (" + before.label()
                        + " and " + a.label() + "): apply each criterion once, at one strength");
            }
        }
        List<AppliedCriterion> ordered = new ArrayList<>(seen.values());
        ordered.sort(Comparator.comparing(AppliedCriterion::criterion));
        int[] pathogenic = new int[Strength.values().length];
        int[] benign = new int[Strength.values().length];
        int points = 0;
        for (AppliedCriterion a : ordered) {
            (a.direction() == Direction.PATHOGENIC ? pathogenic : benign)[a.strength().ordinal()]++;
            points += a.points();
        }
        return new EvidenceTally(ordered,
                pathogenic[Strength.VERY_STRONG.ordinal()], pathogenic[Strength.STRONG.ordinal()],
                pathogenic[Strength.MODERATE.ordinal()], pathogenic[Strength.SUPPORTING.ordinal()],
                benign[Strength.STAND_ALONE.ordinal()], benign[Strength.VERY_STRONG.ordinal()],
                benign[Strength.STRONG.ordinal()], benign[Strength.MODERATE.ordinal()],
                benign[Strength.SUPPORTING.ordinal()], points);
    }

    public boolean hasPathogenic() {
        return veryStrong + strong + moderate + supporting > 0;
    }

    public boolean hasBenign() {
        return standAlone + benignVeryStrong + benignStrong + benignModerate + benignSupporting > 0;
    }
}
