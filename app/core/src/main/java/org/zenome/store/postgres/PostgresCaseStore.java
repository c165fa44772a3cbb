package org.zenome.store.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.store.AuditRepository;
import org.zenome.store.CaseRepository;
import org.zenome.store.CaseWriter;
import org.zenome.store.FindingRepository;
import org.zenome.store.InterpretationRepository;
import org.zenome.store.MeetingRepository;
import org.zenome.store.NewCase;
import org.zenome.store.ReferenceRepository;
import org.zenome.store.ReportRepository;
import org.zenome.store.ReviewRepository;
import org.zenome.store.SnapshotRepository;
import org.zenome.store.StoreException;
import org.zenome.store.TurnaroundRepository;
import org.zenome.store.UserRepository;
import org.zenome.store.jdbc.JdbcCaseStore;
import org.zenome.store.jdbc.SourceChunks;
import org.zenome.store.sqlite.SharedRepositories;

/**
 * The case store on a PostgreSQL server, for a department whose members work on the same cases from several
 * workstations. The main tables are those of the SQLite store (migrations in {@code db/migration/postgresql}, one per
 * SQLite migration); each imported case's findings are a schema of their own ({@code zf_<token>}) with the tables
 * of a SQLite findings file, loaded with COPY. See docs/adr/postgresql-store.md.
 */
