package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.Sample;
import org.zenome.domain.SourceFile;
import org.zenome.store.NewCase;

/**
 * The case rows an import writes in the main database, in SQL both engines run: used by the SQLite and the
 * PostgreSQL import writers (only the insert of a new case row differs: how each engine returns the key).
 */
public final class CaseRegistration {
    private CaseRegistration() {
    }

    /**
     * A replace keeps the case's key, so everything recorded on the case stays: the case row takes the new import's
     * values and its samples and source files are dropped, to be written again by {@link #samplesAndSources}.
     */
    public static void reuse(Connection c, long casePk, NewCase newCase, long findings, long findingTable, String now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE patient_case SET disease_area=?, diagnosis=?, "
                + "status=?, genome_build=?, imported_at=?, finding_count=?, finding_table=?, version=version+1, "
                + "updated_at=? WHERE id=?")) {
            ps.setString(1, newCase.diseaseArea().name());
            ps.setString(2, newCase.diagnosis());
            ps.setString(3, CaseStatus.DATA_READY.name());
            ps.setString(4, newCase.build().name());
            ps.setString(5, now);
            ps.setLong(6, findings);
            ps.setLong(7, findingTable);
            ps.setString(8, now);
            ps.setLong(9, casePk);
            ps.executeUpdate();
        }
        for (String table : new String[] {"sample", "source_file"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE case_pk=?")) {
                ps.setLong(1, casePk);
                ps.executeUpdate();
            }
        }
    }

    /** The insert of a new case row (values bound by {@link #bindInsert}). */
    private static final String INSERT = "INSERT INTO patient_case (case_id, disease_area, diagnosis, status, genome_build, "
            + "received_date, imported_at, finding_count, finding_table, version, created_at, updated_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,1,?,?)";

    /** The SQL of a new case row, for the engine to prepare with its own way of returning the key. */
    public static String insertSql() {
        return INSERT;
    }

    /** Binds a new case row's values to a statement prepared from {@link #insertSql()}. */
    public static void bindInsert(PreparedStatement ps, NewCase newCase, String received, String now, long findings,
                                  long findingTable) throws SQLException {
        ps.setString(1, newCase.caseId());
        ps.setString(2, newCase.diseaseArea().name());
        ps.setString(3, newCase.diagnosis());
        ps.setString(4, CaseStatus.DATA_READY.name());
        ps.setString(5, newCase.build().name());
        ps.setString(6, received);
        ps.setString(7, now);
        ps.setLong(8, findings);
        ps.setLong(9, findingTable);
        ps.setString(10, now);
        ps.setString(11, now);
    }

    /** The case's samples (with their PED parents) and source files; the first file carries the header and warnings. */
    public static void samplesAndSources(Connection c, long casePk, NewCase newCase, List<SourceFile> files,
                                         String headerText, List<String> warnings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sample (case_pk, name, role, sex, affected, "
                + "column_index, father, mother) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Sample s : newCase.samples()) {
                String[] parents = newCase.parents().getOrDefault(s.name(), new String[2]);
                ps.setLong(1, casePk);
                ps.setString(2, s.name());
                ps.setString(3, s.role().name());
                ps.setString(4, s.sex().name());
                ps.setInt(5, s.affected() ? 1 : 0);
                ps.setInt(6, s.column());
                ps.setString(7, parents[0]);
                ps.setString(8, parents[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        boolean first = true;
        for (SourceFile f : files) {
            SqliteCaseRepository.insertSource(c, casePk, f, first ? headerText : null, first ? warnings : List.of());
            first = false;
        }
    }
}
