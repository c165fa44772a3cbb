package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;
import org.zenome.domain.SourceFile;
import org.zenome.store.CaseRepository;
import org.zenome.store.StoreException;

/** Cases, samples and provenance in the main SQLite database. */
final class SqliteCaseRepository implements CaseRepository {
    private static final String CASE_COLUMNS = "id, case_id, disease_area, diagnosis, status, genome_build, "
            + "received_date, imported_at, finding_count, version";
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteCaseRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public List<CaseSummary> list() {
        return query("SELECT " + CASE_COLUMNS + " FROM patient_case ORDER BY imported_at DESC, id DESC", null);
    }

    @Override
    public Optional<CaseSummary> find(String caseId) {
        List<CaseSummary> l = query("SELECT " + CASE_COLUMNS + " FROM patient_case WHERE case_id=?", caseId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private List<CaseSummary> query(String sql, String arg) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (arg != null) {
                    ps.setString(1, arg);
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                            rs.getInt(10)});
                    }
                }
                Map<Long, List<Sample>> samples = samples(c);
                List<CaseSummary> out = new ArrayList<>();
                for (Object[] r : rows) {
                    long pk = (Long) r[0];
                    out.add(new CaseSummary(pk, (String) r[1], DiseaseArea.valueOf((String) r[2]), (String) r[3],
                            CaseStatus.valueOf((String) r[4]), r[5] == null ? null : GenomeBuild.valueOf((String) r[5]),
                            r[6] == null ? null : LocalDate.parse((String) r[6]),
                            r[7] == null ? null : Instant.parse((String) r[7]), (Long) r[8],
                            samples.getOrDefault(pk, List.of()), (Integer) r[9]));
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read cases: " + e.getMessage(), e);
            }
        }
    }

    private static Map<Long, List<Sample>> samples(Connection c) throws SQLException {
        Map<Long, List<Sample>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT case_pk, name, role, sex, affected, column_index FROM sample ORDER BY case_pk, column_index");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Sample(rs.getString(2),
                        SampleRole.valueOf(rs.getString(3)), Sex.valueOf(rs.getString(4)), rs.getInt(5) == 1,
                        rs.getInt(6)));
            }
        }
        return out;
    }

    @Override
    public List<SourceFile> sourceFiles(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, path, size, sha256, header_source, "
                    + "header_reference, imported_at, tool_version, records, findings, skipped_blocks, sample_name "
                    + "FROM source_file WHERE case_pk=? ORDER BY id")) {
                ps.setLong(1, casePk);
                List<SourceFile> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SourceFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7)), rs.getString(8),
                                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getString(12)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read source files: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<java.nio.file.Path> variantFile(long casePk) {
        return store.variantFile(casePk);
    }

    /** The VCF header text recorded for a case (for re-reading stored lines). */
    String headerText(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT header_text FROM source_file WHERE case_pk=? AND kind='VCF' ORDER BY id LIMIT 1")) {
                ps.setLong(1, casePk);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": " + e.getMessage(), e);
            }
        }
    }

    static void insertSource(Connection m, long casePk, SourceFile f, String headerText, List<String> warnings)
            throws SQLException {
        try (PreparedStatement ps = m.prepareStatement("INSERT INTO source_file (case_pk, kind, path, size, sha256, "
                + "header_source, header_reference, header_text, imported_at, tool_version, records, findings, "
                + "skipped_blocks, warnings, sample_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, casePk);
            ps.setString(2, f.kind());
            ps.setString(3, f.path());
            ps.setLong(4, f.size());
            ps.setString(5, f.sha256());
            ps.setString(6, f.headerSource());
            ps.setString(7, f.headerReference());
            ps.setString(8, headerText);
            ps.setString(9, f.importedAt().toString());
            ps.setString(10, f.toolVersion());
            ps.setLong(11, f.records());
            ps.setLong(12, f.findings());
            ps.setLong(13, f.skippedBlocks());
            ps.setString(14, String.join("\n", warnings));
            ps.setString(15, f.sampleName());
            ps.executeUpdate();
        }
    }
}