public final class PostgresCaseStore extends JdbcCaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresCaseStore.class);
    public static final String MIGRATIONS = "classpath:db/migration/postgresql";
    /** The advisory lock key that serialises write transactions (as SQLite's IMMEDIATE transactions do). */
    static final long WRITE_LOCK = 0x5A454E4F4D45L; // "ZENOME"
    /** Channel of the change notifications (a trigger on audit_entry sends one per recorded act). */
    public static final String CHANNEL = "zenome_audit";
    private static final int MAX_OPEN_FINDING_CONNECTIONS = 3;

    private final String url;
    private final Properties props;
    private final Connection main;
    private final SharedRepositories repos;
    private final Map<Long, Connection> findingConnections = new LinkedHashMap<>(8, 0.75f, true);
    private volatile boolean closed;
    /** Local copies of kept VCFs for the genome browser (created on first use). */
    private Path localCopies;
    private final java.util.List<ChangeWatcher> watchers = new java.util.ArrayList<>();

    private PostgresCaseStore(String url, Properties props, Connection main) {
        this.url = url;
        this.props = props;
        this.main = main;
        this.repos = new SharedRepositories(this);
    }

    /**
     * Opens the store on the server, migrating the schema when it is behind (which needs the owner role; the
     * application role gets a message saying so).
     *
     * @param url   a {@code jdbc:postgresql://} URL without password
     * @param props user, password and any driver properties (ssl, sslmode, sslrootcert ...)
     */
    public static PostgresCaseStore open(String url, Properties props) {
        Properties p = new Properties();
        p.putAll(props);
        p.putIfAbsent("ApplicationName", "Zenome");
        String where = redact(url);
        ConnectionProblems.routeDriverLog();
        try {
            if (!upToDate(url, p)) {
                migrate(where, url, p);
            }
        } catch (FlywayException e) {
            throw new StoreException(where + ": cannot prepare the database: " + firstLine(e.getMessage()), e);
        }
        try {
            Connection c = DriverManager.getConnection(url, p);
            return new PostgresCaseStore(url, p, c);
        } catch (SQLException e) {
            throw new StoreException(where + ": cannot connect: "
                    + ConnectionProblems.describe(url, p.getProperty("user"), e), e);
        }
    }

    /** The URL without any password parameter, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    private static boolean upToDate(String url, Properties p) {
        int latest = latestVersion();
        try (Connection c = DriverManager.getConnection(url, p);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)), count(*) FILTER (WHERE NOT success) "
                     + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return rs.next() && rs.getInt(1) == latest && rs.getInt(2) == 0;
        } catch (SQLException e) {
            if (ConnectionProblems.isConnectionFailure(e)) {
                throw new StoreException(redact(url) + ": cannot connect: "
                        + ConnectionProblems.describe(url, p.getProperty("user"), e), e);
            }
            return false; // no history table yet: Flyway creates it
        }
    }

    /** The schema version of this release: the SQLite one (a test keeps both migration folders in step). */
    static int latestVersion() {
        return SharedRepositories.SCHEMA_VERSION;
    }

    private static void migrate(String where, String url, Properties p) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        for (String k : p.stringPropertyNames()) {
            try {
                ds.setProperty(k, p.getProperty(k));
            } catch (SQLException e) {
                throw new StoreException(where + ": unknown connection property " + k + ": " + e.getMessage(), e);
            }
        }
        Flyway flyway = Flyway.configure().dataSource(ds).locations(MIGRATIONS).baselineOnMigrate(false)
                .validateOnMigrate(true).mixed(true).load();
        MigrationInfoService info = flyway.info();
        for (MigrationInfo i : info.all()) {
            if (i.getState() == MigrationState.FUTURE_SUCCESS) {
                throw new StoreException(where + ": the database was written by a newer version of Zenome (schema "
                        + i.getVersion() + "); install that version or newer. Nothing was changed.");
            }
        }
        if (info.pending().length > 0) {
            LOG.info("Migrating the case store {} ({} pending migrations)", where, info.pending().length);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("permission denied") || msg.contains("must be owner")) {
                throw new StoreException(where + ": the database schema needs an upgrade that this role may not do; "
                        + "start Zenome once with the owner role (see README, PostgreSQL). Nothing was changed.", e);
            }
            throw e;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A new connection to the same database (imports, change listeners). */
    Connection connect() throws SQLException {
        checkOpen();
        return DriverManager.getConnection(url, props);
    }

    static String schema(long token) {
        return "zf_" + Long.toHexString(token);
    }

    @Override
    public org.zenome.store.jdbc.FindingsLoader findingsLoader() {
        return new PgFindingsLoader();
    }

    @Override
    public Optional<java.io.InputStream> storedSource(long findingTable) {
        Connection c = findingConnection(-findingTable - 1, findingTable);
        try {
            return Optional.of(new SourceChunks(c, schema(findingTable) + "."));
        } catch (java.io.IOException e) {
            return Optional.empty(); // no copy kept (plain or gzip input: the rows carry their lines)
        }
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public org.zenome.store.jdbc.FindingQueries findingQueries() {
        return PgFindingQueries.INSTANCE;
    }

    @Override
    public Connection main() {
        checkOpen();
        return main;
    }

    @Override
    protected void beginWrite(Connection c) throws SQLException {
        lockWrites(c);
    }

    /** Takes the store-wide write lock for the rest of the current transaction. */
    static void lockWrites(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, WRITE_LOCK);
            ps.execute();
        }
    }

    /**
     * The kept VCF of a case as a local file, for the genome browser's variant track: written once from the server's
     * chunks into a folder only this user may read, removed when the store is closed.
     */
    @Override
    public synchronized Optional<Path> variantFile(long casePk) {
        long token = lookupFindingTable(casePk);
        try {
            if (localCopies == null) {
                localCopies = java.nio.file.Files.createTempDirectory("zenome-vcf-",
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            }
            Path file = localCopies.resolve(schema(token) + ".vcf.gz");
            if (java.nio.file.Files.isRegularFile(file)) {
                return Optional.of(file);
            }
            Optional<java.io.InputStream> in = storedSource(token);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            Path partial = localCopies.resolve(schema(token) + ".vcf.gz.partial");
            Connection c = findingConnection(-token - 1, token);
            synchronized (c) {
                try (java.io.InputStream stream = in.get()) {
                    java.nio.file.Files.copy(stream, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            java.nio.file.Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(file);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot keep a local copy of the VCF of case {}: {}", casePk, e.getMessage());
            return Optional.empty();
        }
    }

    private void deleteLocalCopies() {
        if (localCopies == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(localCopies)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(localCopies);
        } catch (java.io.IOException e) {
            LOG.warn("Cannot remove the local VCF copies in {}: {}", localCopies, e.getMessage());
        }
    }

    @Override
    public long lookupFindingTable(long casePk) {
        return reading("read the case", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT finding_table FROM patient_case WHERE id=?")) {
                ps.setLong(1, casePk);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no case with internal id " + casePk + " in " + location());
                    }
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Connection findingConnection(long casePk, long findingTable) {
        synchronized (findingConnections) {
            checkOpen();
            Connection c = findingConnections.get(casePk);
            if (c != null) {
                return c;
            }
            try {
                Properties p = new Properties();
                p.putAll(props);
                // parameters take the column's type: gene names compare as citext (case-insensitive), as in SQLite
                p.setProperty("stringtype", "unspecified");
                c = DriverManager.getConnection(url, p);
                try (Statement s = c.createStatement()) {
                    s.execute("SET search_path TO " + schema(findingTable) + ", public");
                }
                c.setReadOnly(true);
            } catch (SQLException e) {
                throw new StoreException(location() + ": cannot open the findings of this case: " + e.getMessage(), e);
            }
            findingConnections.put(casePk, c);
            if (findingConnections.size() > MAX_OPEN_FINDING_CONNECTIONS) {
                Long eldest = findingConnections.keySet().iterator().next();
                closeQuietly(findingConnections.remove(eldest));
            }
            return c;
        }
    }

    @Override
    public String storedLine(long findingTable, long offset) {
        Connection c = findingConnection(-findingTable - 1, findingTable);
        synchronized (c) {
            try (SourceChunks chunks = new SourceChunks(c, schema(findingTable) + ".");
                 htsjdk.samtools.util.BlockCompressedInputStream in =
                         new htsjdk.samtools.util.BlockCompressedInputStream(chunks)) {
                in.seek(offset);
                return in.readLine();
            } catch (java.io.IOException | RuntimeException e) {
                throw new StoreException(location() + ": cannot read the stored VCF record: " + e.getMessage(), e);
            }
        }
    }

    /** Forgets cached connections and info of a case (its findings were replaced, or its key names another case). */
    void releaseFindings(long casePk) {
        synchronized (findingConnections) {
            closeQuietly(findingConnections.remove(casePk));
        }
        repos.forgetFindings(casePk);
    }

    @Override
    public CaseRepository cases() {
        return repos.cases;
    }

    @Override
    public FindingRepository findings() {
        return repos.findings;
    }

    @Override
    public ReferenceRepository references() {
        return repos.references;
    }

    @Override
    public SnapshotRepository snapshots() {
        return repos.snapshots;
    }

    @Override
    public UserRepository users() {
        return repos.users;
    }

    @Override
    public AuditRepository audit() {
        return repos.audit;
    }

    @Override
    public MeetingRepository meetings() {
        return repos.meetings;
    }

    @Override
    public ReviewRepository reviews() {
        return repos.reviews;
    }

    @Override
    public TurnaroundRepository turnaround() {
        return repos.turnaround;
    }

    @Override
    public InterpretationRepository interpretation() {
        return repos.interpretation;
    }

    @Override
    public ReportRepository reports() {
        return repos.reports;
    }

    @Override
    public org.zenome.store.ThresholdRepository thresholds() {
        return repos.thresholds;
    }

    @Override
    public org.zenome.store.QcRepository qc() {
        return repos.qc;
    }

    @Override
    public org.zenome.store.NoteDraftRepository noteDrafts() {
        return repos.noteDrafts;
    }

    @Override
    public org.zenome.store.PhenotypeRepository phenotypes() {
        return repos.phenotypes;
    }

    @Override
    public AutoCloseable watchChanges(java.util.function.Consumer<org.zenome.store.StoreChange> listener) {
        int own = mainPid();
        try {
            ChangeWatcher w = new ChangeWatcher(this, listener, () -> own).start();
            synchronized (watchers) {
                watchers.add(w);
            }
            return () -> {
                synchronized (watchers) {
                    watchers.remove(w);
                }
                w.close();
            };
        } catch (SQLException e) {
            throw new StoreException(location() + ": cannot listen for changes: " + e.getMessage(), e);
        }
    }

    private int mainPid() {
        return reading("read the connection", c -> c.unwrap(org.postgresql.PGConnection.class).getBackendPID());
    }

    @Override
    public CaseWriter beginImport(NewCase newCase, boolean replace) {
        checkOpen();
        return new PgCaseWriter(this, newCase, replace);
    }

    @Override
    public String location() {
        return redact(url);
    }

    /** The JDBC URL (no password in it). */
    public String url() {
        return url;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("case store " + location() + " is closed");
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("close failed", e);
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        synchronized (watchers) {
            watchers.forEach(ChangeWatcher::close);
            watchers.clear();
        }
        synchronized (findingConnections) {
            findingConnections.values().forEach(PostgresCaseStore::closeQuietly);
            findingConnections.clear();
        }
        synchronized (main) {
            closeQuietly(main);
        }
        synchronized (this) {
            deleteLocalCopies();
        }
        closed = true;
    }
}
