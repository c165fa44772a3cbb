package org.zenome.panel;

import java.util.Locale;
import java.util.Optional;

/** Kinds of recommended action the panel records with a decision. */
public enum ActionKind {
    TREATMENT, CLINICAL_TRIAL, CONFIRMATORY_TEST, GENETIC_COUNSELLING, CASCADE_TESTING, REANALYSIS;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ActionKind> parse(String s) {
        for (ActionKind k : values()) {
            if (k.code().equalsIgnoreCase(s.trim()) || k.name().equalsIgnoreCase(s.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
