package org.zenome.panel;

import java.util.Optional;

/** A member's vote on a proposal for a finding. */
public enum VoteValue {
    AGREE, DISAGREE, ABSTAIN;

    public static Optional<VoteValue> parse(String s) {
        for (VoteValue v : values()) {
            if (v.name().equalsIgnoreCase(s.trim())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
