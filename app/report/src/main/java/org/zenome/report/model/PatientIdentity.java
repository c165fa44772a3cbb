package org.zenome.report.model;

import java.time.LocalDate;

/**
 * Identifying details the hospital requires on a report, beyond the pseudonymous case ID. Every field may be null;
 * de-identified exports drop the name and the date of birth.
 *
 * @param hospitalPatientId the hospital's patient number (カルテ番号)
 */
public record PatientIdentity(String name, LocalDate birthDate, String hospitalPatientId) {
}
