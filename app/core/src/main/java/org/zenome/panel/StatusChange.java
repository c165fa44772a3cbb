package org.zenome.panel;

import java.time.Instant;
import org.zenome.domain.CaseStatus;

/** Who moved a case to which status, when. */
public record StatusChange(String caseId, CaseStatus status, Instant at, String by) {
}
