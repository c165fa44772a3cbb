package org.zenome.classification.somatic;

import java.util.Locale;
import java.util.Optional;
import org.zenome.classification.ClassificationText;

/**
 * AMP/ASCO/CAP 2017 tiers of somatic variants (Li et al., J Mol Diagn 19:4-23): Tier I (strong clinical
 * significance, levels A and B), Tier II (potential clinical significance, levels C and D), Tier III (unknown
 * significance), Tier IV (benign or likely benign).
 */
public enum AmpTier {
    TIER_I_A("I", "A"),
    TIER_I_B("I", "B"),
    TIER_II_C("II", "C"),
    TIER_II_D("II", "D"),
    TIER_III("III", null),
    TIER_IV("IV", null);

    private final String tier;
    private final String level;

    AmpTier(String tier, String level) {
        this.tier = tier;
        this.level = level;
    }

    /** The tier in Roman numerals. */
    public String tier() {
        return tier;
    }

    /** The evidence level A-D of tiers I and II. */
    public Optional<String> level() {
        return Optional.ofNullable(level);
    }

    /** {@code I-A}, {@code II-D}, {@code III}. */
    public String code() {
        return level == null ? tier : tier + "-" + level;
    }

    public String displayName(Locale locale) {
        return ClassificationText.message(locale, "amp." + name());
    }

    /** Reads {@code I-A}, {@code IA}, {@code Tier I level A}, {@code III}, {@code tier iv} (case-insensitive). */
    public static Optional<AmpTier> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toUpperCase(Locale.ROOT).replace("TIER", "").replace("LEVEL", "")
                .replaceAll("[\\s,_-]", "");
        for (AmpTier a : values()) {
            if (a.code().replace("-", "").equals(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
