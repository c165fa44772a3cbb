package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Contigs;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.Genotype;
import org.zenome.domain.Impact;
import org.zenome.domain.InheritanceModel;
import org.zenome.domain.Region;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.VariantFilter;
import org.zenome.domain.VariantType;
import org.zenome.domain.Zygosity;
import org.zenome.importer.Consequences;
import org.zenome.importer.InvalidInputException;
import org.zenome.importer.RecordDetails;
import org.zenome.importer.VcfHeader;
import org.zenome.store.FindingRepository;
import org.zenome.store.StoreException;
import org.zenome.store.jdbc.FindingQueries;

/** Findings of a case, filtered, sorted and paged by SQLite in the case's findings file. */
final class SqliteFindingRepository implements FindingRepository {
    private static final String COLUMNS = "id, pos, end_pos, alt_index, qual, vtype, gene, impact, pop_af, clinvar, "
            + "cadd, revel, depth, zyg, data";

    private final org.zenome.store.jdbc.JdbcCaseStore store;
    private final Map<Long, CaseInfo> cases = new ConcurrentHashMap<>();

    /** What the queries need to know of a case. */
    private record CaseInfo(long pk, long findingTable, List<Sample> samples, int maxSpan, VcfHeader header) {
        int column(SampleRole role) {
            for (Sample s : samples) {
                if (s.role() == role) {
                    return s.column();
                }
            }
            return -1;
        }
    }

    SqliteFindingRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    /** Drops the cached info of a case (its findings file was replaced, or its key now names another case). */
    void forget(long casePk) {
        cases.remove(casePk);
    }

