package org.zenome.classification;

/**
 * Population allele-frequency thresholds for the frequency criteria of one gene (or the defaults).
 *
 * @param ba1Above        BA1 when AF &gt; this (Richards 2015 and ClinGen SVI, Ghosh et al. 2018: 0.05)
 * @param bs1Above        BS1 when AF &gt; this and BA1 does not apply. Should be the maximum credible allele frequency
 *                        of the disorder (Whiffin et al. 2017, Genet Med 19:1151); the default 0.01 is only a generic
 *                        starting point for rare Mendelian disorders
 * @param pm2DominantMax  PM2 when AF &le; this, or the variant is absent, for dominant, X-linked or unknown inheritance
 *                        (default 0.0001)
 * @param pm2RecessiveMax PM2 when AF &le; this, or absent, for recessive inheritance (default 0.0007, the threshold of
 *                        the ClinGen Hearing Loss expert panel, Oza et al. 2018, Hum Mutat 39:1593)
 */
public record FrequencyThresholds(double ba1Above, double bs1Above, double pm2DominantMax, double pm2RecessiveMax) {

    public static final FrequencyThresholds DEFAULT = new FrequencyThresholds(0.05, 0.01, 0.0001, 0.0007);

    public FrequencyThresholds {
        check("ba1Above", ba1Above);
        check("bs1Above", bs1Above);
        check("pm2DominantMax", pm2DominantMax);
        check("pm2RecessiveMax", pm2RecessiveMax);
        if (bs1Above > ba1Above) {
            throw new IllegalArgumentException("the BS1 threshold " + bs1Above + " is above the BA1 threshold "
                    + ba1Above);
        }
        if (pm2DominantMax > bs1Above || pm2RecessiveMax > bs1Above) {
            throw new IllegalArgumentException("the PM2 thresholds must not be above the BS1 threshold " + bs1Above);
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be an allele frequency between 0 and 1, not " + value);
        }
    }

    /** The PM2 threshold for an inheritance mode. */
    public double pm2Max(InheritanceMode mode) {
        return mode.recessive() ? pm2RecessiveMax : pm2DominantMax;
    }
}
