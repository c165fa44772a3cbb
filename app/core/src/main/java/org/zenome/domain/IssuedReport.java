package org.zenome.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One issued version of a patient-return report, as kept in the case store (the PDF itself is read separately).
 *
 * @param reportId     the report's identifier, the same for all its versions (printed in the header)
 * @param template     template name ({@code cancer}, {@code rare-disease}, ...)
 * @param language     {@code ja} or {@code en}
 * @param version      1 for the first issue, then one more for each correction
 * @param sha256       hex SHA-256 of the PDF bytes as issued
 * @param reason       why this version corrects the previous one (empty for version 1)
 * @param changes      the items changed from the previous version (empty for version 1)
 * @param supersededAt when a later version replaced this one, null while current
 */
public record IssuedReport(long id, String caseId, String reportId, String template, String language, int version,
                           String sha256, long size, String issuedBy, Instant issuedAt, String reason,
                           List<String> changes, Instant supersededAt) {
    public IssuedReport {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reportId, "reportId");
        changes = List.copyOf(changes);
        reason = reason == null ? "" : reason;
    }

    public boolean superseded() {
        return supersededAt != null;
    }
}
