package org.zenome.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Discussion notes being typed, kept as they are typed so that a crash or a power cut loses no text: one draft per
 * user, case and finding, replaced on every change, removed once the note is recorded.
 */
public interface NoteDraftRepository {

    /** Stores the draft (an empty or blank text removes it). */
    void save(String username, String caseId, String findingRef, String text, Instant at);

    Optional<String> find(String username, String caseId, String findingRef);
}
