package org.zenome.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.SourceFile;
import org.zenome.store.CaseWriter;
import org.zenome.store.FindingRow;
import org.zenome.store.NewCase;
import org.zenome.store.StoreException;
import org.zenome.store.sqlite.SharedRepositories;

/**
 * One import into the PostgreSQL store: the case's findings go into a schema of their own, streamed with the COPY
 * protocol, and the case is registered in the same transaction, so nothing of a failed or cancelled import is ever
 * visible (PostgreSQL rolls the whole transaction back, also when the workstation dies). The store-wide write lock is
 * taken only for the registration at the end.
 */
final class PgCaseWriter implements CaseWriter {
    private static final Logger LOG = LoggerFactory.getLogger(PgCaseWriter.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int FLUSH_BYTES = 1 << 20;

    private final PostgresCaseStore store;
    private final NewCase newCase;
    private final boolean replace;
    private final long token;
    private final String schema;
    private Connection c;
    private CopyIn copy;
    private final StringBuilder buf = new StringBuilder(FLUSH_BYTES + 4096);
    private final StringBuilder geneRows = new StringBuilder();
    private long nextId = 1;
    private int maxSpan;
    private String lastContig = "";
    private final Map<String, Object[]> contigs = new LinkedHashMap<>();
    private long findings;
    private final Map<String, long[]> openSpans = new HashMap<>();
    private final List<Object[]> closedSpans = new ArrayList<>();
    private final StringBuilder flags = new StringBuilder();
    private boolean committed;
    private String actor = "os:" + System.getProperty("user.name", "unknown");
    private org.zenome.interpretation.CarryOver carryOver = org.zenome.interpretation.CarryOver.NONE;

    PgCaseWriter(PostgresCaseStore store, NewCase newCase, boolean replace) {
        this.store = store;
        this.newCase = newCase;
        this.replace = replace;
        if (!replace && store.cases().find(newCase.caseId()).isPresent()) {
            throw new StoreException("case " + newCase.caseId() + " already exists in " + store.location()
                    + "; import with --replace to replace its findings");
        }
        this.token = RANDOM.nextLong() & Long.MAX_VALUE;
        this.schema = PostgresCaseStore.schema(token);
        try {
            c = store.connect();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // a member's login role creates the findings as the application role, so every member may read
                // them and replace the case later (docs/postgresql/roles.sql)
                // (granted membership only: pg_has_role is true for a superuser, who keeps its own role)
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_auth_members m "
                        + "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                        + "WHERE r.rolname = 'zenome_app' AND u.rolname = current_user)")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        s.execute("SET LOCAL ROLE zenome_app");
                    }
                }
                PgFindingTables.createRowTable(s, schema);
            }
            copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + schema + ".finding_raw (" + PgFindingTables.ROW_COLUMNS
                    + ") FROM STDIN");
        } catch (SQLException e) {
            close();
            throw new StoreException(store.location() + ": cannot start the import: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(List<FindingRow> rows) {
        try {
            for (FindingRow r : rows) {
                long id = nextId++;
                if (r.firstOfRecord && !r.contig.equals(lastContig)) {
                    lastContig = r.contig;
                    contigs.putIfAbsent(r.contig, new Object[] {r.chrom, r.chromOrder, id, id});
                }
                if (r.firstOfRecord) {
                    contigs.get(lastContig)[3] = id;
                }
                StringBuilder b = buf;
                b.append(id).append('\t');
                if (r.firstOfRecord && r.offset >= 0) {
                    b.append(r.offset);
                } else {
                    b.append("\\N");
                }
                b.append('\t');
                if (r.firstOfRecord && r.offset < 0) {
                    text(b, r.line == null ? "" : r.line);
                } else {
                    b.append("\\N");
                }
                b.append('\t').append(SharedRepositories.codes(r.chromOrder, r.altIndex, r.pass, r.variantType, r.impact,
                        r.consequenceRank, r.clinvar));
                b.append('\t').append(r.pos).append('\t').append(r.end).append('\t');
                if (r.end - r.pos > maxSpan) {
                    maxSpan = r.end - r.pos;
                }
                dbl(b, r.qual);
                b.append('\t');
                text(b, r.gene == null ? "" : r.gene);
                b.append('\t').append(r.consequenceMask).append('\t');
                dbl(b, r.populationAf);
                b.append('\t');
                dbl(b, r.cadd);
                b.append('\t');
                dbl(b, r.revel);
                b.append('\t');
                if (r.depth < 0) {
                    b.append("\\N");
                } else {
                    b.append(r.depth);
                }
                b.append('\t').append(r.zygosity).append('\t');
                if (r.packed == null) {
                    r.pack();
                }
                text(b, r.packed);
                b.append('\n');
                for (int g = 1; g < r.genes.length; g++) {
                    text(geneRows, r.genes[g]);
                    geneRows.append('\t').append(id).append('\n');
                }
                if (r.genes.length > 0 && r.gene != null && !r.gene.equals(r.genes[0])) {
                    text(geneRows, r.genes[0]);
                    geneRows.append('\t').append(id).append('\n');
                }
                if (r.gene != null && !r.gene.isEmpty()) {
                    span(r.gene, id);
                }
                for (String g : r.genes) {
                    if (!g.equals(r.gene)) {
                        span(g, id);
                    }
                }
                if (r.clinvar > 0) {
                    flags.append(SharedRepositories.FLAG_CLINVAR).append('\t').append(id).append('\n');
                }
                if (r.impact <= 1) {
                    flags.append(SharedRepositories.FLAG_HIGH_OR_MODERATE).append('\t').append(id).append('\n');
                }
                findings++;
                if (b.length() >= FLUSH_BYTES) {
                    flush();
                }
            }
        } catch (SQLException e) {
            throw new StoreException(store.location() + ": cannot store findings: " + e.getMessage(), e);
        }
    }

    private void flush() throws SQLException {
        if (buf.length() > 0) {
            byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buf.setLength(0);
        }
    }

    private static void text(StringBuilder b, String s) {
        PgFindingTables.text(b, s);
    }

    private static void dbl(StringBuilder b, double v) {
        if (Double.isNaN(v)) {
            b.append("\\N");
        } else if (Double.isInfinite(v)) {
            b.append(v > 0 ? "Infinity" : "-Infinity");
        } else {
            b.append(v);
        }
    }

    private void span(String gene, long id) {
        long[] open = openSpans.get(gene);
        if (open == null) {
            openSpans.put(gene, new long[] {id, id});
        } else if (id - open[1] > SharedRepositories.SPAN_GAP) {
            closedSpans.add(new Object[] {gene, open[0], open[1]});
            open[0] = id;
            open[1] = id;
        } else {
            open[1] = id;
        }
    }

    private long lastRowOf(Object[] contig) {
        long firstRowOfLastRecord = (Long) contig[3];
        long next = nextId;
        for (Object[] other : contigs.values()) {
            long start = (Long) other[2];
            if (start > firstRowOfLastRecord && start < next) {
                next = start;
            }
        }
        return next - 1;
    }

    private void copyText(CopyManager cm, String table, CharSequence rows) throws SQLException, IOException {
        if (rows.length() == 0) {
            return;
        }
        cm.copyIn("COPY " + schema + "." + table + " FROM STDIN", new java.io.StringReader(rows.toString()));
    }

    @Override
    public long commit(List<SourceFile> files, String headerText, List<String> warnings, Path bgzfSource,
                       Runnable indexing) {
        long oldToken = -1;
        long oldPk = -1;
        long casePk;
        try {
            flush();
            copy.endCopy();
            copy = null;
            indexing.run();
            CopyManager cm = c.unwrap(PGConnection.class).getCopyAPI();
            try (Statement s = c.createStatement()) {
                PgFindingTables.createSideTables(s, schema);
            }
            copyText(cm, "finding_gene", geneRows);
            geneRows.setLength(0);
            for (Map.Entry<String, long[]> e : openSpans.entrySet()) {
                closedSpans.add(new Object[] {e.getKey(), e.getValue()[0], e.getValue()[1]});
            }
            openSpans.clear();
            StringBuilder spans = new StringBuilder();
            for (Object[] sp : closedSpans) {
                text(spans, (String) sp[0]);
                spans.append('\t').append(sp[1]).append('\t').append(sp[2]).append('\n');
            }
            copyText(cm, "gene_span", spans);
            copyText(cm, "flag", flags);
            StringBuilder ctg = new StringBuilder();
            for (Map.Entry<String, Object[]> e : contigs.entrySet()) {
                text(ctg, e.getKey());
                ctg.append('\t');
                text(ctg, (String) e.getValue()[0]);
                ctg.append('\t').append(e.getValue()[1]).append('\t').append(e.getValue()[2]).append('\t')
                        .append(lastRowOf(e.getValue())).append('\n');
            }
            copyText(cm, "contig", ctg);
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("layout", Integer.toString(SharedRepositories.LAYOUT));
            meta.put("max_span", Integer.toString(maxSpan));
            meta.put("findings", Long.toString(findings));
            if (bgzfSource != null) {
                meta.put("source_size", Long.toString(storeSource(bgzfSource)));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".meta VALUES (?,?)")) {
                for (Map.Entry<String, String> e : meta.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                PgFindingTables.index(s, schema);
            }
            // registration: the store-wide write lock, then the same rows as the SQLite store writes
            PostgresCaseStore.lockWrites(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, finding_table, received_date FROM patient_case WHERE case_id=?")) {
                ps.setString(1, newCase.caseId());
                String received = LocalDate.now().toString();
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (!replace) {
                            throw new StoreException("case " + newCase.caseId() + " already exists in "
                                    + store.location() + "; import with --replace to replace its findings");
                        }
                        oldPk = rs.getLong(1);
                        oldToken = rs.getLong(2);
                        if (rs.getString(3) != null) {
                            received = rs.getString(3);
                        }
                    }
                }
                casePk = register(received, oldPk, files, headerText, warnings);
            }
            if (oldPk >= 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + PostgresCaseStore.schema(oldToken) + " CASCADE");
                }
            }
            c.commit();
            committed = true;
        } catch (SQLException | IOException e) {
            throw new StoreException(store.location() + ": cannot store case " + newCase.caseId() + ": "
                    + e.getMessage(), e);
        } finally {
            close();
        }
        store.releaseFindings(casePk);
        if (oldPk >= 0) {
            store.releaseFindings(oldPk);
        }
        return casePk;
    }

    /** Keeps the BGZF VCF in the case's schema, in chunks (details read a record back by virtual offset). */
    private long storeSource(Path bgzf) throws IOException, SQLException {
        try (InputStream in = Files.newInputStream(bgzf)) {
            return PgFindingTables.storeSource(c, schema, in);
        }
    }

    private long register(String received, long oldPk, List<SourceFile> files, String headerText,
                          List<String> warnings) throws SQLException {
        String now = Instant.now().toString();
        long casePk;
        if (oldPk >= 0) {
            // as the SQLite store: the case keeps its key, so everything recorded on the case stays; its findings'
            // records move to the new findings by variant (or stay as orphaned findings)
            org.zenome.store.sqlite.CaseRegistration.reuse(c, oldPk, newCase, findings, token, now);
            casePk = oldPk;
            carryOver = SharedRepositories.carryOver(c, casePk, schema, files.isEmpty() ? "a re-import"
                    : java.nio.file.Path.of(files.get(0).path()).getFileName().toString(), actor, Instant.parse(now));
        } else {
            try (PreparedStatement ps = c.prepareStatement(org.zenome.store.sqlite.CaseRegistration.insertSql()
                    + " RETURNING id")) {
                org.zenome.store.sqlite.CaseRegistration.bindInsert(ps, newCase, received, now, findings, token);
                try (ResultSet keys = ps.executeQuery()) {
                    keys.next();
                    casePk = keys.getLong(1);
                }
            }
        }
        org.zenome.store.sqlite.CaseRegistration.samplesAndSources(c, casePk, newCase, files, headerText, warnings);
        return casePk;
    }

    @Override
    public void actor(String user) {
        if (user != null && !user.isBlank()) {
            actor = user;
        }
    }

    @Override
    public org.zenome.interpretation.CarryOver carryOver() {
        return carryOver;
    }

    @Override
    public void close() {
        if (c == null) {
            return;
        }
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
            if (!committed) {
                c.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("rollback of the import failed", e);
        }
        PostgresCaseStore.closeQuietly(c);
        c = null;
        copy = null;
    }
}
