package org.zenome.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.CarryOver;
import org.zenome.plugin.VariantKey;

/**
 * Moves a case's interpretation onto the findings of a re-import, inside the transaction that replaces the case's
 * data (the caller's): each finding with records is looked up in the new findings file by its variant, normalised
 * as annotation sources are matched ({@link VariantKey#normalised()}: contig without {@code chr}, REF/ALT trimmed);
 * its records (criterion calls, class, somatic record and therapies, confirmation and return, history) move to the
 * new finding's id. A finding whose variant is not in the new data keeps its records as an <em>orphaned</em>
 * finding, under an id outside the case's rows ({@link FindingTables#orphanId}), marked with the time and the
 * reason; an orphan whose variant comes back at a later re-import is attached again. Annotation sources of the
 * replaced data are marked superseded (their annotations were of the replaced rows) for the importer to apply
 * them again. Every move is written to the interpretation history and the audit log.
 */
final class SqliteInterpretationCarryOver {
    /** How far before a variant's normalised position its row in the new file may start (trimmed prefix). */
    static final int WINDOW = 1000;
    /** annotation_source.complete of sources whose annotations belonged to replaced data. */
    static final int SUPERSEDED = 2;
    /** Tables whose rows belong to one finding (finding_ref first). */
    private static final String[] TABLES = {"finding_ref", "criterion_call", "germline_class", "somatic_record",
        "somatic_therapy", "confirmation", "interpretation_history"};

    private SqliteInterpretationCarryOver() {
    }

    private record Ref(long id, String chrom, int pos, String ref, String alt, String gene, boolean orphaned) {
        String label() {
            return (gene.isEmpty() ? "" : gene + " ") + chrom + ":" + pos + " " + ref + ">" + alt;
        }
    }

    private record Row(long rowId, String chrom, int pos, String ref, String alt, String gene) {
        String label() {
            return (gene.isEmpty() ? "" : gene + " ") + chrom + ":" + pos + " " + ref + ">" + alt;
        }
    }

    /**
     * @param m           the main database, in the caller's transaction
     * @param casePk      the case (its key does not change at a re-import)
     * @param newFindings the new findings file
     * @param source      what was imported, for the orphans' note
     */
    static CarryOver carry(Connection m, long casePk, Path newFindings, String source, String user, Instant at)
            throws SQLException {
        try (Connection f = SqliteCaseStore.connectFindings(newFindings, true)) {
            return carry(m, casePk, f, "", source, user, at);
        }
    }

