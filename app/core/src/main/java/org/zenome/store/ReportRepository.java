package org.zenome.store;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.IssuedReport;

/** Issued patient-return reports: every version with its PDF and SHA-256; nothing is ever overwritten. */
public interface ReportRepository {

    /** Every issued version of every report of the case, oldest first. */
    List<IssuedReport> versions(String caseId);

    /** The latest version of a report in a language, if it was ever issued. */
    Optional<IssuedReport> latest(String caseId, String template, String language);

    /** The PDF bytes of one version, exactly as issued. */
    byte[] pdf(long versionId);

    /**
     * Stores a new version in one transaction: marks the previous version superseded and moves the case to
     * REPORTED (with its status history).
     *
     * @throws StoreException when the version number is not the next one (another issue came first)
     */
    IssuedReport issue(NewReportVersion version);
}
