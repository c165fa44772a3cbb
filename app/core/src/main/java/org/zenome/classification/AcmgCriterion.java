package org.zenome.classification;

import static org.zenome.classification.CriterionGroup.ALLELIC;
import static org.zenome.classification.CriterionGroup.COMPUTATIONAL;
import static org.zenome.classification.CriterionGroup.DATABASE;
import static org.zenome.classification.CriterionGroup.DE_NOVO;
import static org.zenome.classification.CriterionGroup.FUNCTIONAL;
import static org.zenome.classification.CriterionGroup.OTHER;
import static org.zenome.classification.CriterionGroup.POPULATION;
import static org.zenome.classification.CriterionGroup.SEGREGATION;

import java.util.Locale;
import java.util.Optional;

/**
 * The 28 ACMG/AMP 2015 criteria (Richards et al., Genet Med 17:405, Tables 3 and 4) with their default strength,
 * direction and evidence group (Figure 1). Short descriptions in English and Japanese are in the
 * {@code org/zenome/classification/criteria} bundle, keyed by the criterion code.
 */
public enum AcmgCriterion {
    PVS1(Strength.VERY_STRONG, COMPUTATIONAL),
    PS1(Strength.STRONG, COMPUTATIONAL),
    PS2(Strength.STRONG, DE_NOVO),
    PS3(Strength.STRONG, FUNCTIONAL),
    PS4(Strength.STRONG, POPULATION),
    PM1(Strength.MODERATE, FUNCTIONAL),
    PM2(Strength.MODERATE, POPULATION),
    PM3(Strength.MODERATE, ALLELIC),
    PM4(Strength.MODERATE, COMPUTATIONAL),
    PM5(Strength.MODERATE, COMPUTATIONAL),
    PM6(Strength.MODERATE, DE_NOVO),
    PP1(Strength.SUPPORTING, SEGREGATION),
    PP2(Strength.SUPPORTING, FUNCTIONAL),
    PP3(Strength.SUPPORTING, COMPUTATIONAL),
    PP4(Strength.SUPPORTING, OTHER),
    PP5(Strength.SUPPORTING, DATABASE),
    BA1(Strength.STAND_ALONE, POPULATION),
    BS1(Strength.STRONG, POPULATION),
    BS2(Strength.STRONG, POPULATION),
    BS3(Strength.STRONG, FUNCTIONAL),
    BS4(Strength.STRONG, SEGREGATION),
    BP1(Strength.SUPPORTING, COMPUTATIONAL),
    BP2(Strength.SUPPORTING, ALLELIC),
    BP3(Strength.SUPPORTING, COMPUTATIONAL),
    BP4(Strength.SUPPORTING, COMPUTATIONAL),
    BP5(Strength.SUPPORTING, OTHER),
    BP6(Strength.SUPPORTING, DATABASE),
    BP7(Strength.SUPPORTING, COMPUTATIONAL);

    private final Strength defaultStrength;
    private final CriterionGroup group;

    AcmgCriterion(Strength defaultStrength, CriterionGroup group) {
        this.defaultStrength = defaultStrength;
        this.group = group;
    }

    /** The strength the criterion has in Richards 2015. */
    public Strength defaultStrength() {
        return defaultStrength;
    }

    public Direction direction() {
        return name().startsWith("P") ? Direction.PATHOGENIC : Direction.BENIGN;
    }

    public CriterionGroup group() {
        return group;
    }

    /** The code as written in the guideline, e.g. {@code PVS1}. */
    public String code() {
        return name();
    }

    /** Short description in the given language (Japanese or English). */
    public String description(Locale locale) {
        return ClassificationText.criterion(locale, this);
    }

    /** The criterion with this code, case-insensitive. */
    public static Optional<AcmgCriterion> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        for (AcmgCriterion criterion : values()) {
            if (criterion.name().equals(c)) {
                return Optional.of(criterion);
            }
        }
        return Optional.empty();
    }
}