    /**
     * The same with the new findings on a connection ({@code prefix}: the schema of the new findings tables with a
     * dot, on PostgreSQL, where they are written in the main connection's transaction; empty on SQLite).
     */
    static CarryOver carry(Connection m, long casePk, Connection newFindings, String prefix, String source,
                           String user, Instant at) throws SQLException {
        List<Ref> refs = new ArrayList<>();
        try (PreparedStatement ps = m.prepareStatement("SELECT finding_id, chrom, pos, ref, alt, gene, orphaned_at "
                + "FROM finding_ref WHERE case_pk=? ORDER BY finding_id")) {
            ps.setLong(1, casePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refs.add(new Ref(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7) != null));
                }
            }
        }
        List<AnnotationSourceRecord> sources = sources(m, casePk);
        boolean tmb;
        try (PreparedStatement ps = m.prepareStatement("SELECT 1 FROM case_tmb WHERE case_pk=?")) {
            ps.setLong(1, casePk);
            try (ResultSet rs = ps.executeQuery()) {
                tmb = rs.next();
            }
        }
        if (refs.isEmpty() && sources.isEmpty() && !tmb) {
            return CarryOver.NONE;
        }
        // where each finding's records go
        Map<Long, Long> target = new LinkedHashMap<>();
        Map<Long, Row> matched = new HashMap<>();
        Map<Long, Long> taken = new HashMap<>(); // new row -> old finding id
        long nextOrphan = 0;
        for (Ref r : refs) {
            if (r.orphaned()) {
                nextOrphan = Math.max(nextOrphan, FindingTables.rowId(r.id()) - FindingTables.ORPHAN_BASE + 1);
            }
        }
        int carried = 0;
        int reattached = 0;
        List<String> orphanLabels = new ArrayList<>();
        List<Long> newlyOrphaned = new ArrayList<>();
        {
            NewRows rows = new NewRows(newFindings, prefix);
            for (Ref r : refs) {
                Optional<Row> row = rows.find(new VariantKey(r.chrom(), r.pos(), r.ref(), r.alt()).normalised());
                if (row.isPresent() && !taken.containsKey(row.get().rowId())) {
                    taken.put(row.get().rowId(), r.id());
                    target.put(r.id(), FindingTables.findingId(casePk, row.get().rowId()));
                    matched.put(r.id(), row.get());
                    carried++;
                    if (r.orphaned()) {
                        reattached++;
                    }
                } else {
                    orphanLabels.add(r.label());
                    if (r.orphaned()) {
                        target.put(r.id(), r.id());
                    } else {
                        target.put(r.id(), FindingTables.orphanId(casePk, nextOrphan++));
                        newlyOrphaned.add(r.id());
                    }
                }
            }
        }
        // move: first to negative ids (no clash with the ids being vacated), then to the targets
        try (Statement s = m.createStatement()) {
            // foreign keys checked at the commit (the PostgreSQL ones are deferrable since V7)
            s.execute(postgres(m) ? "SET CONSTRAINTS ALL DEFERRED" : "PRAGMA defer_foreign_keys = ON");
        }
        for (String table : TABLES) {
            try (PreparedStatement ps = m.prepareStatement("UPDATE " + table + " SET finding_id=? WHERE finding_id=?")) {
                for (Map.Entry<Long, Long> e : target.entrySet()) {
                    if (!e.getKey().equals(e.getValue())) {
                        ps.setLong(1, -1 - e.getValue());
                        ps.setLong(2, e.getKey());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        for (String table : TABLES) {
            try (Statement s = m.createStatement()) {
                s.executeUpdate("UPDATE " + table + " SET finding_id = -1 - finding_id WHERE finding_id < 0");
            }
        }
        try (PreparedStatement ps = m.prepareStatement("UPDATE finding_ref SET chrom=?, pos=?, ref=?, alt=?, gene=?, "
                + "orphaned_at=NULL, orphaned_note=NULL WHERE finding_id=?")) {
            for (Map.Entry<Long, Row> e : matched.entrySet()) {
                Row row = e.getValue();
                ps.setString(1, row.chrom());
                ps.setInt(2, row.pos());
                ps.setString(3, row.ref());
                ps.setString(4, row.alt());
                ps.setString(5, row.gene());
                ps.setLong(6, target.get(e.getKey()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String note = "variant not in the data imported " + at + " from " + source;
        try (PreparedStatement ps = m.prepareStatement("UPDATE finding_ref SET orphaned_at=?, orphaned_note=? "
                + "WHERE finding_id=?")) {
            for (Long old : newlyOrphaned) {
                ps.setString(1, at.toString());
                ps.setString(2, note);
                ps.setLong(3, target.get(old));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // the history of every finding, and of the case
        for (Ref r : refs) {
            long now = target.get(r.id());
            Row row = matched.get(r.id());
            if (row != null) {
                SqliteInterpretationRepository.insertHistory(m, casePk, now, "reimport.carried", r.label(),
                        row.label(), (r.orphaned() ? "orphaned finding attached again" : "records moved from finding "
                                + r.id()) + " to finding " + now + " (re-import from " + source + ")", user, at);
            } else if (!r.orphaned()) {
                SqliteInterpretationRepository.insertHistory(m, casePk, now, "reimport.orphaned", r.label(),
                        "orphaned", note, user, at);
            }
        }
        for (AnnotationSourceRecord s : sources) {
            try (PreparedStatement ps = m.prepareStatement("DELETE FROM finding_annotation WHERE source_id=?")) {
                ps.setLong(1, s.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = m.prepareStatement("UPDATE annotation_source SET complete=? WHERE id=?")) {
                ps.setInt(1, SUPERSEDED);
                ps.setLong(2, s.id());
                ps.executeUpdate();
            }
        }
        String summary = carried + " carried over, " + orphanLabels.size() + " orphaned"
                + (reattached > 0 ? " (" + reattached + " orphaned earlier attached again)" : "")
                + (sources.isEmpty() ? "" : ", " + sources.size() + " annotation source(s) to apply again")
                + (tmb ? ", TMB computed on the replaced data" : "");
        SqliteInterpretationRepository.insertHistory(m, casePk, null, "reimport", "", summary,
                "re-import from " + source, user, at);
        return new CarryOver(carried, orphanLabels.size(), reattached, orphanLabels, List.of(), List.of(), tmb,
                sources);
    }

    private static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    private static List<AnnotationSourceRecord> sources(Connection m, long casePk) throws SQLException {
        List<AnnotationSourceRecord> out = new ArrayList<>();
        try (PreparedStatement ps = m.prepareStatement("SELECT id, case_pk, plugin, plugin_version, name, version, "
                + "path, size, sha256, build, findings_looked_up, findings_matched, user_name, at "
                + "FROM annotation_source WHERE case_pk=? AND complete=1 ORDER BY id")) {
            ps.setLong(1, casePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AnnotationSourceRecord(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                            rs.getString(9), rs.getString(10), rs.getLong(11), rs.getLong(12), rs.getString(13),
                            Instant.parse(rs.getString(14))));
                }
            }
        }
        return out;
    }

    /** Finds rows of a findings file by normalised variant: contig row range, then binary search on position. */
    private static final class NewRows {
        private final Connection f;
        private final String prefix;
        private final List<Object[]> contigs = new ArrayList<>();

        NewRows(Connection f, String prefix) throws SQLException {
            this.f = f;
            this.prefix = prefix;
            try (Statement s = f.createStatement();
                 ResultSet rs = s.executeQuery("SELECT chrom, first_id, last_id FROM " + prefix + "contig "
                         + "ORDER BY first_id")) {
                while (rs.next()) {
                    contigs.add(new Object[] {VariantKey.contig(rs.getString(1)), rs.getLong(2), rs.getLong(3)});
                }
            }
        }

        Optional<Row> find(VariantKey key) throws SQLException {
            for (Object[] c : contigs) {
                if (!c[0].equals(key.chrom())) {
                    continue;
                }
                long first = (Long) c[1];
                long last = (Long) c[2];
                long from;
                try (PreparedStatement pos = f.prepareStatement("SELECT pos FROM " + prefix + "finding WHERE id = ?")) {
                    from = firstAtLeast(pos, first, last, (long) key.pos() - WINDOW);
                }
                // the contig's last_id is the first row of its last record: its other ALTs follow, so the scan
                // stops at the next contig or past the position rather than at last_id
                try (PreparedStatement ps = f.prepareStatement("SELECT id, pos, data, gene FROM " + prefix + "finding "
                        + "WHERE id >= ? ORDER BY id")) {
                    ps.setLong(1, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int p = rs.getInt(2);
                            String[] d = rs.getString(3).split(String.valueOf(FindingTables.SEP), 4);
                            if (p > key.pos() || d.length < 3 || !VariantKey.contig(d[0]).equals(key.chrom())) {
                                break;
                            }
                            if (new VariantKey(d[0], p, d[1], d[2]).normalised().equals(key)) {
                                String gene = rs.getString(4);
                                return Optional.of(new Row(rs.getLong(1), d[0], p, d[1], d[2],
                                        gene == null ? "" : gene));
                            }
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private static long firstAtLeast(PreparedStatement pos, long first, long last, long target)
                throws SQLException {
            long lo = first;
            long hi = last + 1;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                pos.setLong(1, mid);
                long p;
                try (ResultSet rs = pos.executeQuery()) {
                    p = rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
                }
                if (p < target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
