package org.zenome.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.ReferenceGenomeFiles;
import org.zenome.store.ReferenceRepository;
import org.zenome.store.StoreException;

/** The reference genome per build, in the main database (table reference_genome). */
final class SqliteReferenceRepository implements ReferenceRepository {
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteReferenceRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public void set(ReferenceGenomeFiles f) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reference_genome (build, fasta, annotation, "
                    + "cytoband, updated_at) VALUES (?,?,?,?,?) ON CONFLICT (build) DO UPDATE SET fasta=excluded.fasta, "
                    + "annotation=excluded.annotation, cytoband=excluded.cytoband, updated_at=excluded.updated_at")) {
                ps.setString(1, f.build().name());
                ps.setString(2, abs(f.fasta()));
                ps.setString(3, f.annotation() == null ? null : abs(f.annotation()));
                ps.setString(4, f.cytoband() == null ? null : abs(f.cytoband()));
                ps.setString(5, (f.updated() == null ? Instant.now() : f.updated()).toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot save the reference genome: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<ReferenceGenomeFiles> find(GenomeBuild build) {
        return query("WHERE build=?", build.name()).stream().findFirst();
    }

    @Override
    public List<ReferenceGenomeFiles> list() {
        return query("ORDER BY build", null);
    }

    @Override
    public boolean remove(GenomeBuild build) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM reference_genome WHERE build=?")) {
                ps.setString(1, build.name());
                return ps.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot remove the reference genome: " + e.getMessage(), e);
            }
        }
    }

    private List<ReferenceGenomeFiles> query(String where, String arg) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT build, fasta, annotation, cytoband, updated_at FROM reference_genome " + where)) {
                if (arg != null) {
                    ps.setString(1, arg);
                }
                List<ReferenceGenomeFiles> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Optional<GenomeBuild> build = parseBuild(rs.getString(1));
                        if (build.isEmpty()) {
                            continue; // a build a newer version knows
                        }
                        out.add(new ReferenceGenomeFiles(build.get(), Path.of(rs.getString(2)), path(rs.getString(3)),
                                path(rs.getString(4)), Instant.parse(rs.getString(5))));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the reference genomes: " + e.getMessage(), e);
            }
        }
    }

    private static Optional<GenomeBuild> parseBuild(String name) {
        for (GenomeBuild b : GenomeBuild.values()) {
            if (b.name().equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static Path path(String s) {
        return s == null ? null : Path.of(s);
    }

    private static String abs(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }
}
