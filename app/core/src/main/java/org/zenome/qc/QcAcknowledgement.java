package org.zenome.qc;

import java.time.Instant;

/** A reviewer's acknowledgement of a QC problem, with the note that explains why the case may go on. */
public record QcAcknowledgement(String problemKey, String user, Instant at, String note) {
}
