package org.zenome.classification;

/** Which way a criterion points: towards pathogenic or towards benign. */
public enum Direction {
    PATHOGENIC(1),
    BENIGN(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 for pathogenic, -1 for benign: the sign of the criterion's points. */
    public int sign() {
        return sign;
    }
}
