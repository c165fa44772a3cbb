package org.zenome.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.SourceFile;
import org.zenome.store.CaseWriter;
import org.zenome.store.FindingRow;
import org.zenome.store.NewCase;
import org.zenome.store.StoreException;

/**
 * Writes one import into a new findings file (no journal: the file is not part of the store until the
 * case row that names it commits), then registers the case in one transaction of the main database.
 */
final class SqliteCaseWriter implements CaseWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteCaseWriter.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 4096;

    private final SqliteCaseStore store;
    private final NewCase newCase;
    private final boolean replace;
    private final long token;
    private final Path partial;
    private final Path target;
    private Connection c;
    /** The statement rows are added to: {@link #insertWithoutLine} until a row has line text to keep. */
    private PreparedStatement insert;
    private PreparedStatement insertWithoutLine;
    private PreparedStatement insertWithLine;
    /**
     * {@link #insertWithoutLine} for {@link #GROUP} rows at once (SQLite inserts a multi-row VALUES list in order):
     * one statement step per group instead of per row.
     */
    private PreparedStatement insertGroup;
    private static final int GROUP = 16;
    private static final int COLUMNS_WITHOUT_LINE = 13;
    private final FindingRow[] group = new FindingRow[GROUP];
    private int grouped;
    private PreparedStatement insertGene;
    /**
     * The native bulk insert of the finding rows when the project's SQLite library is loaded (13 columns, or 14 once a
     * row keeps its line text); null: rows go through {@link #insert} and {@link #insertGroup}.
     */
    private NativeBulk bulk;
    private boolean bulkWithLine;
    private long nextId = 1;
    private int geneRows;
    private java.util.concurrent.CompletableFuture<Path> sourceCopying;
    private int maxSpan;
    private String lastContig = "";
    /** The {@link #contigs} entry of {@link #lastContig}. */
    private Object[] currentContig;
    private final java.util.Map<String, Object[]> contigs = new java.util.LinkedHashMap<>();
    private long findings;
    /** Open span (first row, last row) of each gene; closed spans wait in {@link #closedSpans}. */
    private final java.util.Map<String, long[]> openSpans = new java.util.HashMap<>();
    private final List<Object[]> closedSpans = new java.util.ArrayList<>();
    /** The gene of the last {@link #span} call and its open span. */
    private String lastSpanGene;
    private long[] lastSpan;
    /*
     * Rows with a ClinVar class, rows of HIGH or MODERATE impact. Small at first: the arrays grow a few times while the
     * writer is still interpreted, so growing is in its compiled profile (an array first growing later, after 1,024 such
     * rows, had the compiled writer thrown away and compiled again).
     */
    private long[] clinvarRows = new long[16];
    private int clinvarCount;
    private long[] impactRows = new long[16];
    private int impactCount;
    private final SortPrefixes prefixes = new SortPrefixes();
    /** The inheritance filters' row lists of a trio (null for other cases). */
    private final InheritanceLists inheritance;
    private int pending;
    private static final long EARLY_SYNC_BYTES = 64L << 20;
    private long syncedBytes;
    private java.util.concurrent.CompletableFuture<Void> syncing = java.util.concurrent.CompletableFuture.completedFuture(null);
    private boolean committed;
    private String actor = "os:" + System.getProperty("user.name", "unknown");
    private org.zenome.interpretation.CarryOver carryOver = org.zenome.interpretation.CarryOver.NONE;

    SqliteCaseWriter(SqliteCaseStore store, NewCase newCase, boolean replace) {
        this.store = store;
        this.newCase = newCase;
        this.replace = replace;
        this.inheritance = InheritanceLists.of(newCase.samples());
        if (!replace && store.cases().find(newCase.caseId()).isPresent()) {
            throw new StoreException("case " + newCase.caseId() + " already exists in " + store.location()
                    + "; import with --replace to replace its findings");
        }
        this.token = RANDOM.nextLong() & Long.MAX_VALUE;
        this.target = store.findingsDir().resolve(fileName(token));
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(store.findingsDir());
            restrictDirectory(store.findingsDir());
            Files.deleteIfExists(partial);
            c = SqliteCaseStore.connectFindings(partial, false);
            c.setAutoCommit(false);
            FindingTables.createForLoad(c, 0); // the code columns are added at the commit
            // a BGZF input keeps no line text (the rows point into the file): its rows bind one value less
            if (NativeBulk.available()) {
                bulk = new NativeBulk(c, insertSql(false, 1), insertSql(false, GROUP), GROUP, COLUMNS_WITHOUT_LINE);
            } else {
                insertWithoutLine = c.prepareStatement(insertSql(false, 1));
                insert = insertWithoutLine;
                insertGroup = c.prepareStatement(insertSql(false, GROUP));
            }
            insertGene = c.prepareStatement("INSERT INTO " + FindingTables.geneTable(0) + " VALUES (?,?)");
        } catch (IOException | SQLException e) {
            close();
            throw new StoreException(store.location() + ": cannot start the import: " + StorageErrors.describe(e), e);
        }
    }

    /** Stores the BGZF VCF as chunks in {@code c}'s findings file (read back by {@code SourceChunks}). */
    static void storeChunks(Connection c, Path bgzf) throws IOException, SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS source_chunk (n INTEGER PRIMARY KEY, data BLOB NOT NULL)");
            s.execute("DELETE FROM source_chunk");
        }
        long size;
        try (java.io.InputStream in = Files.newInputStream(bgzf)) {
            size = org.zenome.store.jdbc.SourceChunks.store(c, "", in);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta VALUES ('source_size', ?)")) {
            ps.setString(1, Long.toString(size));
            ps.executeUpdate();
        }
    }

    static String fileName(long token) {
        return "findings-" + Long.toHexString(token) + ".db";
    }

    /** The copy of the imported BGZF VCF kept beside a findings file, read by virtual offset for details. */
    static Path sourceCopy(Path findingsFile) {
        String n = findingsFile.getFileName().toString();
        return findingsFile.resolveSibling(n.substring(0, n.length() - 3) + ".vcf.gz");
    }

    private static void restrictDirectory(Path dir) {
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot restrict permissions of {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void copySource(Path bgzf) {
        if (SqliteKeyring.encrypted(target)) {
            return; // an encrypted store keeps the copy inside the findings file, written at commit
        }
        Path tmp = sourceCopy(target).resolveSibling(sourceCopy(target).getFileName() + ".partial");
        sourceCopying = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                Files.copy(bgzf, tmp, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                return tmp;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, r -> {
            Thread t = new Thread(r, "zenome-import-copy");
            t.setDaemon(true);
            t.start();
        });
    }

    @Override
    public void write(List<FindingRow> rows) {
        try {
            for (FindingRow r : rows) {
                writeRow(r);
            }
        } catch (SQLException e) {
            throw new StoreException(store.location() + ": cannot store findings: " + StorageErrors.describe(e), e);
        }
    }

    /**
     * One finding row and its side-table entries. A method of its own, compiled as one: a batch's loop calling it is
     * all the optimising compiler compiles again for the loop's on-stack replacement, not the whole row's work.
     */
    private void writeRow(FindingRow r) throws SQLException {
        long id = nextId++;
        // every 32nd row looks its contig up again, so the path of a new contig is compiled with the rest
        // instead of this method being compiled again at the genome's first contig change
        if (r.firstOfRecord && (!r.contig.equals(lastContig) | (id & 31) == 0)) {
            lastContig = r.contig;
            currentContig = contigs.computeIfAbsent(r.contig, k -> new Object[] {r.chrom, r.chromOrder, id, id});
        }
        if (r.firstOfRecord) {
            currentContig[3] = id;
        }
        String line = r.firstOfRecord ? (r.offset >= 0 ? null : r.line == null ? "" : r.line) : null;
        if (r.end - r.pos > maxSpan) {
            maxSpan = r.end - r.pos;
        }
        add(r, line);
        for (int g = 1; g < r.genes.length; g++) {
            insertGene.setString(1, r.genes[g]);
            insertGene.setLong(2, id);
            insertGene.addBatch();
            geneRows++;
        }
        if (r.genes.length > 0 && r.gene != null && !r.gene.equals(r.genes[0])) {
            insertGene.setString(1, r.genes[0]);
            insertGene.setLong(2, id);
            insertGene.addBatch();
            geneRows++;
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
            if (clinvarCount == clinvarRows.length) {
                clinvarRows = java.util.Arrays.copyOf(clinvarRows, clinvarCount * 2);
            }
            clinvarRows[clinvarCount++] = id;
        }
        if (r.impact <= 1) {
            if (impactCount == impactRows.length) {
                impactRows = java.util.Arrays.copyOf(impactRows, impactCount * 2);
            }
            impactRows[impactCount++] = id;
        }
        prefixes.add(r, id);
        if (inheritance != null) {
            inheritance.add(r, id);
        }
        findings++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    /**
     * The insert of {@code rows} finding rows at once (SQLite keeps the order of a multi-row VALUES list): the 13
     * columns bound per row ({@link #bind}), 14 with the line text of a plain or gzip input.
     */
    private static String insertSql(boolean withLine, int rows) {
        int columns = withLine ? COLUMNS_WITHOUT_LINE + 1 : COLUMNS_WITHOUT_LINE;
        String row = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        return "INSERT INTO " + FindingTables.table(0) + " (rec_offset, " + (withLine ? "line, " : "")
                + "codes, pos, end_pos, qual, gene, csq_mask, pop_af, cadd, revel, depth, zyg, data) VALUES "
                + String.join(",", java.util.Collections.nCopies(rows, row));
    }

    /** Adds a finding row's values to the insert that fits it (the native bulk insert when there is one). */
    private void add(FindingRow r, String line) throws SQLException {
        if (bulk != null) {
            if (line != null && !bulkWithLine) {
                // plain or gzip input: from now on every row has the line column
                bulk.flush();
                bulk.close();
                bulk = null;
                bulk = new NativeBulk(c, insertSql(true, 1), insertSql(true, GROUP), GROUP, COLUMNS_WITHOUT_LINE + 1);
                bulkWithLine = true;
            }
            bind(bulk, r, bulkWithLine, line);
            return;
        }
        if (line != null && insert == insertWithoutLine) {
            // plain or gzip input: from now on every row goes through the statement with the line column
            flushRows();
            insertWithLine = c.prepareStatement(insertSql(true, 1));
            insert = insertWithLine;
        }
        if (insert == insertWithLine) {
            bind(insert, 1, r, true, line);
            insert.addBatch();
        } else {
            // rows without line text go in groups of GROUP through one multi-row statement
            group[grouped++] = r;
            if (grouped == GROUP) {
                for (int k = 0; k < GROUP; k++) {
                    bind(insertGroup, 1 + k * COLUMNS_WITHOUT_LINE, group[k], false, null);
                    group[k] = null;
                }
                insertGroup.addBatch();
                grouped = 0;
            }
        }
    }

    private void span(String gene, long id) {
        long[] open;
        if (gene.equals(lastSpanGene)) {
            open = lastSpan; // consecutive rows mostly share their gene: no map look-up
        } else {
            open = openSpans.get(gene);
            if (open == null) {
                open = new long[] {id, id};
                openSpans.put(gene, open);
            }
            lastSpanGene = gene;
            lastSpan = open;
        }
        if (id - open[1] > FindingTables.SPAN_GAP) {
            closedSpans.add(new Object[] {gene, open[0], open[1]});
            open[0] = id;
            open[1] = id;
        } else {
            open[1] = id;
        }
    }

    private void writeSideTables() throws SQLException {
        for (java.util.Map.Entry<String, long[]> e : openSpans.entrySet()) {
            closedSpans.add(new Object[] {e.getKey(), e.getValue()[0], e.getValue()[1]});
        }
        openSpans.clear();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gene_span VALUES (?,?,?)")) {
            for (Object[] sp : closedSpans) {
                ps.setString(1, (String) sp[0]);
                ps.setLong(2, (Long) sp[1]);
                ps.setLong(3, (Long) sp[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (IntegerRows flags = new IntegerRows(c, "flag", 2)) {
            for (int i = 0; i < clinvarCount; i++) {
                flags.add(FindingTables.FLAG_CLINVAR, clinvarRows[i]);
            }
            for (int i = 0; i < impactCount; i++) {
                flags.add(FindingTables.FLAG_HIGH_OR_MODERATE, impactRows[i]);
            }
            flags.flush();
        }
        prefixes.write(c, findings);
        if (inheritance != null) {
            inheritance.write(c);
        }
    }

    /** Last row of a contig: rows of a record's other ALTs follow its first row. */
    private long lastRowOf(Object[] contig) {
        long firstRowOfLastRecord = (Long) contig[3];
        // the next contig starts after every ALT row of the last record of this one
        long next = nextId;
        for (Object[] other : contigs.values()) {
            long start = (Long) other[2];
            if (start > firstRowOfLastRecord && start < next) {
                next = start;
            }
        }
        return next - 1;
    }

    /**
     * Starts writing the findings file to disk in the background once enough has been added since the last time,
     * so the fsync at the commit has little left to do (the import does not wait for the disk at its end).
     */
    private void syncEarly() {
        if (!syncing.isDone()) {
            return;
        }
        long size;
        try {
            size = Files.size(partial);
        } catch (IOException e) {
            return;
        }
        if (size - syncedBytes < EARLY_SYNC_BYTES) {
            return;
        }
        syncedBytes = size;
        syncing = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(false);
            } catch (IOException e) {
                LOG.debug("early sync of {} failed: {}", partial, e.getMessage());
            }
        }, r -> {
            Thread t = new Thread(r, "zenome-import-sync");
            t.setDaemon(true);
            t.start();
        });
    }

    private void awaitSync() {
        try {
            syncing.join();
        } catch (RuntimeException e) {
            LOG.debug("early sync failed", e);
        }
    }

    /** Binds a row's values from parameter {@code at} on (13 values, 14 with the line column). */
    private static void bind(PreparedStatement ps, int at, FindingRow r, boolean withLine, String line)
            throws SQLException {
        int i = at;
        if (r.firstOfRecord && r.offset >= 0) {
            ps.setLong(i++, r.offset);
        } else {
            ps.setNull(i++, Types.INTEGER);
        }
        if (withLine) {
            setString(ps, i++, line);
        }
        ps.setLong(i++, FindingTables.codes(r.chromOrder, r.altIndex, r.pass, r.variantType, r.impact,
                r.consequenceRank, r.clinvar));
        ps.setInt(i++, r.pos);
        ps.setInt(i++, r.end);
        setDouble(ps, i++, r.qual);
        ps.setString(i++, r.gene == null ? "" : r.gene);
        ps.setLong(i++, r.consequenceMask);
        setDouble(ps, i++, r.populationAf);
        setDouble(ps, i++, r.cadd);
        setDouble(ps, i++, r.revel);
        if (r.depth < 0) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, r.depth);
        }
        ps.setLong(i++, r.zygosity);
        if (r.packed == null) {
            r.pack();
        }
        ps.setString(i, r.packed);
    }

    /** {@link #bind(PreparedStatement, int, FindingRow, boolean, String)} for the native bulk insert. */
    private static void bind(NativeBulk b, FindingRow r, boolean withLine, String line) throws SQLException {
        if (r.firstOfRecord && r.offset >= 0) {
            b.longValue(r.offset);
        } else {
            b.nullValue();
        }
        if (withLine) {
            b.textValue(line, false);
        }
        b.longValue(FindingTables.codes(r.chromOrder, r.altIndex, r.pass, r.variantType, r.impact,
                r.consequenceRank, r.clinvar));
        b.longValue(r.pos);
        b.longValue(r.end);
        b.doubleValue(r.qual);
        b.textValue(r.gene == null ? "" : r.gene, r.ascii);
        b.longValue(r.consequenceMask);
        b.doubleValue(r.populationAf);
        b.doubleValue(r.cadd);
        b.doubleValue(r.revel);
        if (r.depth < 0) {
            b.nullValue();
        } else {
            b.longValue(r.depth);
        }
        b.longValue(r.zygosity);
        if (r.packed == null) {
            r.pack();
        }
        b.textValue(r.packed, r.ascii);
        b.endRow();
    }

    /** Inserts every row added so far, in order: the full groups first, then the rows of the open group one by one. */
    private void flushRows() throws SQLException {
        if (bulk != null) {
            bulk.flush();
            return;
        }
        if (insert == insertWithoutLine) {
            insertGroup.executeBatch();
            for (int k = 0; k < grouped; k++) {
                bind(insertWithoutLine, 1, group[k], false, null);
                insertWithoutLine.addBatch();
                group[k] = null;
            }
            grouped = 0;
        }
        insert.executeBatch();
    }

    private void flush() throws SQLException {
        syncEarly();
        flushRows();
        if (geneRows > 0) {
            insertGene.executeBatch();
            geneRows = 0;
        }
        pending = 0;
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    @Override
    public long commit(List<SourceFile> files, String headerText, List<String> warnings, Path bgzfSource,
                       Runnable indexing) {
        Path sourceCopy = sourceCopy(target);
        try {
            flush();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contig VALUES (?,?,?,?,?)")) {
                for (java.util.Map.Entry<String, Object[]> e : contigs.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, (String) e.getValue()[0]);
                    ps.setInt(3, (Integer) e.getValue()[1]);
                    ps.setLong(4, (Long) e.getValue()[2]);
                    ps.setLong(5, lastRowOf(e.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta VALUES (?,?)")) {
                ps.setString(1, "layout");
                ps.setString(2, Integer.toString(FindingTables.LAYOUT));
                ps.addBatch();
                ps.setString(1, "max_span");
                ps.setString(2, Integer.toString(maxSpan));
                ps.addBatch();
                ps.setString(1, "findings");
                ps.setString(2, Long.toString(findings));
                ps.addBatch();
                ps.executeBatch();
            }
            indexing.run();
            FindingTables.addCodeColumns(c, 0);
            writeSideTables();
            FindingTables.index(c, 0);
            if (bgzfSource != null && SqliteKeyring.encrypted(target)) {
                // encrypted with the findings (SQLite3MC): no clear copy of the VCF beside them
                storeChunks(c, bgzfSource);
            } else if (bgzfSource != null) {
                if (sourceCopying == null) {
                    copySource(bgzfSource);
                }
                Path tmp;
                try {
                    tmp = sourceCopying.join();
                } catch (java.util.concurrent.CompletionException e) {
                    throw e.getCause() instanceof java.io.UncheckedIOException
                            ? ((java.io.UncheckedIOException) e.getCause()).getCause() : new IOException(e.getCause());
                }
                Files.move(tmp, sourceCopy, StandardCopyOption.ATOMIC_MOVE);
                SqliteCaseStore.restrictPermissions(sourceCopy);
                copyIndex(bgzfSource, sourceCopy);
            }
            c.commit();
            awaitSync();
            if (bulk != null) {
                bulk.close();
                bulk = null;
            }
            if (insertWithoutLine != null) {
                insertWithoutLine.close();
                insertGroup.close();
            }
            if (insertWithLine != null) {
                insertWithLine.close();
            }
            insertGene.close();
            c.close();
            c = null;
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            SqliteCaseStore.restrictPermissions(target);
        } catch (SQLException | IOException e) {
            throw new StoreException(store.location() + ": cannot finish the findings of case " + newCase.caseId()
                    + ": " + StorageErrors.describe(e), e);
        }
        long oldToken = -1;
        long oldPk = -1;
        long casePk;
        Connection m = store.main();
        synchronized (m) {
            try {
                m.setAutoCommit(false);
                try (PreparedStatement ps = m.prepareStatement("SELECT id, finding_table FROM patient_case WHERE case_id=?")) {
                    ps.setString(1, newCase.caseId());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            if (!replace) {
                                throw new StoreException("case " + newCase.caseId() + " already exists in "
                                        + store.location() + "; import with --replace to replace its findings");
                            }
                            oldPk = rs.getLong(1);
                            oldToken = rs.getLong(2);
                        }
                    }
                }
                String now = Instant.now().toString();
                String received = LocalDate.now().toString();
                if (oldPk >= 0) {
                    // the case keeps its key, so everything recorded on the case stays; its findings' records
                    // move to the new findings by variant (or stay as orphaned findings)
                    CaseRegistration.reuse(m, oldPk, newCase, findings, token, now);
                    casePk = oldPk;
                    long carryStart = System.nanoTime();
                    carryOver = SqliteInterpretationCarryOver.carry(m, casePk, target,
                            files.isEmpty() ? "a re-import" : java.nio.file.Path.of(files.get(0).path())
                                    .getFileName().toString(), actor, Instant.parse(now));
                    LOG.info("Interpretation carry-over: {} carried, {} orphaned in {} ms", carryOver.carried(),
                            carryOver.orphaned(), (System.nanoTime() - carryStart) / 1_000_000);
                } else {
                    try (PreparedStatement ps = m.prepareStatement(CaseRegistration.insertSql(),
                            Statement.RETURN_GENERATED_KEYS)) {
                        CaseRegistration.bindInsert(ps, newCase, received, now, findings, token);
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            casePk = keys.getLong(1);
                        }
                    }
                }
                CaseRegistration.samplesAndSources(m, casePk, newCase, files, headerText, warnings);
                m.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    m.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                deleteQuietly(target);
                deleteQuietly(sourceCopy);
                deleteIndexes(sourceCopy);
                if (e instanceof StoreException) {
                    throw (StoreException) e;
                }
                throw new StoreException(store.location() + ": cannot register case " + newCase.caseId() + ": "
                        + StorageErrors.describe(e), e);
            } finally {
                try {
                    m.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.warn("cannot restore autocommit", e);
                }
            }
        }
        committed = true;
        store.releaseFindings(casePk); // the key may be the replaced case's, reused by SQLite
        if (oldPk >= 0) {
            store.releaseFindings(oldPk);
            deleteQuietly(store.findingsDir().resolve(fileName(oldToken)));
            deleteQuietly(sourceCopy(store.findingsDir().resolve(fileName(oldToken))));
            deleteIndexes(sourceCopy(store.findingsDir().resolve(fileName(oldToken))));
        }
        return casePk;
    }

    /** Index file names the genome browser reads beside the store's VCF copy. */
    static final String[] INDEX_SUFFIXES = {".tbi", ".csi"};

    /**
     * The copy is byte for byte the imported file, so the pipeline's tabix/CSI index beside it (when not older
     * than the VCF) serves the copy too; without one the genome browser builds it on first use.
     */
    private static void copyIndex(Path source, Path copy) {
        for (String suffix : INDEX_SUFFIXES) {
            Path index = source.resolveSibling(source.getFileName() + suffix);
            try {
                if (Files.isRegularFile(index)
                        && Files.getLastModifiedTime(index).compareTo(Files.getLastModifiedTime(source)) >= 0) {
                    Path target = copy.resolveSibling(copy.getFileName() + suffix);
                    Files.copy(index, target, StandardCopyOption.REPLACE_EXISTING);
                    SqliteCaseStore.restrictPermissions(target);
                    return;
                }
            } catch (IOException e) {
                LOG.warn("Cannot copy the index {}: {}", index, e.getMessage());
            }
        }
    }

    private static void deleteIndexes(Path copy) {
        for (String suffix : INDEX_SUFFIXES) {
            deleteQuietly(copy.resolveSibling(copy.getFileName() + suffix));
        }
    }

    long findings() {
        return findings;
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

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", p, e.getMessage());
        }
    }

    @Override
    public void close() {
        awaitSync();
        if (bulk != null) {
            bulk.close();
            bulk = null;
        }
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("close failed", e);
            }
            c = null;
        }
        if (!committed) {
            if (sourceCopying != null) {
                try {
                    sourceCopying.join();
                } catch (RuntimeException e) {
                    LOG.debug("source copy failed", e);
                }
            }
            deleteQuietly(partial);
            deleteQuietly(sourceCopy(target).resolveSibling(sourceCopy(target).getFileName() + ".partial"));
        }
    }
}
