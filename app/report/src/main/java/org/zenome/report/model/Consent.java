package org.zenome.report.model;

import java.time.Instant;

/**
 * The patient's recorded wish about secondary findings (開示希望).
 *
 * @param secondaryFindings true when the patient wishes to learn of secondary findings
 */
public record Consent(boolean secondaryFindings, String recordedBy, Instant recordedAt) {
}
