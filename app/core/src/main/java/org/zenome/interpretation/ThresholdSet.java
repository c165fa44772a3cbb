package org.zenome.interpretation;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.zenome.classification.FrequencyThresholds;
import org.zenome.classification.SuggestionSettings;

/**
 * One version of the thresholds the criterion suggestions use (BA1/BS1/PM2 population frequency, defaults and per
 * gene) and of the PP5/BP6 switch (ClinVar as a reputable source, off unless an administrator turns it on). A set never changes once stored: a change is the next version, and every criterion call and class records
 * the version in force ({@link GermlineClassification#thresholdVersion()}).
 *
 * @param version  1, 2, ... (0 for a set not stored yet)
 * @param defaults thresholds of genes not listed
 * @param genes    per-gene thresholds (gene symbol, case-insensitive), e.g. from a ClinGen expert panel specification
 * @param note     why this version was made
 * @param user     who made it
 * @param at       when
 * @param reputableSource   whether PP5/BP6 are suggested from ClinVar (off by default, ClinGen SVI)
 * @param reputableMinStars the ClinVar review status (1 to 4 stars) a record needs for PP5/BP6 when on
 */
public record ThresholdSet(int version, FrequencyThresholds defaults, Map<String, FrequencyThresholds> genes,
                           String note, String user, Instant at, boolean reputableSource, int reputableMinStars) {

    /** With PP5/BP6 off. */
    public ThresholdSet(int version, FrequencyThresholds defaults, Map<String, FrequencyThresholds> genes,
                        String note, String user, Instant at) {
        this(version, defaults, genes, note, user, at, false, SuggestionSettings.DEFAULT_REPUTABLE_MIN_STARS);
    }

    public ThresholdSet {
        SuggestionSettings.checkMinStars(reputableMinStars);
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        TreeMap<String, FrequencyThresholds> g = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (genes != null) {
            for (Map.Entry<String, FrequencyThresholds> e : genes.entrySet()) {
                String symbol = e.getKey() == null ? "" : e.getKey().strip();
                if (!symbol.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                    throw new IllegalArgumentException("'" + e.getKey() + "' is not a gene symbol");
                }
                if (g.put(symbol, Objects.requireNonNull(e.getValue(), symbol)) != null) {
                    throw new IllegalArgumentException(symbol + " is listed twice");
                }
            }
        }
        genes = Collections.unmodifiableMap(g);
        note = note == null ? "" : note.strip();
    }

    /** The suggestion settings with these thresholds and this PP5/BP6 switch (the other switches from {@code base}). */
    public SuggestionSettings apply(SuggestionSettings base) {
        return new SuggestionSettings(defaults, genes, base.pm2Strength(), base.predictor(), base.fallbackPredictor(),
                reputableSource, reputableMinStars);
    }

    /** The thresholds and PP5/BP6 switch of {@code settings} as an unsaved set. */
    public static ThresholdSet of(SuggestionSettings settings, String note, String user, Instant at) {
        return new ThresholdSet(0, settings.frequency(), settings.geneFrequency(), note, user, at,
                settings.reputableSource(), settings.reputableMinStars());
    }

    /** Whether the thresholds and the PP5/BP6 switch (not the note, user or time) are the same. */
    public boolean sameThresholds(ThresholdSet other) {
        return defaults.equals(other.defaults) && genes.equals(other.genes)
                && genes.keySet().toString().equals(other.genes.keySet().toString())
                && reputableSource == other.reputableSource
                && (!reputableSource || reputableMinStars == other.reputableMinStars);
    }

    /**
     * One line for the audit log and the history: {@code *: BA1>0.05 BS1>0.01 PM2<=0.0001/0.0007; MYH7: ...}, and
     * {@code ; PP5/BP6 from ClinVar >= 2 stars} when that is on.
     */
    public String describe() {
        StringBuilder b = new StringBuilder("*: ").append(text(defaults));
        genes.forEach((g, t) -> b.append("; ").append(g).append(": ").append(text(t)));
        if (reputableSource) {
            b.append("; PP5/BP6 from ClinVar >= ").append(reputableMinStars).append(" stars");
        }
        return b.toString();
    }

    private static String text(FrequencyThresholds t) {
        return "BA1>" + plain(t.ba1Above()) + " BS1>" + plain(t.bs1Above()) + " PM2<=" + plain(t.pm2DominantMax())
                + "/" + plain(t.pm2RecessiveMax());
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
