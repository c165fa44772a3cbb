package org.zenome.store.sqlite;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zenome.domain.CopyNumberSegment;
import org.zenome.qc.QcAcknowledgement;
import org.zenome.qc.QcResult;
import org.zenome.store.QcRepository;
import org.zenome.store.StoreException;

/** Sample QC of the cases in the main database (tables qc_result, qc_acknowledgement, cn_segment). */
final class SqliteQcRepository implements QcRepository {
    /**
     * The JSON mapper of QC results, made on first use: opening the store (every command, the desktop's start) does
     * not load Jackson for it (about 0.15 s of a start from the jars).
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .registerModule(new SimpleModule("instant")
                        .addSerializer(Instant.class, new JsonSerializer<Instant>() {
                            @Override
                            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                                g.writeString(v.toString());
                            }
                        })
                        .addDeserializer(Instant.class, new JsonDeserializer<Instant>() {
                            @Override
                            public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                                return Instant.parse(p.getValueAsString());
                            }
                        }));
    }

    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteQcRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    /** The JSON text of a result, as stored. */
    static String json(QcResult r) {
        try {
            return Mapper.JSON.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the QC result: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(long casePk, QcResult result) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO qc_result (case_pk, computed_at, "
                    + "computed_by, identity_failed, result) VALUES (?,?,?,?,?) ON CONFLICT (case_pk) DO UPDATE SET "
                    + "computed_at=excluded.computed_at, computed_by=excluded.computed_by, "
                    + "identity_failed=excluded.identity_failed, result=excluded.result")) {
                ps.setLong(1, casePk);
                ps.setString(2, result.computedAt().toString());
                ps.setString(3, result.computedBy());
                ps.setInt(4, result.identityFailed() ? 1 : 0);
                ps.setString(5, json(result));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot save the QC result: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<QcResult> latest(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT result FROM qc_result WHERE case_pk=?")) {
                ps.setLong(1, casePk);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(Mapper.JSON.readValue(rs.getString(1), QcResult.class));
                }
            } catch (SQLException | IOException e) {
                throw new StoreException(store.location() + ": cannot read the QC result: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void acknowledge(long casePk, QcAcknowledgement a) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO qc_acknowledgement (case_pk, "
                    + "problem_key, acknowledged_by, acknowledged_at, note) VALUES (?,?,?,?,?) ON CONFLICT (case_pk, "
                    + "problem_key) DO UPDATE SET acknowledged_by=excluded.acknowledged_by, "
                    + "acknowledged_at=excluded.acknowledged_at, note=excluded.note")) {
                ps.setLong(1, casePk);
                ps.setString(2, a.problemKey());
                ps.setString(3, a.user());
                ps.setString(4, a.at().toString());
                ps.setString(5, a.note());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot record the acknowledgement: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<QcAcknowledgement> acknowledgements(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT problem_key, acknowledged_by, acknowledged_at, note "
                    + "FROM qc_acknowledgement WHERE case_pk=? ORDER BY acknowledged_at, problem_key")) {
                ps.setLong(1, casePk);
                List<QcAcknowledgement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new QcAcknowledgement(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                                rs.getString(4)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the acknowledgements: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void replaceSegments(long casePk, String source, List<CopyNumberSegment> segments) {
        store.inTransaction("store the copy-number segments", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM cn_segment WHERE case_pk=?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO cn_segment (case_pk, sample, chrom, "
                         + "start_pos, end_pos, markers, log2_ratio, copy_number, source) VALUES (?,?,?,?,?,?,?,?,?)")) {
                del.setLong(1, casePk);
                del.executeUpdate();
                for (CopyNumberSegment s : segments) {
                    ins.setLong(1, casePk);
                    ins.setString(2, s.sample());
                    ins.setString(3, s.chrom());
                    ins.setLong(4, s.start());
                    ins.setLong(5, s.end());
                    if (s.markers() < 0) {
                        ins.setNull(6, java.sql.Types.BIGINT);
                    } else {
                        ins.setInt(6, s.markers());
                    }
                    ins.setDouble(7, s.log2Ratio());
                    if (Double.isNaN(s.copyNumber())) {
                        ins.setNull(8, java.sql.Types.DOUBLE);
                    } else {
                        ins.setDouble(8, s.copyNumber());
                    }
                    ins.setString(9, source);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return null;
        });
    }

    /**
     * The order the segments were imported in: SQLite's rowid; PostgreSQL has no stable row order, so there they
     * come by sample, contig and position (the order of a .seg or .cns file in practice).
     */
    private String segmentOrder() {
        return store.engine() == org.zenome.store.jdbc.JdbcCaseStore.Engine.SQLITE ? "rowid"
                : "sample, chrom, start_pos, end_pos";
    }

    @Override
    public List<CopyNumberSegment> segments(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT sample, chrom, start_pos, end_pos, markers, log2_ratio, "
                    + "copy_number FROM cn_segment WHERE case_pk=? ORDER BY " + segmentOrder())) {
                ps.setLong(1, casePk);
                List<CopyNumberSegment> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int markers = rs.getInt(5);
                        if (rs.wasNull()) {
                            markers = -1;
                        }
                        double cn = rs.getDouble(7);
                        if (rs.wasNull()) {
                            cn = Double.NaN;
                        }
                        out.add(new CopyNumberSegment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                                markers, rs.getDouble(6), cn));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the copy-number segments: " + e.getMessage(), e);
            }
        }
    }
}
