package org.zenome.classification;

import java.util.List;

/**
 * The naturally scaled points of Tavtigian et al.: supporting 1, moderate 2, strong 4, very strong 8, negative for
 * benign criteria; Pathogenic ≥ 10, Likely pathogenic 6 to 9, Uncertain 0 to 5, Likely benign -1 to -6, Benign ≤ -7.
 * Sources: Tavtigian SV et al., Modeling the ACMG/AMP variant classification guidelines as a Bayesian classification
 * framework, Genet Med 2018;20:1054-1060; Fitting a naturally scaled point system to the ACMG/AMP variant
 * classification guidelines, Hum Mutat 2020;41:1734-1737.
 *
 * <p>BA1 (stand-alone) scores -8 (see {@link Strength}). Because every criterion counts at its points, the pair
 * PVS1 + PM2_Supporting gives 9, Likely pathogenic, as the ClinGen SVI PM2 recommendation (2020) intends.
 */
public final class BayesianPointsRules implements ClassificationRules {
    public static final String ID = "tavtigian-2020-points";

    public static final int PATHOGENIC_MIN = 10;
    public static final int LIKELY_PATHOGENIC_MIN = 6;
    public static final int UNCERTAIN_MIN = 0;
    public static final int LIKELY_BENIGN_MIN = -6;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String citation() {
        return "Tavtigian SV, Greenblatt MS, Harrison SM, et al. Genet Med. 2018;20(9):1054-1060."
                + " doi:10.1038/gim.2017.210; Tavtigian SV, Harrison SM, Boucher KM, Biesecker LG. Hum Mutat."
                + " 2020;41(10):1734-1737. doi:10.1002/humu.24088";
    }

    @Override
    public String name() {
        return "Bayesian points";
    }

    /** The class of a points total. */
    public static AcmgClass classOf(int points) {
        if (points >= PATHOGENIC_MIN) {
            return AcmgClass.PATHOGENIC;
        }
        if (points >= LIKELY_PATHOGENIC_MIN) {
            return AcmgClass.LIKELY_PATHOGENIC;
        }
        if (points >= UNCERTAIN_MIN) {
            return AcmgClass.UNCERTAIN_SIGNIFICANCE;
        }
        if (points >= LIKELY_BENIGN_MIN) {
            return AcmgClass.LIKELY_BENIGN;
        }
        return AcmgClass.BENIGN;
    }

    @Override
    public RuleOutcome classify(EvidenceTally tally) {
        AcmgClass c = classOf(tally.points());
        return new RuleOutcome(ID, c, "", "points." + c.name(), List.of(Integer.toString(tally.points())),
                List.of());
    }
}
