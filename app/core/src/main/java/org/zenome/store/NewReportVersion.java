package org.zenome.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report version to store. {@code version} is the number printed in the PDF: the store refuses it unless it is
 * exactly one more than the latest stored version of the same report and language (someone else may have issued
 * in between). A version after the first needs a reason and at least one changed item.
 */
public record NewReportVersion(String caseId, String reportId, String template, String language, int version,
                               byte[] pdf, String issuedBy, Instant issuedAt, String reason, List<String> changes) {
    public NewReportVersion {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(issuedAt, "issuedAt");
        reason = reason == null ? "" : reason.strip();
        changes = changes == null ? List.of() : changes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (issuedBy == null || issuedBy.isBlank()) {
            throw new IllegalArgumentException("issuing a report needs the name of the issuer");
        }
        if (version < 1) {
            throw new IllegalArgumentException("report version must be 1 or more, not " + version);
        }
        if (version > 1 && (reason.isEmpty() || changes.isEmpty())) {
            throw new IllegalArgumentException("a corrected report (version " + version
                    + ") needs the reason for the correction and the list of what changed");
        }
    }
}
