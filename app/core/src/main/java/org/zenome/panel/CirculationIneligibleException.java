package org.zenome.panel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case that may not be discussed by circulation: putting it on a circulation meeting's agenda, changing a
 * meeting to circulation, or signing it off by circulation is refused. The message names each case and each
 * unmet condition.
 */
public final class CirculationIneligibleException extends RuntimeException {
    private final long meetingId;
    private final Map<String, CirculationCheck> checks;

    /** @param checks the failed check of each refused case, in agenda order */
    public CirculationIneligibleException(long meetingId, String act, Map<String, CirculationCheck> checks) {
        super(message(meetingId, act, checks));
        this.meetingId = meetingId;
        this.checks = new LinkedHashMap<>(checks);
    }

    private static String message(long meetingId, String act, Map<String, CirculationCheck> checks) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, CirculationCheck> e : checks.entrySet()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append("case ").append(e.getKey()).append(" cannot ").append(act).append(" by circulation (").append(e.getValue().ruleText())
                    .append("); unmet conditions:");
            for (CirculationCheck.ConditionResult c : e.getValue().unmet()) {
                b.append("\n  - ").append(c.message());
            }
        }
        return b.toString();
    }

    public long meetingId() {
        return meetingId;
    }

    /** The failed check of each refused case. */
    public Map<String, CirculationCheck> checks() {
        return Map.copyOf(checks);
    }
}
