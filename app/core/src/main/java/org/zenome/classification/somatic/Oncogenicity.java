package org.zenome.classification.somatic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The oncogenicity of one somatic variant: the applied criteria, and the points and class they give.
 *
 * @param criteria applied criteria, each once, at most one of each {@link OncogenicityCriterion.Group}; kept in
 *                 code order
 */
public record Oncogenicity(List<OncogenicityCriterion> criteria) {

    public Oncogenicity {
        Objects.requireNonNull(criteria, "criteria");
        List<OncogenicityCriterion> sorted = new ArrayList<>(criteria.size());
        Map<OncogenicityCriterion.Group, OncogenicityCriterion> groups = new EnumMap<>(
                OncogenicityCriterion.Group.class);
        for (OncogenicityCriterion c : criteria) {
            Objects.requireNonNull(c, "criterion");
            if (sorted.contains(c)) {
                throw new IllegalArgumentException(c + " is given twice");
            }
            c.exclusiveGroup().ifPresent(g -> {
                OncogenicityCriterion other = groups.putIfAbsent(g, c);
                if (other != null) {
                    throw new IllegalArgumentException(other + " and " + c
                            + " are levels of the same evidence; apply only one of them");
                }
            });
            sorted.add(c);
        }
        sorted.sort(null);
        criteria = List.copyOf(sorted);
    }

    public static Oncogenicity of(OncogenicityCriterion... criteria) {
        return new Oncogenicity(List.of(criteria));
    }

    public int points() {
        return criteria.stream().mapToInt(OncogenicityCriterion::points).sum();
    }

    public OncogenicityClass classification() {
        return OncogenicityClass.ofPoints(points());
    }
}
