package org.zenome.panel;

import java.time.Instant;

/** Who said what about a finding, and when. */
public record DiscussionNote(long id, String caseId, int reviewVersion, String findingRef, Long meetingId,
                             NoteKind kind, String author, Instant at, String text) {
}
