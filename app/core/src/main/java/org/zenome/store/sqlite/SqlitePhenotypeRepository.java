package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.PhenotypeFile;
import org.zenome.store.PhenotypeRepository;
import org.zenome.store.StoreException;

/** HPO files and case phenotypes in the main database (tables phenotype_file, case_phenotype, case_phenotype_file). */
final class SqlitePhenotypeRepository implements PhenotypeRepository {
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqlitePhenotypeRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public void install(List<PhenotypeFile> files, String actor) {
        // one write transaction (on PostgreSQL under the store-wide write lock: two installs never interleave)
        store.inTransaction("install the HPO files", c -> {
            try (Statement s = c.createStatement();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO phenotype_file (ordinal, kind, path, name, "
                         + "version, sha256, size_bytes, installed_by, installed_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                s.executeUpdate("DELETE FROM phenotype_file");
                String now = Instant.now().toString();
                int i = 0;
                for (PhenotypeFile f : files) {
                    ps.setInt(1, ++i);
                    ps.setString(2, f.kind());
                    ps.setString(3, f.path());
                    ps.setString(4, f.name());
                    ps.setString(5, f.version());
                    ps.setString(6, f.sha256());
                    ps.setLong(7, f.size());
                    ps.setString(8, actor);
                    ps.setString(9, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<PhenotypeFile> installed() {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, path, name, version, sha256, size_bytes "
                    + "FROM phenotype_file ORDER BY ordinal");
                 ResultSet rs = ps.executeQuery()) {
                List<PhenotypeFile> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new PhenotypeFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6)));
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the HPO files: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<CaseFeature> features(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT term_id, label, negated, onset_id, onset_label, "
                    + "note, added_by, added_at FROM case_phenotype WHERE case_pk=? ORDER BY added_at, term_id")) {
                ps.setLong(1, casePk);
                List<CaseFeature> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CaseFeature(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), Instant.parse(rs.getString(8))));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the phenotype: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void put(long casePk, CaseFeature f) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_phenotype (case_pk, term_id, label, "
                    + "negated, onset_id, onset_label, note, added_by, added_at) VALUES (?,?,?,?,?,?,?,?,?) "
                    + "ON CONFLICT (case_pk, term_id) DO UPDATE SET label=excluded.label, negated=excluded.negated, "
                    + "onset_id=excluded.onset_id, onset_label=excluded.onset_label, note=excluded.note, "
                    + "added_by=excluded.added_by")) {
                ps.setLong(1, casePk);
                ps.setString(2, f.termId());
                ps.setString(3, f.label());
                ps.setInt(4, f.excluded() ? 1 : 0);
                ps.setString(5, f.onsetId());
                ps.setString(6, f.onsetLabel());
                ps.setString(7, f.note());
                ps.setString(8, f.addedBy());
                ps.setString(9, (f.addedAt() == null ? Instant.now() : f.addedAt()).toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot save the phenotype: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean remove(long casePk, String termId) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_phenotype WHERE case_pk=? AND term_id=?")) {
                ps.setLong(1, casePk);
                ps.setString(2, termId);
                return ps.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot remove the feature: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void recordFiles(long casePk, List<PhenotypeFile> files) {
        store.inTransaction("record the HPO files on the case", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM case_phenotype_file WHERE case_pk=?");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO case_phenotype_file (case_pk, kind, name, "
                         + "version, sha256, recorded_at) VALUES (?,?,?,?,?,?)")) {
                del.setLong(1, casePk);
                del.executeUpdate();
                String now = Instant.now().toString();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (PhenotypeFile f : files) {
                    if (!seen.add(f.kind() + "\t" + f.name())) {
                        continue;
                    }
                    ps.setLong(1, casePk);
                    ps.setString(2, f.kind());
                    ps.setString(3, f.name());
                    ps.setString(4, f.version());
                    ps.setString(5, f.sha256());
                    ps.setString(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<PhenotypeFile> caseFiles(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, name, version, sha256 FROM case_phenotype_file "
                    + "WHERE case_pk=? ORDER BY CASE kind WHEN 'ontology' THEN 0 WHEN 'diseases' THEN 1 ELSE 2 END, name")) {
                ps.setLong(1, casePk);
                List<PhenotypeFile> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PhenotypeFile(rs.getString(1), "", rs.getString(2), rs.getString(3),
                                rs.getString(4), 0));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the case's HPO files: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<java.util.Map<String, String>> pluginAnnotations(long casePk, String plugin) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.fields FROM finding_annotation a WHERE a.source_id = "
                    + "(SELECT max(id) FROM annotation_source WHERE case_pk=? AND plugin=? AND complete=1)")) {
                ps.setLong(1, casePk);
                ps.setString(2, plugin);
                List<java.util.Map<String, String>> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
                        // the layout of SqliteInterpretationRepository: items split by US, key and value by RS
                        for (String item : rs.getString(1).split("\u001f")) {
                            int p = item.indexOf('\u001e');
                            if (p > 0) {
                                fields.put(item.substring(0, p), item.substring(p + 1));
                            }
                        }
                        out.add(fields);
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the " + plugin + " annotations: "
                        + e.getMessage(), e);
            }
        }
    }
}
