package org.zenome.classification.somatic;

import java.util.Locale;
import java.util.Optional;
import org.zenome.classification.ClassificationText;

/**
 * Criteria of the ClinGen / CGC / VICC standard for the oncogenicity of somatic variants (Horak et al., Genet Med
 * 2022;24:986-998, doi:10.1016/j.gim.2022.01.001) with their points: very strong 8, strong 4, moderate 2,
 * supporting 1, negative for benign criteria.
 */
public enum OncogenicityCriterion {
    OVS1(8, Group.NULL_VARIANT),
    OS1(4, null),
    OS2(4, null),
    OS3(4, Group.HOTSPOT),
    OM1(2, null),
    OM2(2, null),
    OM3(2, Group.HOTSPOT),
    OM4(2, null),
    OP1(1, null),
    OP2(1, null),
    OP3(1, Group.HOTSPOT),
    OP4(1, Group.POPULATION),
    SBVS1(-8, Group.POPULATION),
    SBS1(-4, Group.POPULATION),
    SBS2(-4, null),
    SBP1(-1, null),
    SBP2(-1, null);

    /**
     * Criteria that are levels of one piece of evidence, so at most one of a group applies: the hotspot levels
     * OS3 / OM3 / OP3 (by the number of tumours with the same change), and the population-frequency criteria OP4
     * (absent from controls), SBS1 (MAF &gt; 1%) and SBVS1 (MAF &gt; 5%). NULL_VARIANT has one member.
     */
    public enum Group {
        NULL_VARIANT, HOTSPOT, POPULATION
    }

    private final int points;
    private final Group group;

    OncogenicityCriterion(int points, Group group) {
        this.points = points;
        this.group = group;
    }

    public int points() {
        return points;
    }

    public boolean oncogenic() {
        return points > 0;
    }

    /** The group of mutually exclusive criteria this one belongs to, if any. */
    public Optional<Group> exclusiveGroup() {
        return Optional.ofNullable(group);
    }

    public String description(Locale locale) {
        return ClassificationText.message(locale, "oncogenicity." + name());
    }

    public static Optional<OncogenicityCriterion> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        for (OncogenicityCriterion o : values()) {
            if (o.name().equals(c)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
