package org.zenome.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.zenome.domain.CaseStatus;
import org.zenome.panel.Turnaround;
import org.zenome.store.TurnaroundRepository;

/**
 * Turnaround milestones from the case record, the meetings and the status history: data ready is the import,
 * discussion the day of the first meeting that decided on the case (or the first decision, when earlier), sign-off
 * and report the latest such status change.
 */
final class SqliteTurnaroundRepository implements TurnaroundRepository {
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteTurnaroundRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public List<Turnaround> list() {
        ZoneId zone = ZoneId.systemDefault();
        return store.reading("read the turnaround", c -> {
            List<Turnaround> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.case_id, p.status, p.received_date, p.imported_at, "
                    + "(SELECT min(m.held_at) FROM panel_meeting m JOIN decision d ON d.meeting_id=m.id "
                    + "  WHERE d.case_id=p.case_id), "
                    + "(SELECT min(h.at) FROM case_status_history h WHERE h.case_id=p.case_id AND h.status='DISCUSSED'), "
                    + "(SELECT max(h.at) FROM case_status_history h WHERE h.case_id=p.case_id AND h.status='SIGNED_OFF'), "
                    + "(SELECT max(h.at) FROM case_status_history h WHERE h.case_id=p.case_id AND h.status='REPORTED') "
                    + "FROM patient_case p ORDER BY p.received_date, p.case_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // the meeting's day, unless the decision was recorded earlier (a discussion cannot follow
                    // its own record, nor the sign-off)
                    LocalDate meetingDay = rs.getString(5) == null ? null
                            : LocalDate.parse(rs.getString(5).substring(0, 10));
                    LocalDate decidedDay = day(rs.getString(6), zone);
                    LocalDate discussed = meetingDay == null ? decidedDay : decidedDay == null ? meetingDay
                            : meetingDay.isBefore(decidedDay) ? meetingDay : decidedDay;
                    out.add(new Turnaround(rs.getString(1), CaseStatus.valueOf(rs.getString(2)),
                            rs.getString(3) == null ? null : LocalDate.parse(rs.getString(3)), day(rs.getString(4), zone),
                            discussed, day(rs.getString(7), zone), day(rs.getString(8), zone)));
                }
            }
            return out;
        });
    }

    private static LocalDate day(String instant, ZoneId zone) {
        return instant == null ? null : Instant.parse(instant).atZone(zone).toLocalDate();
    }
}
