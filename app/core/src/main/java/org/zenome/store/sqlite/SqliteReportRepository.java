package org.zenome.store.sqlite;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditJson;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.IssuedReport;
import org.zenome.store.NewReportVersion;
import org.zenome.store.ReportRepository;
import org.zenome.store.StoreException;

/** Issued reports in the main SQLite database (table {@code report_version}, PDFs as BLOBs). */
final class SqliteReportRepository implements ReportRepository {
    private static final String COLUMNS = "id, case_id, report_id, template, language, version, sha256, size, "
            + "issued_by, issued_at, reason, changes, superseded_at";
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteReportRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public List<IssuedReport> versions(String caseId) {
        return query("SELECT " + COLUMNS + " FROM report_version WHERE case_id=? ORDER BY issued_at, id", caseId);
    }

    @Override
    public Optional<IssuedReport> latest(String caseId, String template, String language) {
        List<IssuedReport> l = query("SELECT " + COLUMNS + " FROM report_version WHERE case_id=? AND template=? "
                + "AND language=? ORDER BY version DESC LIMIT 1", caseId, template, language);
        return l.stream().findFirst();
    }

    @Override
    public byte[] pdf(long versionId) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pdf, sha256 FROM report_version WHERE id=?")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no issued report version " + versionId + " in " + store.location());
                    }
                    byte[] pdf = rs.getBytes(1);
                    if (!sha256(pdf).equals(rs.getString(2))) {
                        throw new StoreException(store.location() + ": issued report version " + versionId
                                + " no longer matches its SHA-256; the stored PDF was altered");
                    }
                    return pdf;
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the report: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public IssuedReport issue(NewReportVersion v) {
        Connection c = store.main();
        String sha = sha256(v.pdf());
        synchronized (c) {
            try {
                c.setAutoCommit(false);
                try {
                    int latest = 0;
                    long previousId = -1;
                    try (PreparedStatement ps = c.prepareStatement("SELECT id, version, case_id FROM report_version "
                            + "WHERE report_id=? AND language=? ORDER BY version DESC LIMIT 1")) {
                        ps.setString(1, v.reportId());
                        ps.setString(2, v.language());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                previousId = rs.getLong(1);
                                latest = rs.getInt(2);
                                if (!rs.getString(3).equals(v.caseId())) {
                                    throw new StoreException("report " + v.reportId() + " belongs to case "
                                            + rs.getString(3) + ", not " + v.caseId());
                                }
                            }
                        }
                    }
                    if (v.version() != latest + 1) {
                        throw new StoreException("report " + v.reportId() + " (" + v.language() + ") is at version "
                                + latest + " in " + store.location() + "; version " + v.version()
                                + " cannot be issued (render it again)");
                    }
                    String now = v.issuedAt().toString();
                    if (previousId >= 0) {
                        try (PreparedStatement ps = c.prepareStatement(
                                "UPDATE report_version SET superseded_at=? WHERE id=?")) {
                            ps.setString(1, now);
                            ps.setLong(2, previousId);
                            ps.executeUpdate();
                        }
                    }
                    long id;
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_version (case_id, report_id, "
                            + "template, language, version, sha256, size, pdf, issued_by, issued_at, reason, changes) "
                            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                        ps.setString(1, v.caseId());
                        ps.setString(2, v.reportId());
                        ps.setString(3, v.template());
                        ps.setString(4, v.language());
                        ps.setInt(5, v.version());
                        ps.setString(6, sha);
                        ps.setLong(7, v.pdf().length);
                        ps.setBytes(8, v.pdf());
                        ps.setString(9, v.issuedBy().strip());
                        ps.setString(10, now);
                        ps.setString(11, v.reason());
                        ps.setString(12, String.join("\n", v.changes()));
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                    // the case is reported (with its status history and audit entry, as the panel module keeps them)
                    SqliteReviewRepository.moveStatus(c, v.issuedBy().strip(), v.caseId(), CaseStatus.REPORTED);
                    SqliteAuditRepository.append(c, v.issuedBy().strip(), new AuditEvent("report.issued", "report",
                            v.reportId() + "/" + v.language() + "/v" + v.version(), v.caseId(),
                            v.version() > 1 ? "v" + (v.version() - 1) : "", AuditJson.of("sha256", sha, "reason", v.reason(),
                                    "changes", String.join("; ", v.changes()))));
                    c.commit();
                    return new IssuedReport(id, v.caseId(), v.reportId(), v.template(), v.language(), v.version(), sha,
                            v.pdf().length, v.issuedBy().strip(), Instant.parse(now), v.reason(), v.changes(), null);
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot store the issued report: " + e.getMessage(), e);
            }
        }
    }

    private List<IssuedReport> query(String sql, String... args) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                List<IssuedReport> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String changes = rs.getString(12);
                        out.add(new IssuedReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                                Instant.parse(rs.getString(10)), rs.getString(11),
                                changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n")),
                                rs.getString(13) == null ? null : Instant.parse(rs.getString(13))));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read issued reports: " + e.getMessage(), e);
            }
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
