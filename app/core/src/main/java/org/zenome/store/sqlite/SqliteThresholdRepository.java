package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditJson;
import org.zenome.classification.FrequencyThresholds;
import org.zenome.interpretation.ThresholdSet;
import org.zenome.store.ThresholdRepository;

/** Threshold versions in the main database (schema V7; the PP5/BP6 switch V11), SQL shared by both engines. */
final class SqliteThresholdRepository implements ThresholdRepository {
    private static final String DEFAULTS = "*";

    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteThresholdRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public Optional<ThresholdSet> latest() {
        return store.reading("read the suggestion thresholds", c -> {
            Integer v = latestVersion(c);
            return v == null ? Optional.empty() : read(c, v);
        });
    }

    @Override
    public Optional<ThresholdSet> find(int version) {
        return store.reading("read the suggestion thresholds", c -> read(c, version));
    }

    @Override
    public List<ThresholdSet> list() {
        return store.reading("read the suggestion thresholds", c -> {
            List<Integer> versions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM threshold_set ORDER BY version DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
            List<ThresholdSet> out = new ArrayList<>();
            for (int v : versions) {
                read(c, v).ifPresent(out::add);
            }
            return out;
        });
    }

    @Override
    public ThresholdSet save(ThresholdSet set) {
        return store.inTransaction("save the suggestion thresholds", c -> insert(c, set));
    }

    @Override
    public ThresholdSet seed(ThresholdSet set) {
        return store.inTransaction("save the suggestion thresholds", c -> {
            Integer v = latestVersion(c);
            return v == null ? insert(c, set) : read(c, v).orElseThrow();
        });
    }

    private static ThresholdSet insert(Connection c, ThresholdSet set) throws SQLException {
        Integer last = latestVersion(c);
        Optional<ThresholdSet> before = last == null ? Optional.empty() : read(c, last);
        int version = last == null ? 1 : last + 1;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO threshold_set (version, note, user_name, at, "
                + "reputable_source, reputable_min_stars) VALUES (?,?,?,?,?,?)")) {
            ps.setInt(1, version);
            ps.setString(2, set.note());
            ps.setString(3, set.user());
            ps.setString(4, set.at().toString());
            ps.setInt(5, set.reputableSource() ? 1 : 0);
            ps.setInt(6, set.reputableMinStars());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO threshold_value (set_version, gene, ba1_above, "
                + "bs1_above, pm2_dominant_max, pm2_recessive_max) VALUES (?,?,?,?,?,?)")) {
            add(ps, version, DEFAULTS, set.defaults());
            for (Map.Entry<String, FrequencyThresholds> e : set.genes().entrySet()) {
                add(ps, version, e.getKey(), e.getValue());
            }
            ps.executeBatch();
        }
        ThresholdSet saved = new ThresholdSet(version, set.defaults(), set.genes(), set.note(), set.user(), set.at(),
                set.reputableSource(), set.reputableMinStars());
        SqliteAuditRepository.append(c, set.user(), new AuditEvent("settings.thresholds", "threshold_set",
                Integer.toString(version), null, before.map(b -> AuditJson.of("version", b.version(), "thresholds",
                        b.describe(), "pp5_bp6", reputable(b))).orElse(null), AuditJson.of("version", version,
                        "thresholds", saved.describe(), "pp5_bp6", reputable(saved), "note", saved.note())));
        return saved;
    }

    /** The PP5/BP6 switch for the audit log: {@code off}, or {@code on, ClinVar >= 2 stars}. */
    private static String reputable(ThresholdSet s) {
        return s.reputableSource() ? "on, ClinVar >= " + s.reputableMinStars() + " stars" : "off";
    }

    private static void add(PreparedStatement ps, int version, String gene, FrequencyThresholds t)
            throws SQLException {
        ps.setInt(1, version);
        ps.setString(2, gene);
        ps.setDouble(3, t.ba1Above());
        ps.setDouble(4, t.bs1Above());
        ps.setDouble(5, t.pm2DominantMax());
        ps.setDouble(6, t.pm2RecessiveMax());
        ps.addBatch();
    }

    private static Integer latestVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(version) FROM threshold_set");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                int v = rs.getInt(1);
                return rs.wasNull() ? null : v;
            }
            return null;
        }
    }

    private static Optional<ThresholdSet> read(Connection c, int version) throws SQLException {
        String note;
        String user;
        Instant at;
        boolean reputable;
        int minStars;
        try (PreparedStatement ps = c.prepareStatement("SELECT note, user_name, at, reputable_source, "
                + "reputable_min_stars FROM threshold_set WHERE version=?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                note = rs.getString(1);
                user = rs.getString(2);
                at = Instant.parse(rs.getString(3));
                reputable = rs.getInt(4) != 0;
                minStars = rs.getInt(5);
            }
        }
        FrequencyThresholds defaults = FrequencyThresholds.DEFAULT;
        Map<String, FrequencyThresholds> genes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT gene, ba1_above, bs1_above, pm2_dominant_max, "
                + "pm2_recessive_max FROM threshold_value WHERE set_version=? ORDER BY gene")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    FrequencyThresholds t = new FrequencyThresholds(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5));
                    if (DEFAULTS.equals(rs.getString(1))) {
                        defaults = t;
                    } else {
                        genes.put(rs.getString(1), t);
                    }
                }
            }
        }
        return Optional.of(new ThresholdSet(version, defaults, genes, note, user, at, reputable, minStars));
    }
}
