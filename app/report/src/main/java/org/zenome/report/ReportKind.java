package org.zenome.report;

import java.util.Locale;
import java.util.Optional;

/** The kinds of report Zenome fills; each template folder declares its kind in {@code template.properties}. */
public enum ReportKind {
    CANCER("cancer", "CA"),
    RARE_DISEASE("rare-disease", "RD"),
    SECONDARY_FINDINGS("secondary-findings", "SF"),
    PATIENT_EXPLANATION("patient-explanation", "PE");

    private final String code;
    private final String abbreviation;

    ReportKind(String code, String abbreviation) {
        this.code = code;
        this.abbreviation = abbreviation;
    }

    /** The name used on the command line and as the shipped template's folder name. */
    public String code() {
        return code;
    }

    /** Two letters in the report ID ({@code CASE-CA}). */
    public String abbreviation() {
        return abbreviation;
    }

    public static Optional<ReportKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ReportKind k : values()) {
            if (k.code.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
