package org.zenome.panel;

import java.time.Instant;
import java.util.List;

/** The result of a quorum check, as recorded with the meeting. */
public record QuorumResult(String rulesVersion, boolean met, List<QuorumProblem> problems, Instant checkedAt) {
    public QuorumResult {
        problems = List.copyOf(problems);
    }

    /** One line per problem (empty when met). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (QuorumProblem p : problems) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(p.message());
        }
        return b.toString();
    }
}
