package org.zenome.store.sqlite;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.zenome.store.AuditRepository;
import org.zenome.store.CaseRepository;
import org.zenome.store.CaseStore;
import org.zenome.store.CaseWriter;
import org.zenome.store.FindingRepository;
import org.zenome.store.MeetingRepository;
import org.zenome.store.NewCase;
import org.zenome.store.ReviewRepository;
import org.zenome.store.ReportRepository;
import org.zenome.store.StoreException;
import org.zenome.store.TurnaroundRepository;
import org.zenome.store.UserRepository;

/**
 * The embedded case store: one SQLite file (WAL) for cases, samples and provenance, migrated with Flyway,
 * and one SQLite file per imported case for its findings in the folder beside it
 * ({@code zenome.db} → {@code zenome.db.findings/}). See docs/adr/0002-case-store.md.
 */
public final class SqliteCaseStore extends org.zenome.store.jdbc.JdbcCaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteCaseStore.class);
    /** The highest migration under db/migration/sqlite (a test keeps the two in step). */
    static final int SCHEMA_VERSION = 12;
    /** Unreferenced findings files younger than this may belong to an import running in another process. */
    public static final java.time.Duration ORPHAN_AGE = java.time.Duration.ofHours(
            Long.getLong("zenome.store.orphanHours", 6));
    private static final int MAX_OPEN_FINDING_FILES = 8;
    static final String MIGRATIONS = "classpath:db/migration/sqlite";

    private final Path file;
    private final Path findingsDir;
    private final Connection main;
    private final Map<Long, Connection> findingConnections = new LinkedHashMap<>(16, 0.75f, true);
    private final SqliteCaseRepository cases;
    private final SqliteFindingRepository findings;
    private final SqliteReferenceRepository references;
    private final SqliteSnapshotRepository snapshots;
    private final SqliteUserRepository users;
    private final SqliteAuditRepository audit;
    private final SqliteMeetingRepository meetings;
    private final SqliteReviewRepository reviews;
    private final SqliteTurnaroundRepository turnaround;
    private final SqliteInterpretationRepository interpretation;
    private final SqliteReportRepository reports;
    private final SqliteThresholdRepository thresholds;
    private final SqliteQcRepository qc;
    private final SqlitePhenotypeRepository phenotypes = new SqlitePhenotypeRepository(this);
    private final SqliteNoteDraftRepository noteDrafts = new SqliteNoteDraftRepository(this);
    private boolean closed;
    /** Whether the store was encrypted when opened (it cannot change while open: db encrypt locks it). */
    private final boolean encrypted;
    /** Decrypted session copies of kept VCFs of an encrypted store, for the genome browser (deleted at close). */
    private Path sessionCopies;

    static {
        SqliteNative.init();
    }

    private SqliteCaseStore(Path file, Connection main) {
        this.file = file;
        this.findingsDir = findingsDirectory(file);
        this.main = main;
        this.encrypted = StoreKeyFile.exists(file);
        this.cases = new SqliteCaseRepository(this);
        this.findings = new SqliteFindingRepository(this);
        this.references = new SqliteReferenceRepository(this);
        this.snapshots = new SqliteSnapshotRepository(this);
        this.users = new SqliteUserRepository(this);
        this.audit = new SqliteAuditRepository(this);
        this.meetings = new SqliteMeetingRepository(this);
        this.reviews = new SqliteReviewRepository(this);
        this.turnaround = new SqliteTurnaroundRepository(this);
        this.interpretation = new SqliteInterpretationRepository(this,
                org.zenome.classification.AcmgClassifier.standard());
        this.reports = new SqliteReportRepository(this);
        this.thresholds = new SqliteThresholdRepository(this);
        this.qc = new SqliteQcRepository(this);
    }

    /** Opens (creating and migrating when needed) the store at {@code file}. */
    public static SqliteCaseStore open(Path file) {
        return open(file, List.of(MIGRATIONS));
    }

    /** Opens the store with the given Flyway migration locations (tests add a later schema version). */
    static SqliteCaseStore open(Path file, List<String> migrationLocations) {
        Path abs = file.toAbsolutePath();
        boolean existed = Files.exists(abs);
        if (existed && !Files.isRegularFile(abs)) {
            throw new org.zenome.store.InvalidStoreException(abs + ": not a database file (it is a folder)");
        }
        StoreEncryption.recover(abs);
        boolean encrypted = StoreKeyFile.exists(abs);
        if (encrypted) {
            SqliteKeyring.key(abs); // locked: refused before anything is touched
            if (!existed) {
                throw new org.zenome.store.InvalidStoreException(abs + ": the key file " + StoreKeyFile.of(abs)
                        + " of an encrypted store is there but the database is missing; restore the database from a "
                        + "backup. Nothing was changed.");
            }
        }
        if (existed) {
            if (!encrypted) {
                checkSqliteHeader(abs);
            }
            checkWritable(abs);
        }
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!existed) {
                createPrivateFile(abs);
            }
        } catch (IOException e) {
            throw new StoreException(abs + ": cannot create the database: " + e.getMessage(), e);
        }
        String url = SqliteKeyring.url(abs);
        try {
            if (!(existed && migrationLocations.equals(List.of(MIGRATIONS)) && upToDate(abs, url))) {
                migrate(abs, url, migrationLocations);
            }
        } catch (FlywayException e) {
            String m = describeMigrationFailure(abs, e);
            throw m.contains("not a Zenome database") || m.contains("corrupt")
                    ? new org.zenome.store.InvalidStoreException(m, e) : new StoreException(m, e);
        }
        Connection c;
        try {
            c = connect(url, false);
        } catch (SQLException e) {
            throw new StoreException(abs + ": cannot open the database: " + StorageErrors.describe(e), e);
        }
        SqliteCaseStore store = new SqliteCaseStore(abs, c);
        restrictPermissions(abs);
        store.cleanOrphans();
        return store;
    }

    static Path findingsDirectory(Path dbFile) {
        return dbFile.resolveSibling(dbFile.getFileName() + ".findings");
    }

    private static void checkSqliteHeader(Path abs) {
        try {
            if (Files.size(abs) == 0) {
                return;
            }
            byte[] head = new byte[16];
            try (var in = Files.newInputStream(abs)) {
                int n = in.readNBytes(head, 0, 16);
                String magic = new String(head, 0, Math.max(0, n), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!magic.startsWith("SQLite format 3")) {
                    throw new org.zenome.store.InvalidStoreException(abs
                            + ": not a Zenome database (not an SQLite file); nothing was changed");
                }
            }
        } catch (IOException e) {
            throw new StoreException(abs + ": cannot read the database: " + e.getMessage(), e);
        }
    }

    /**
     * A database Zenome cannot write (file permission, a disk mounted read-only) is refused with plain words before
     * SQLite would fail on its WAL files with "unable to open database file".
     */
    private static void checkWritable(Path abs) {
        Path parent = abs.getParent();
        if (!Files.isWritable(abs) || (parent != null && !Files.isWritable(parent))) {
            throw new StoreException(abs + ": " + StorageErrors.READ_ONLY.replace("; nothing was saved", "")
                    + ". Zenome needs to write to the database and the folder it is in (" + parent
                    + "). Nothing was changed.");
        }
    }

    /**
     * Whether the database already has every migration of this version applied successfully, read straight from
     * Flyway's history table: then Flyway (a classpath scan and a validation, half a second of every command-line
     * call) is skipped. Anything else (older, newer, a failed migration, no history) goes through Flyway.
     */
    private static boolean upToDate(Path abs, String url) {
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)), sum(success = 0), "
                     + "sum(CAST(version AS INTEGER) = 1) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == 0 && rs.getInt(3) == 1;
        } catch (SQLException e) {
            if (StorageErrors.isDiskFull(e) || StorageErrors.isReadOnly(e)) {
                throw new StoreException(abs + ": cannot open the database: "
                        + StorageErrors.describe(e).replace("; nothing was saved", "") + ". Nothing was changed.", e);
            }
            return false; // no history table, locked, not a database: Flyway reports it properly
        }
    }

    private static void migrate(Path abs, String url, List<String> locations) {
        // a data source rather than the URL: Flyway's messages never carry an encrypted store's key
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl(url);
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations(locations.toArray(String[]::new))
                .baselineOnMigrate(false)
                .validateOnMigrate(true)
                .mixed(true)
                .load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        if (current != null && current.getVersion() != null) {
            for (MigrationInfo i : info.all()) {
                if (i.getState() == MigrationState.FUTURE_SUCCESS) {
                    throw new org.zenome.store.NewerSchemaException(abs
                            + ": the database was written by a newer version of Zenome (schema "
                            + i.getVersion() + ", this version knows up to " + latestKnown(info)
                            + "); install that version or newer. Nothing was changed.");
                }
            }
        }
        if (info.applied().length > 0 && info.pending().length > 0) {
            Path backup = backupBeforeMigration(abs, url, current.getVersion().getVersion());
            LOG.info("Migrating case store {} from schema {} ({} pending); backup written to {}", abs,
                    current.getVersion(), info.pending().length, backup);
        }
        flyway.migrate();
    }

    private static String latestKnown(MigrationInfoService info) {
        String latest = "none";
        for (MigrationInfo i : info.all()) {
            if (i.getState() != MigrationState.FUTURE_SUCCESS && i.getVersion() != null) {
                latest = i.getVersion().getVersion();
            }
        }
        return latest;
    }

    /**
     * Copies the database, before a schema migration, to {@code <name>.v<schema>-<UTC time>.backup} beside it
     * (owner-only), with SQLite's {@code VACUUM INTO}: a consistent copy that includes the WAL's committed pages.
     * The findings files are not touched by schema migrations and are not copied.
     */
    static Path backupBeforeMigration(Path abs, String url, String schemaVersion) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Path backup = abs.resolveSibling(abs.getFileName() + ".v" + schemaVersion + "-" + stamp + ".backup");
        for (int n = 2; Files.exists(backup); n++) {
            backup = abs.resolveSibling(abs.getFileName() + ".v" + schemaVersion + "-" + stamp + "-" + n + ".backup");
        }
        try {
            createPrivateFile(backup);
        } catch (IOException e) {
            throw new StoreException(abs + ": cannot create the backup " + backup + " before upgrading the database: "
                    + e.getMessage() + ". Nothing was changed.", e);
        }
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            // an encrypted store's copy is encrypted with the same key
            ps.setString(1, SqliteKeyring.encrypted(abs) ? SqliteKeyring.uri(backup, SqliteKeyring.key(abs))
                    : backup.toString());
            ps.execute();
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(backup);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException(abs + ": cannot write the backup " + backup + " before upgrading the database: "
                    + e.getMessage() + ". Nothing was changed.", e);
        }
        return backup;
    }

    private static String describeMigrationFailure(Path abs, FlywayException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (StorageErrors.isDiskFull(e) || StorageErrors.isReadOnly(e)) {
            return abs + ": cannot prepare the database: " + StorageErrors.describe(e).replace("; nothing was saved", "")
                    + ". Nothing was changed.";
        }
        if (msg.contains("non-empty schema") || msg.contains("without schema history")) {
            return abs + ": not a Zenome database (it holds other tables); nothing was changed";
        }
        String root = rootMessage(e);
        if (msg.contains("not a database") || msg.contains("SQLITE_NOTADB") || msg.contains("malformed")
                || root.contains("malformed") || root.contains("SQLITE_CORRUPT") || root.contains("SQLITE_NOTADB")
                || root.contains("not a database")) {
            return abs + ": the database file is corrupt or cut short (SQLite: " + firstLine(root.isEmpty() ? msg : root)
                    + "); restore it from a backup (zenome restore). Nothing was changed.";
        }
        return abs + ": cannot prepare the database: " + firstLine(msg);
    }

    /** The message of the innermost cause (SQLite's own words). */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static Connection connect(String url, boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(15_000);
        cfg.setReadOnly(readOnly);
        // write transactions take the write lock at BEGIN: two instances never deadlock on a read-then-write
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = DriverManager.getConnection(url, cfg.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size=-65536");
            s.execute("PRAGMA temp_store=MEMORY");
        }
        return c;
    }

    private static void createPrivateFile(Path p) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(p);
        }
    }

    /** The database, its WAL files and the findings folder are for the owning user only. */
    static void restrictPermissions(Path p) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = p.resolveSibling(p.getFileName() + suffix);
            try {
                if (Files.exists(f)) {
                    Files.setPosixFilePermissions(f, owner);
                }
            } catch (IOException | UnsupportedOperationException e) {
                LOG.warn("Cannot restrict permissions of {}: {}", f, e.getMessage());
            }
        }
    }

    /**
     * Finding files no case refers to are what an interrupted import (a crash, a kill -9, a power cut) left behind.
     * Recent ones are kept: another process may be importing into this store right now (a pipeline's command-line
     * import while the panel has the application open), and its files are not referenced until it commits.
     */
    private void cleanOrphans() {
        if (!Files.isDirectory(findingsDir)) {
            return;
        }
        Set<String> referenced = new HashSet<>();
        synchronized (main) {
            try (Statement s = main.createStatement();
                 ResultSet rs = s.executeQuery("SELECT finding_table FROM patient_case")) {
                while (rs.next()) {
                    String db = SqliteCaseWriter.fileName(rs.getLong(1));
                    referenced.add(db);
                    String copy = SqliteCaseWriter.sourceCopy(findingsDir.resolve(db)).getFileName().toString();
                    referenced.add(copy);
                    referenced.add(copy + ".tbi");   // its tabix index (genome browser)
                    referenced.add(copy + ".csi");
                }
            } catch (SQLException e) {
                throw new StoreException(file + ": cannot read the case list: " + e.getMessage(), e);
            }
        }
        try (Stream<Path> files = Files.list(findingsDir)) {
            long cutoff = System.currentTimeMillis() - ORPHAN_AGE.toMillis();
            files.filter(f -> !referenced.contains(f.getFileName().toString())).filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis() < cutoff;
                } catch (IOException e) {
                    return false;
                }
            }).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                    LOG.info("Removed {} left by an interrupted import", f.getFileName());
                } catch (IOException e) {
                    LOG.warn("Cannot remove {}: {}", f, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", findingsDir, e.getMessage());
        }
    }

    @Override
    public CaseRepository cases() {
        return cases;
    }

    @Override
    public FindingRepository findings() {
        return findings;
    }

    @Override
    public org.zenome.store.ReferenceRepository references() {
        return references;
    }

    @Override
    public org.zenome.store.SnapshotRepository snapshots() {
        return snapshots;
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public AuditRepository audit() {
        return audit;
    }

    @Override
    public MeetingRepository meetings() {
        return meetings;
    }

    @Override
    public ReviewRepository reviews() {
        return reviews;
    }

    @Override
    public TurnaroundRepository turnaround() {
        return turnaround;
    }

    @Override
    public org.zenome.store.InterpretationRepository interpretation() {
        return interpretation;
    }

    @Override
    public org.zenome.store.ThresholdRepository thresholds() {
        return thresholds;
    }

    @Override
    public org.zenome.store.NoteDraftRepository noteDrafts() {
        return noteDrafts;
    }

    @Override
    public ReportRepository reports() {
        return reports;
    }

    @Override
    public org.zenome.store.QcRepository qc() {
        return qc;
    }

    @Override
    public org.zenome.store.PhenotypeRepository phenotypes() {
        return phenotypes;
    }

    @Override
    public CaseWriter beginImport(NewCase newCase, boolean replace) {
        checkOpen();
        return new SqliteCaseWriter(this, newCase, replace);
    }

    @Override
    public String location() {
        return file.toString();
    }

    public Path file() {
        return file;
    }

    Path findingsDir() {
        return findingsDir;
    }

    @Override
    public Connection main() {
        checkOpen();
        return main;
    }

    @Override
    public long lookupFindingTable(long casePk) {
        return lookupFindingTableOf(casePk);
    }

    /** One line of the kept BGZF copy of the case's VCF, by virtual offset. */
    @Override
    public String storedLine(long findingTable, long offset) {
        if (encrypted()) {
            Connection c = findingConnection(-findingTable - 1, findingTable);
            synchronized (c) {
                try (org.zenome.store.jdbc.SourceChunks chunks = new org.zenome.store.jdbc.SourceChunks(c, "");
                     htsjdk.samtools.util.BlockCompressedInputStream in =
                             new htsjdk.samtools.util.BlockCompressedInputStream(chunks)) {
                    in.seek(offset);
                    return in.readLine();
                } catch (IOException | RuntimeException e) {
                    throw new StoreException(file + ": cannot read the stored VCF record: " + e.getMessage(), e);
                }
            }
        }
        Path copy = sourceCopy(findingTable);
        try (htsjdk.samtools.util.BlockCompressedInputStream in =
                     new htsjdk.samtools.util.BlockCompressedInputStream(copy.toFile())) {
            in.seek(offset);
            return in.readLine();
        } catch (IOException | RuntimeException e) {
            throw new StoreException(copy + ": cannot read the stored VCF record: " + e.getMessage(), e);
        }
    }

    @Override
    public org.zenome.store.jdbc.FindingsLoader findingsLoader() {
        return new SqliteFindingsLoader(this);
    }

    @Override
    public java.util.Optional<java.io.InputStream> storedSource(long findingTable) {
        if (encrypted()) {
            Connection c = findingConnection(-findingTable - 1, findingTable);
            try {
                return java.util.Optional.of(new org.zenome.store.jdbc.SourceChunks(c, ""));
            } catch (IOException e) {
                return java.util.Optional.empty(); // no copy kept (plain or gzip input: the rows carry their lines)
            }
        }
        Path copy = sourceCopy(findingTable);
        try {
            return Files.isRegularFile(copy) ? java.util.Optional.of(Files.newInputStream(copy))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new StoreException(copy + ": cannot read the kept VCF: " + e.getMessage(), e);
        }
    }

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    /** Disk full and read-only storage get plain words (StorageErrors). */
    @Override
    protected String describeFailure(Exception e) {
        return StorageErrors.describe(e);
    }

    @Override
    public java.util.Optional<Path> variantFile(long casePk) {
        if (encrypted()) {
            return decryptedCopy(lookupFindingTable(casePk));
        }
        Path copy = sourceCopy(lookupFindingTable(casePk));
        return Files.isRegularFile(copy) ? java.util.Optional.of(copy) : java.util.Optional.empty();
    }

    private boolean encrypted() {
        return encrypted;
    }

    /**
     * The kept VCF of a case of an encrypted store as a file, for the genome browser's variant track (igv.js reads it
     * by HTTP range through the loopback server): written once per session into a folder only this user may read,
     * in memory ({@code /dev/shm}) where the system has it, removed when the store is closed.
     */
    private synchronized java.util.Optional<Path> decryptedCopy(long token) {
        try {
            if (sessionCopies == null) {
                Path shm = Path.of("/dev/shm");
                Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? shm
                        : Path.of(System.getProperty("java.io.tmpdir"));
                sessionCopies = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                        ? Files.createTempDirectory(base, "zenome-vcf-",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                        : Files.createTempDirectory(base, "zenome-vcf-");
            }
            Path out = sessionCopies.resolve(Long.toHexString(token) + ".vcf.gz");
            if (Files.isRegularFile(out)) {
                return java.util.Optional.of(out);
            }
            java.util.Optional<java.io.InputStream> in = storedSource(token);
            if (in.isEmpty()) {
                return java.util.Optional.empty();
            }
            Path partial = out.resolveSibling(out.getFileName() + ".partial");
            Connection c = findingConnection(-token - 1, token);
            synchronized (c) {
                try (java.io.InputStream stream = in.get()) {
                    Files.copy(stream, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(partial, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return java.util.Optional.of(out);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot keep a session copy of the VCF of finding table {}: {}", token, e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private void deleteSessionCopies() {
        Path dir = sessionCopies;
        sessionCopies = null;
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("Cannot remove the session copies in {}: {}", dir, e.getMessage());
        }
    }

    /** A read connection to a case's findings file (kept open for the next query). */
    @Override
    public Connection findingConnection(long casePk, long findingTable) {
        synchronized (findingConnections) {
            checkOpen();
            Connection c = findingConnections.get(casePk);
            if (c != null) {
                return c;
            }
            Path f = findingsDir.resolve(SqliteCaseWriter.fileName(findingTable));
            if (!Files.exists(f)) {
                throw new StoreException(f + ": the findings of this case are missing from the store");
            }
            try {
                c = connectFindings(f, true);
                if (!FindingTables.current(c)) {
                    c.close();
                    LOG.info("Upgrading the findings file {} to layout {}", f.getFileName(), FindingTables.LAYOUT);
                    try (Connection w = connectFindings(f, false)) {
                        FindingTables.upgrade(w);
                    }
                    c = connectFindings(f, true);
                }
            } catch (SQLException e) {
                throw new StoreException(f + ": cannot open the findings of this case: " + e.getMessage(), e);
            }
            findingConnections.put(casePk, c);
            if (findingConnections.size() > MAX_OPEN_FINDING_FILES) {
                Long eldest = findingConnections.keySet().iterator().next();
                closeQuietly(findingConnections.remove(eldest));
            }
            return c;
        }
    }

    static Connection connectFindings(Path f, boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(readOnly);
        cfg.setBusyTimeout(15_000);
        if (!readOnly) {
            cfg.setJournalMode(SQLiteConfig.JournalMode.OFF);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            cfg.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            cfg.setPageSize(8192);
            // one writer at a time (the import's writer thread; the driver synchronises every call on the
            // connection anyway): no SQLite mutex per bind and step, which costs about a second on a whole genome
            cfg.setOpenMode(org.sqlite.SQLiteOpenMode.NOMUTEX);
        }
        Connection c = DriverManager.getConnection(SqliteKeyring.url(f), cfg.toProperties());
        try (Statement s = c.createStatement()) {
            if (readOnly) {
                s.execute("PRAGMA cache_size=-65536");
                s.execute("PRAGMA temp_store=MEMORY");
                s.execute("PRAGMA mmap_size=1073741824");
            } else {
                // appends need little cache; index builds sort in temporary files, not in the heap's neighbour,
                // except in an encrypted store: SQLite3MC does not encrypt temporary files
                s.execute("PRAGMA cache_size=-32768");
                s.execute(SqliteKeyring.encrypted(f) ? "PRAGMA temp_store=MEMORY" : "PRAGMA temp_store=FILE");
            }
        }
        return c;
    }

    /** The copy of the case's BGZF VCF, if the import kept one. */
    Path sourceCopy(long findingTable) {
        return SqliteCaseWriter.sourceCopy(findingsDir.resolve(SqliteCaseWriter.fileName(findingTable)));
    }

    /**
     * Forgets what is cached about a case's findings: its connection and the finding repository's case info
     * (before its file is replaced or deleted, and when a case is registered: SQLite may give a replaced case's
     * primary key to the new case).
     */
    void releaseFindings(long casePk) {
        synchronized (findingConnections) {
            closeQuietly(findingConnections.remove(casePk));
        }
        findings.forget(casePk);
    }

    long lookupFindingTableOf(long casePk) {
        synchronized (main) {
            try (PreparedStatement ps = main.prepareStatement("SELECT finding_table FROM patient_case WHERE id=?")) {
                ps.setLong(1, casePk);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no case with internal id " + casePk + " in " + file);
                    }
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new StoreException(file + ": " + e.getMessage(), e);
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("case store " + file + " is closed");
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("close failed", e);
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        synchronized (findingConnections) {
            findingConnections.values().forEach(SqliteCaseStore::closeQuietly);
            findingConnections.clear();
        }
        synchronized (main) {
            try (Statement s = main.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.debug("checkpoint at close failed", e);
            }
            closeQuietly(main);
        }
        deleteSessionCopies();
        closed = true;
    }
}
