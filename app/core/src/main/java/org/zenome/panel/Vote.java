package org.zenome.panel;

import java.time.Instant;

/** One attendee's vote on one finding in one version of a case review. */
public record Vote(long id, String caseId, int reviewVersion, String findingRef, long meetingId, long attendeeId,
                   String attendeeName, PanelRole attendeeRole, VoteValue value, String recordedBy, Instant at) {
}
