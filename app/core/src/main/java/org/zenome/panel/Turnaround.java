package org.zenome.panel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.zenome.domain.CaseStatus;

/**
 * The milestones of one case (null when not reached yet): sample receipt, data ready (import), panel
 * discussion, sign-off and report issue.
 */
public record Turnaround(String caseId, CaseStatus status, LocalDate received, LocalDate dataReady,
                         LocalDate discussed, LocalDate signedOff, LocalDate reported) {

    /** Days from receipt to the report, or to {@code today} while the report is pending. */
    public long daysElapsed(LocalDate today) {
        if (received == null) {
            return 0;
        }
        return ChronoUnit.DAYS.between(received, reported != null ? reported : today);
    }

    /** Days from receipt to the report, null while pending. */
    public Long daysToReport() {
        return received == null || reported == null ? null : ChronoUnit.DAYS.between(received, reported);
    }

    /** Days from receipt to sign-off, null while pending. */
    public Long daysToSignOff() {
        return received == null || signedOff == null ? null : ChronoUnit.DAYS.between(received, signedOff);
    }

    /** Over the target: reported late, or still pending past it. */
    public boolean overdue(LocalDate today, int targetDays) {
        return daysElapsed(today) > targetDays;
    }
}
