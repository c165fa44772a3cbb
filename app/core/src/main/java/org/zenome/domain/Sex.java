package org.zenome.domain;

/** Sex as declared for a sample (PED column 5: 1 male, 2 female, other unknown). */
public enum Sex {
    MALE,
    FEMALE,
    UNKNOWN;

    public static Sex fromPed(String code) {
        if ("1".equals(code)) {
            return MALE;
        }
        if ("2".equals(code)) {
            return FEMALE;
        }
        return UNKNOWN;
    }
}
