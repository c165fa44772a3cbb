package org.zenome.report;

import java.util.Locale;
import java.util.Optional;

/** The languages reports are written in. */
public enum ReportLanguage {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code ja} or {@code en}. */
    public String code() {
        return locale.getLanguage();
    }

    public static Optional<ReportLanguage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ReportLanguage l : values()) {
            if (l.code().equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
