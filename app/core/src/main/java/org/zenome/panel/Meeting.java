package org.zenome.panel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.zenome.domain.DiseaseArea;

/**
 * An expert-panel meeting with its agenda and attendance.
 *
 * @param chair           username of the chair, who signs the cases off
 * @param inHouseAnalysis sequencing analysed in house (then a bioinformatician is required)
 * @param quorum          the last recorded quorum check, null before the first
 * @param version         optimistic-lock version
 */
public record Meeting(long id, LocalDateTime heldAt, MeetingFormat format, DiseaseArea diseaseArea, String title,
                      String chair, boolean inHouseAnalysis, List<AgendaItem> agenda, List<Attendee> attendees,
                      QuorumResult quorum, String createdBy, Instant createdAt, int version) {
    public Meeting {
        agenda = List.copyOf(agenda);
        attendees = List.copyOf(attendees);
    }

    /** Attendees present now (joined and not left). */
    public List<Attendee> present() {
        return attendees.stream().filter(Attendee::present).toList();
    }
}
