package org.zenome.classification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The class one rule set gives, and why.
 *
 * @param rulesId        id of the rule set ({@link ClassificationRules#id()})
 * @param acmgClass      the class
 * @param clause         the clause that fired as numbered in the source, e.g. {@code (ii)} or {@code (i)(c)}; empty
 *                       when the source does not number it (points)
 * @param explanationKey message key of the clause's text in the {@code messages} bundle
 * @param arguments      message arguments (already formatted numbers)
 * @param contradicting  for an uncertain class from contradictory criteria, the pathogenic-side and the benign-side
 *                       outcomes that were both met; otherwise empty
 */
public record RuleOutcome(String rulesId, AcmgClass acmgClass, String clause, String explanationKey,
                          List<String> arguments, List<RuleOutcome> contradicting) {

    public RuleOutcome {
        Objects.requireNonNull(rulesId, "rulesId");
        Objects.requireNonNull(acmgClass, "acmgClass");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(explanationKey, "explanationKey");
        arguments = List.copyOf(arguments);
        contradicting = List.copyOf(contradicting);
    }

    /** The clause's own text, e.g. {@code ≥2 strong}. */
    public String explanation(Locale locale) {
        Object[] args = contradicting.isEmpty()
                ? arguments.toArray()
                : contradicting.stream().map(o -> o.describe(locale)).toArray();
        return ClassificationText.message(locale, explanationKey, args);
    }

    /** For display, e.g. {@code Pathogenic (ii): ≥2 strong}, {@code 病的 (ii): 強い基準2つ以上}. */
    public String describe(Locale locale) {
        String name = acmgClass.displayName(locale);
        return (clause.isEmpty() ? name : name + " " + clause) + ": " + explanation(locale);
    }
}