    private CaseInfo info(long casePk) {
        return cases.computeIfAbsent(casePk, pk -> {
            long token = store.lookupFindingTable(pk);
            List<Sample> samples = store.cases().list().stream().filter(c -> c.id() == pk).findFirst()
                    .map(CaseSummary::samples).orElse(List.of());
            Connection c = store.findingConnection(pk, token);
            int span;
            synchronized (c) {
                try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'max_span'");
                     ResultSet rs = ps.executeQuery()) {
                    span = rs.next() ? rs.getInt(1) : 0;
                } catch (SQLException e) {
                    throw new StoreException(store.location() + ": " + e.getMessage(), e);
                }
            }
            return new CaseInfo(pk, token, samples, span, null);
        });
    }

    @Override
    public List<Finding> query(long casePk, VariantFilter filter, int offset, int limit) {
        return query(casePk, filter, java.util.Set.of(), offset, limit);
    }

    @Override
    public long count(long casePk, VariantFilter filter) {
        return count(casePk, filter, java.util.Set.of());
    }

    @Override
    public List<Finding> query(long casePk, VariantFilter filter, java.util.Set<String> hiddenGenes, int offset,
                               int limit) {
        CaseInfo ci = info(casePk);
        List<Object> args = new ArrayList<>();
        Connection c = store.findingConnection(casePk, ci.findingTable());
        synchronized (c) {
            List<Finding> fromPrefix = queryPrefix(c, ci, casePk, filter, hiddenGenes, offset, limit);
            if (fromPrefix != null) {
                return fromPrefix;
            }
            String sql;
            try {
                sql = "SELECT " + COLUMNS + " FROM finding" + where(c, ci, filter, hiddenGenes, args) + " ORDER BY "
                        + orderBy(filter, geneScoreTable())
                        + " LIMIT ? OFFSET ?";
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot query findings: " + e.getMessage(), e);
            }
            args.add(limit);
            args.add(offset);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                List<Finding> out = new ArrayList<>(Math.min(limit, 1024));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(finding(casePk, rs, ci.samples()));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot query findings: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A sorted page read from the stored first rows of its sort order ({@link SortPrefixes}), or null when the filter
     * has a narrower path of its own (genes, region, the ClinVar or HIGH/MODERATE row lists), the sort has no prefix,
     * the findings file predates the prefixes, or the filtered prefix does not reach the end of the page (the full
     * sort then runs). Exact: every filtered row outside the prefix comes after every row in it.
     */
    private List<Finding> queryPrefix(Connection c, CaseInfo ci, long casePk, VariantFilter f,
                                      java.util.Set<String> hidden, int offset, int limit) {
        SortPrefixes.Order order = SortPrefixes.Order.of(f.sort(), f.descending());
        if (order == null || store.engine() != org.zenome.store.jdbc.JdbcCaseStore.Engine.SQLITE
                || !f.genes().isEmpty() || f.region() != null
                || (!f.impacts().isEmpty() && !f.impacts().contains(Impact.LOW) && !f.impacts().contains(Impact.MODIFIER))
                || (!f.clinvar().isEmpty() && !f.clinvar().contains(ClinicalSignificance.NONE))) {
            return null;
        }
        try {
            if (!SortPrefixes.present(c)) {
                return null;
            }
            List<Object> args = new ArrayList<>();
            String where = where(c, ci, f, hidden, args);
            String sql = "SELECT " + COLUMNS + " FROM sort_top CROSS JOIN finding ON finding.id = sort_top.fid"
                    + (where.isEmpty() ? " WHERE " : where + " AND ") + "sort_top.skey = ? ORDER BY sort_top.srank "
                    + "LIMIT ? OFFSET ?";
            args.add(order.code);
            args.add(limit);
            args.add(offset);
            List<Finding> out = new ArrayList<>(Math.min(limit, 1024));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(finding(casePk, rs, ci.samples()));
                    }
                }
            }
            if (out.size() == limit) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sort_top WHERE skey = ?")) {
                ps.setInt(1, order.code);
                try (ResultSet rs = ps.executeQuery()) {
                    // a prefix shorter than its size holds every row of the case: the short page is the whole answer
                    return rs.next() && rs.getLong(1) < SortPrefixes.SIZE ? out : null;
                }
            }
        } catch (SQLException e) {
            throw new StoreException(store.location() + ": cannot query findings: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Finding> queryAfter(long casePk, VariantFilter filter, long afterId, int limit) {
        CaseInfo ci = info(casePk);
        List<Object> args = new ArrayList<>();
        Connection c = store.findingConnection(casePk, ci.findingTable());
        long afterRow = afterId <= 0 ? 0 : FindingTables.rowId(afterId);
        synchronized (c) {
            try {
                String where = where(c, ci, filter, java.util.Set.of(), args);
                String sql = "SELECT " + COLUMNS + " FROM finding" + (where.isEmpty() ? " WHERE " : where + " AND ")
                        + "id > ? ORDER BY id LIMIT ?";
                args.add(afterRow);
                args.add(limit);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, args);
                    List<Finding> out = new ArrayList<>(Math.min(limit, 1024));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(finding(casePk, rs, ci.samples()));
                        }
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot query findings: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public long count(long casePk, VariantFilter filter, java.util.Set<String> hiddenGenes) {
        CaseInfo ci = info(casePk);
        List<Object> args = new ArrayList<>();
        Connection c = store.findingConnection(casePk, ci.findingTable());
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM finding"
                    + where(c, ci, filter, hiddenGenes, args))) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot count findings: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<String> genes(long casePk, String prefix, int limit) {
        CaseInfo ci = info(casePk);
        Connection c = store.findingConnection(casePk, ci.findingTable());
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT gene FROM gene_span "
                    + "WHERE gene >= ? AND gene < ? ORDER BY gene LIMIT ?")) {
                String p = prefix == null ? "" : prefix.trim();
                ps.setString(1, p);
                ps.setString(2, p + "\uffff");
                ps.setInt(3, limit);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot list genes: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<String> contigs(long casePk) {
        CaseInfo ci = info(casePk);
        Connection c = store.findingConnection(casePk, ci.findingTable());
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM contig ORDER BY first_id");
                 ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot list contigs: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<FindingDetail> detail(long findingId) {
        long casePk = FindingTables.casePk(findingId);
        long rowId = FindingTables.rowId(findingId);
        CaseInfo ci;
        try {
            ci = info(casePk);
        } catch (StoreException e) {
            return Optional.empty();
        }
        Connection c = store.findingConnection(casePk, ci.findingTable());
        Finding f;
        String line;
        long lineNo;
        int altIndex;
        long offset;
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM finding WHERE id=?")) {
                ps.setLong(1, rowId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    f = finding(casePk, rs, ci.samples());
                    altIndex = rs.getInt("alt_index");
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read finding: " + e.getMessage(), e);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT line, 0, rec_offset FROM finding "
                    + "WHERE id <= ? AND (rec_offset IS NOT NULL OR line IS NOT NULL) ORDER BY id DESC LIMIT 1")) {
                ps.setLong(1, rowId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    line = rs.getString(1);
                    lineNo = rs.getLong(2);
                    offset = rs.getLong(3);
                    if (rs.wasNull()) {
                        offset = -1;
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read finding: " + e.getMessage(), e);
            }
        }
        if (line == null && offset >= 0) {
            line = store.storedLine(ci.findingTable(), offset);
        }
        if (line == null) {
            return Optional.empty();
        }
        VcfHeader header = header(ci);
        return Optional.of(RecordDetails.decode(header, line, lineNo, altIndex, f));
    }

    private VcfHeader header(CaseInfo ci) {
        if (ci.header() != null) {
            return ci.header();
        }
        String text = ((SqliteCaseRepository) store.cases()).headerText(ci.pk());
        try {
            VcfHeader h = RecordDetails.parseHeader(text == null ? "" : text);
            cases.put(ci.pk(), new CaseInfo(ci.pk(), ci.findingTable(), ci.samples(), ci.maxSpan(), h));
            return h;
        } catch (InvalidInputException e) {
            throw new StoreException(store.location() + ": the stored VCF header of this case cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private String where(Connection c, CaseInfo ci, VariantFilter f, java.util.Set<String> hidden, List<Object> args)
            throws SQLException {
        List<String> conds = new ArrayList<>();
        if (f.sort() == VariantFilter.SortKey.GENE_SCORE || f.minGeneScore() != null) {
            fillGeneScores(c, f.geneScores());
        }
        if (hidden != null && !hidden.isEmpty()) {
            String in = hidden.stream().map(g -> "?").collect(java.util.stream.Collectors.joining(",", "(", ")"));
            FindingQueries q = store.findingQueries();
            conds.add(q.withoutGenes(in));
            for (int k = 0; k < q.withoutGenesLists(); k++) {
                for (String g : hidden) {
                    args.add(g.trim().toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        if (!f.genes().isEmpty()) {
            StringBuilder in = new StringBuilder("(");
            for (int i = 0; i < f.genes().size(); i++) {
                in.append(i == 0 ? "?" : ",?");
            }
            in.append(')');
            // only the rows of the genes' spans are read (there is no gene index on the finding table)
            FindingQueries q = store.findingQueries();
            conds.add(q.idIn(q.geneRowIds(in.toString())));
            for (int k = 0; k < q.geneRowIdsLists(); k++) {
                for (String g : f.genes()) {
                    args.add(g.trim());
                }
            }
        }
        Region r = f.region();
        if (r != null) {
            long[] ids = regionIds(c, ci, r);
            conds.add("id BETWEEN ? AND ?");
            args.add(ids[0]);
            args.add(ids[1]);
            conds.add("pos <= ?");
            args.add(r.end());
            conds.add("end_pos >= ?");
            args.add(r.start());
        }
        if (!f.consequences().isEmpty()) {
            conds.add("(csq_mask & ?) != 0");
            args.add(Consequences.maskOf(f.consequences()));
        }
        if (!f.impacts().isEmpty()) {
            if (!f.impacts().contains(Impact.LOW) && !f.impacts().contains(Impact.MODIFIER)) {
                // the rows listed at import time instead of a scan of every row
                conds.add(store.findingQueries().idIn("SELECT fid FROM flag WHERE kind = "
                        + FindingTables.FLAG_HIGH_OR_MODERATE));
            }
            StringBuilder sb = new StringBuilder("impact IN (");
            int i = 0;
            for (Impact imp : f.impacts()) {
                sb.append(i++ == 0 ? "?" : ",?");
                args.add(imp.ordinal());
            }
            conds.add(sb.append(')').toString());
        }
        if (f.maxPopulationAf() != null) {
            conds.add("(pop_af IS NULL OR pop_af <= ?)");
            args.add(f.maxPopulationAf());
        }
        if (!f.clinvar().isEmpty()) {
            if (!f.clinvar().contains(ClinicalSignificance.NONE)) {
                conds.add(store.findingQueries().idIn("SELECT fid FROM flag WHERE kind = "
                        + FindingTables.FLAG_CLINVAR));
            }
            StringBuilder sb = new StringBuilder("clinvar IN (");
            int i = 0;
            for (ClinicalSignificance s : f.clinvar()) {
                sb.append(i++ == 0 ? "?" : ",?");
                args.add(s.rank());
            }
            conds.add(sb.append(')').toString());
        }
        if (f.passOnly()) {
            conds.add("pass = 1");
        }
        if (f.minQual() != null) {
            conds.add("qual >= ?");
            args.add(f.minQual());
        }
        if (f.minDepth() != null) {
            conds.add("depth >= ?");
            args.add(f.minDepth());
        }
        if (f.inheritance() != null) {
            conds.add(inheritance(c, ci, f.inheritance()));
        }
        if (f.minGeneScore() != null) {
            conds.add("gene IN (SELECT g FROM " + geneScoreTable() + " WHERE s >= ?)");
            args.add(f.minGeneScore());
        }
        return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
    }

    /**
     * Row IDs that can overlap a region: the contig's row range narrowed by binary search on the position
     * (rows are in file order and sorted by position within a contig; SVs may start up to maxSpan earlier).
     */
    private static long[] regionIds(Connection c, CaseInfo ci, Region r) throws SQLException {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        try (PreparedStatement ps = c.prepareStatement("SELECT first_id, last_id FROM contig WHERE chrom = ?")) {
            ps.setString(1, Contigs.normalise(r.chrom()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long first = rs.getLong(1);
                    long last = rs.getLong(2);
                    try (PreparedStatement pos = c.prepareStatement("SELECT pos FROM finding WHERE id = ?")) {
                        long a = firstAtLeast(pos, first, last, Math.max(0L, (long) r.start() - ci.maxSpan()));
                        long b = firstAtLeast(pos, first, last, (long) r.end() + 1) - 1;
                        lo = Math.min(lo, a);
                        hi = Math.max(hi, b);
                    }
                }
            }
        }
        return lo > hi ? new long[] {1, 0} : new long[] {lo, hi};
    }

    /** The first row in [first, last] whose position is at least {@code target} (last + 1 when none). */
    private static long firstAtLeast(PreparedStatement pos, long first, long last, long target) throws SQLException {
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

    private String inheritance(Connection c, CaseInfo ci, InheritanceModel model) throws SQLException {
        int p = ci.column(SampleRole.PROBAND);
        int m = ci.column(SampleRole.MOTHER);
        int fa = ci.column(SampleRole.FATHER);
        if (p < 0 || m < 0 || fa < 0) {
            throw new IllegalArgumentException("inheritance filters need a proband with mother and father in the case");
        }
        // the rows (genes) listed at import time narrow what is read; the conditions below still decide
        boolean listed = store.engine() == org.zenome.store.jdbc.JdbcCaseStore.Engine.SQLITE
                && InheritanceLists.present(c, p, m, fa);
        String exact = inheritance(p, m, fa, model, listed);
        if (!listed) {
            return exact;
        }
        switch (model) {
            case DE_NOVO:
                return "(id IN (SELECT fid FROM flag WHERE kind = " + InheritanceLists.FLAG_DE_NOVO + ") AND " + exact + ")";
            case AUTOSOMAL_RECESSIVE_HOMOZYGOUS:
                return "(id IN (SELECT fid FROM flag WHERE kind = " + InheritanceLists.FLAG_AR_HOMOZYGOUS + ") AND " + exact
                        + ")";
            case X_LINKED:
                return "(id IN (SELECT fid FROM flag WHERE kind = " + InheritanceLists.FLAG_X_LINKED + ") AND " + exact + ")";
            default:
                return exact;
        }
    }

    private static String inheritance(int p, int m, int fa, InheritanceModel model, boolean listedGenes) {
        String pz = z(p);
        String mz = z(m);
        String fz = z(fa);
        int het = Zygosity.HET.code();
        int hom = Zygosity.HOM_ALT.code();
        int ref = Zygosity.HOM_REF.code();
        int miss = Zygosity.MISSING.code();
        String autosome = "chrom_order <= 22";
        switch (model) {
            case DE_NOVO:
                return "(" + pz + " IN (" + het + "," + hom + ") AND " + mz + " = " + ref + " AND " + fz + " = " + ref + ")";
            case AUTOSOMAL_RECESSIVE_HOMOZYGOUS:
                return "(" + autosome + " AND " + pz + " = " + hom + " AND " + mz + " IN (" + het + "," + miss + ") AND "
                        + fz + " IN (" + het + "," + miss + ") AND (" + mz + " = " + het + " OR " + fz + " = " + het + "))";
            case COMPOUND_HETEROZYGOUS: {
                String fromMother = "(" + pz + " = " + het + " AND " + mz + " = " + het + " AND " + fz + " = " + ref + ")";
                String fromFather = "(" + pz + " = " + het + " AND " + fz + " = " + het + " AND " + mz + " = " + ref + ")";
                String genes = listedGenes ? "SELECT gene FROM comphet_gene"
                        : "SELECT gene FROM finding WHERE " + autosome + " AND gene <> '' AND " + fromMother
                        + " INTERSECT SELECT gene FROM finding WHERE " + autosome + " AND gene <> '' AND " + fromFather;
                return "(" + autosome + " AND gene <> '' AND (" + fromMother + " OR " + fromFather + ") AND gene IN ("
                        + genes + "))";
            }
            case X_LINKED:
                return "(chrom_order = 23 AND " + pz + " IN (" + het + "," + hom + ") AND " + fz + " IN (" + ref + "," + miss
                        + ") AND " + mz + " IN (" + het + "," + ref + "," + miss + "))";
            default:
                throw new IllegalArgumentException("unknown inheritance model " + model);
        }
    }

    private static String z(int column) {
        return "((zyg >> " + (3 * column) + ") & 7)";
    }

    static String orderBy(VariantFilter f, String geneScores) {
        String dir = f.descending() ? " DESC" : " ASC";
        String pos = "id" + dir;
        switch (f.sort()) {
            case GENE:
                return "gene = '', gene" + dir + ", " + pos;
            case IMPACT:
                return "impact" + dir + ", csq_rank" + dir + ", " + pos;
            case POPULATION_AF:
                // unknown AF (not in the population databases) sorts as the rarest
                return "pop_af" + dir + (f.descending() ? " NULLS LAST" : " NULLS FIRST") + ", " + pos;
            case CLINVAR:
                return "clinvar" + (f.descending() ? " ASC" : " DESC") + ", " + pos;
            case CADD:
                return "cadd IS NULL, cadd" + (f.descending() ? " ASC" : " DESC") + ", " + pos;
            case REVEL:
                return "revel IS NULL, revel" + (f.descending() ? " ASC" : " DESC") + ", " + pos;
            case QUAL:
                return "qual IS NULL, qual" + dir + ", " + pos;
            case GENE_SCORE:
                // filled by where(): the gene ranking of this query (phenotype match, Exomiser ...)
                return "(SELECT s FROM " + geneScores + " WHERE g = finding.gene) IS NULL, "
                        + "(SELECT s FROM " + geneScores + " WHERE g = finding.gene)"
                        + (f.descending() ? " ASC" : " DESC") + ", " + pos;
            case POSITION:
            default:
                return pos;
        }
    }

    /** The temporary table of the gene ranking on a findings connection (SQLite: temp, PostgreSQL: pg_temp). */
    private String geneScoreTable() {
        return store.engine() == org.zenome.store.jdbc.JdbcCaseStore.Engine.SQLITE ? "temp.zenome_gene_score"
                : "pg_temp.zenome_gene_score";
    }

    /**
     * The gene ranking of a query as a temporary table of the case's findings connection (the caller holds its lock):
     * indexed, so sorting and filtering by it stay in SQL. Gene names compare case-insensitively, as the findings'
     * gene column does (SQLite NOCASE, PostgreSQL citext). A temporary table may be written in PostgreSQL's read-only
     * transactions of the findings connection.
     */
    private void fillGeneScores(Connection c, java.util.Map<String, Double> scores) throws SQLException {
        boolean auto = c.getAutoCommit();
        String table = geneScoreTable();
        try (Statement st = c.createStatement()) {
            st.execute(store.engine() == org.zenome.store.jdbc.JdbcCaseStore.Engine.SQLITE
                    ? "CREATE TEMP TABLE IF NOT EXISTS zenome_gene_score (g TEXT PRIMARY KEY COLLATE NOCASE, s REAL)"
                    : "CREATE TEMP TABLE IF NOT EXISTS zenome_gene_score (g public.citext PRIMARY KEY, "
                            + "s DOUBLE PRECISION)");
            if (auto) {
                c.setAutoCommit(false);
            }
            st.execute("DELETE FROM " + table);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (g, s) VALUES (?,?) "
                    + "ON CONFLICT (g) DO UPDATE SET s=excluded.s")) {
                for (java.util.Map.Entry<String, Double> e : scores.entrySet()) {
                    if (e.getKey() == null || e.getValue() == null) {
                        continue;
                    }
                    ps.setString(1, e.getKey());
                    ps.setDouble(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (auto) {
                c.commit();
            }
        } catch (SQLException e) {
            if (auto) {
                c.rollback();
            }
            throw e;
        } finally {
            if (auto) {
                c.setAutoCommit(true);
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static Finding finding(long casePk, ResultSet rs, List<Sample> samples) throws SQLException {
        long id = FindingTables.findingId(casePk, rs.getLong(1));
        String[] d = rs.getString(15).split(String.valueOf(FindingTables.SEP), -1);
        long zyg = rs.getLong(14);
        Integer svLen = d[12].isEmpty() ? null : Integer.valueOf(d[12]);
        Double spliceAi = d.length > 16 && !d[16].isEmpty() ? Double.valueOf(d[16]) : null;
        return new Finding(id, d[0], rs.getInt(2), rs.getInt(3), d[1], d[2], d[3], dbl(rs, 5), d[4], rs.getInt(4),
                Integer.parseInt(d[15]), VariantType.values()[rs.getInt(6)], d[11].isEmpty() ? null : d[11], svLen,
                nz(rs.getString(7)), d[5], d[6], impact(rs.getInt(8)), d[7], d[8], dbl(rs, 9),
                clinvar(rs.getInt(10), d[9]), d[10], dbl(rs, 11), dbl(rs, 12), spliceAi, integer(rs, 13),
                genotypes(d[14], zyg, samples));
    }

    private static String clinvar(int rank, String text) {
        if (rank == 0 && (text == null || text.isEmpty())) {
            return "";
        }
        return text == null || text.isEmpty() ? ClinicalSignificance.ofRank(rank).name() : text;
    }

    private static Impact impact(int ordinal) {
        return ordinal >= 0 && ordinal < Impact.values().length ? Impact.values()[ordinal] : null;
    }

    static List<Genotype> genotypes(String gts, long zyg, List<Sample> samples) {
        if (gts == null || gts.isEmpty()) {
            return List.of();
        }
        String[] perSample = gts.split(";", -1);
        List<Genotype> out = new ArrayList<>(perSample.length);
        for (int s = 0; s < perSample.length; s++) {
            String[] f = perSample[s].split(",", -1);
            String name = s < samples.size() ? nameOf(samples, s) : "sample" + (s + 1);
            Zygosity z = Zygosity.ofCode((int) ((zyg >>> (3 * s)) & 7));
            out.add(new Genotype(name, f[0], z, num(f, 1), num(f, 2), num(f, 3), num(f, 4)));
        }
        return out;
    }

    private static String nameOf(List<Sample> samples, int column) {
        for (Sample s : samples) {
            if (s.column() == column) {
                return s.name();
            }
        }
        return "sample" + (column + 1);
    }

    private static int num(String[] f, int i) {
        if (i >= f.length || f[i].isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(f[i]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double d = rs.getDouble(i);
        return rs.wasNull() ? null : d;
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
