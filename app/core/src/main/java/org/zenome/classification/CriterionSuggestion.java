package org.zenome.classification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A criterion the data suggests, with the evidence behind it. Never counted until a reviewer accepts it.
 *
 * @param applied     the criterion at the suggested strength
 * @param evidenceKey message key of the evidence text in the {@code messages} bundle
 * @param arguments   the data values in the text, already formatted
 */
public record CriterionSuggestion(AppliedCriterion applied, String evidenceKey, List<String> arguments) {

    /** The user id suggestions are recorded under. */
    public static final String SUGGESTER = "zenome-suggester";

    public CriterionSuggestion {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(evidenceKey, "evidenceKey");
        arguments = List.copyOf(arguments);
    }

    static CriterionSuggestion of(AcmgCriterion criterion, Strength strength, String key, String... args) {
        return new CriterionSuggestion(new AppliedCriterion(criterion, strength), key, List.of(args));
    }

    public AcmgCriterion criterion() {
        return applied.criterion();
    }

    public Strength strength() {
        return applied.strength();
    }

    /** The evidence with its data values, e.g. {@code gnomAD v4.0 AF 0.00002 ≤ 0.0001 (dominant)}. */
    public String evidence(Locale locale) {
        return ClassificationText.message(locale, evidenceKey, arguments.toArray());
    }

    /** English evidence text. */
    public String evidence() {
        return evidence(Locale.ENGLISH);
    }

    /** The suggestion as a call in status SUGGESTED, for the history. */
    public CriterionCall asSuggestedCall(Instant time) {
        return new CriterionCall(applied.criterion(), applied.strength(), CallStatus.SUGGESTED, evidence(), SUGGESTER,
                time);
    }

    /** The reviewer's acceptance, at the suggested strength or another one; the evidence text goes into the note. */
    public CriterionCall accept(Strength strength, String note, String user, Instant time) {
        String text = note == null || note.isBlank() ? evidence() : evidence() + " | " + note;
        return new CriterionCall(applied.criterion(), strength, CallStatus.ACCEPTED, text, user, time);
    }

    /** The reviewer's rejection. */
    public CriterionCall reject(String note, String user, Instant time) {
        return new CriterionCall(applied.criterion(), applied.strength(), CallStatus.REJECTED, note, user, time);
    }

    /** A number as plain decimal text without trailing zeros or exponent: 2.0E-5 becomes {@code 0.00002}. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
