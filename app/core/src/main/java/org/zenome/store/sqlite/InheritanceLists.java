package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Zygosity;
import org.zenome.store.FindingRow;

/**
 * The rows of a trio case that the inheritance filters look for, listed while the rows are written: de novo,
 * autosomal recessive homozygous and X-linked rows in {@code flag}, and the genes with a het from each parent (the
 * compound-heterozygous candidates) in {@code comphet_gene}. Without them each of these filters reads all five million
 * rows of a genome to find a few thousand (or none: a first page of de novo calls took seconds). The conditions are
 * exactly those of {@code SqliteFindingRepository.inheritance}, which still checks every row; the lists only narrow
 * which rows are read. They are written for the proband, mother and father columns of the import and recorded in
 * {@code meta} ({@code inheritance_columns}); a query uses them only for the same columns.
 */
final class InheritanceLists {
    static final int FLAG_DE_NOVO = 3;
    static final int FLAG_AR_HOMOZYGOUS = 4;
    static final int FLAG_X_LINKED = 5;
    static final String META_KEY = "inheritance_columns";

    private static final int MISSING = Zygosity.MISSING.code();
    private static final int REF = Zygosity.HOM_REF.code();
    private static final int HET = Zygosity.HET.code();
    private static final int HOM = Zygosity.HOM_ALT.code();

    private final int proband;
    private final int mother;
    private final int father;
    private final RowList deNovo = new RowList();
    private final RowList arHomozygous = new RowList();
    private final RowList xLinked = new RowList();
    private final Set<String> fromMother = new HashSet<>();
    private final Set<String> fromFather = new HashSet<>();

    private InheritanceLists(int proband, int mother, int father) {
        this.proband = proband;
        this.mother = mother;
        this.father = father;
    }

    /** The lists of a case with a proband, mother and father, or null for any other case. */
    static InheritanceLists of(List<Sample> samples) {
        int p = column(samples, SampleRole.PROBAND);
        int m = column(samples, SampleRole.MOTHER);
        int f = column(samples, SampleRole.FATHER);
        return p < 0 || m < 0 || f < 0 ? null : new InheritanceLists(p, m, f);
    }

    private static int column(List<Sample> samples, SampleRole role) {
        for (Sample s : samples) {
            if (s.role() == role) {
                return s.column();
            }
        }
        return -1;
    }

    /** The {@code meta} value for these columns. */
    static String columns(int proband, int mother, int father) {
        return proband + "," + mother + "," + father;
    }

    private static int z(long zygosity, int column) {
        return (int) ((zygosity >> (3 * column)) & 7);
    }

    void add(FindingRow r, long rowId) {
        int p = z(r.zygosity, proband);
        int m = z(r.zygosity, mother);
        int f = z(r.zygosity, father);
        boolean autosome = r.chromOrder <= 22;
        if ((p == HET || p == HOM) && m == REF && f == REF) {
            deNovo.add(rowId);
        }
        if (autosome && p == HOM && (m == HET || m == MISSING) && (f == HET || f == MISSING) && (m == HET || f == HET)) {
            arHomozygous.add(rowId);
        }
        if (r.chromOrder == 23 && (p == HET || p == HOM) && (f == REF || f == MISSING)
                && (m == HET || m == REF || m == MISSING)) {
            xLinked.add(rowId);
        }
        String gene = r.gene == null ? "" : r.gene;
        if (autosome && !gene.isEmpty() && p == HET) {
            if (m == HET && f == REF) {
                fromMother.add(gene.toUpperCase(Locale.ROOT));
            } else if (f == HET && m == REF) {
                fromFather.add(gene.toUpperCase(Locale.ROOT));
            }
        }
    }

    /** Writes the lists and their columns (in the import's transaction; the flag and meta tables exist). */
    void write(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO flag VALUES (?,?)")) {
            deNovo.write(ps, FLAG_DE_NOVO);
            arHomozygous.write(ps, FLAG_AR_HOMOZYGOUS);
            xLinked.write(ps, FLAG_X_LINKED);
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE comphet_gene (gene TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO comphet_gene VALUES (?)")) {
            for (String g : fromMother) {
                if (fromFather.contains(g)) {
                    ps.setString(1, g);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta VALUES (?,?)")) {
            ps.setString(1, META_KEY);
            ps.setString(2, columns(proband, mother, father));
            ps.executeUpdate();
        }
    }

    /** Whether a findings file has the lists for these columns. */
    static boolean present(Connection c, int proband, int mother, int father) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, META_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals(columns(proband, mother, father));
            }
        }
    }

    /** Row IDs in the order written. */
    private static final class RowList {
        private long[] ids = new long[1024];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        void write(PreparedStatement ps, int kind) throws SQLException {
            for (int i = 0; i < size; i++) {
                ps.setInt(1, kind);
                ps.setLong(2, ids[i]);
                ps.addBatch();
                if ((i & 4095) == 4095) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
