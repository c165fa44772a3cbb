package org.zenome.panel;

import java.util.Locale;
import java.util.Optional;

/** The panel's consensus on a finding: how (and whether) it goes into the report. */
public enum Outcome {
    /** Report as a primary finding. */
    PRIMARY,
    /** Report as a presumed germline finding (生殖細胞系列由来が疑われる). */
    PRESUMED_GERMLINE,
    /** Report as a secondary finding (二次的所見), subject to the patient's wish. */
    SECONDARY,
    /** Not to report. */
    NOT_REPORTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Outcome> parse(String s) {
        for (Outcome o : values()) {
            if (o.code().equalsIgnoreCase(s.trim()) || o.name().equalsIgnoreCase(s.trim())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
