package org.zenome.store.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.zenome.audit.AuditVerification;
import org.zenome.store.BackupInvalidException;
import org.zenome.store.BackupManifest;
import org.zenome.store.NewerStoreException;
import org.zenome.store.RestoreResult;
import org.zenome.store.StoreBackup;
import org.zenome.store.StoreException;

/**
 * Backups of the SQLite store. A backup folder holds {@code zenome.db} (a copy made with SQLite's online backup
 * API in one step, so it is one consistent moment even while the application writes), {@code zenome.db.findings/}
 * with the findings file, VCF copy and index of every case the copy names (written once at import, never changed
 * afterwards), {@code backup.properties} and {@code SHA256SUMS}. It is written as {@code NAME.partial} and renamed
 * once complete and checked; files are owner-only. See docs/adr/backup-and-restore.md.
 */
public final class SqliteStoreBackup implements StoreBackup {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteStoreBackup.class);
    public static final String DATABASE = "zenome.db";
    static final String FINDINGS = DATABASE + ".findings";
    private static final int ATTEMPTS = 3;

    private final Path db;
    private final String zenomeVersion;

    /** Backups of the store whose database is {@code db}. */
    public SqliteStoreBackup(Path db, String zenomeVersion) {
        this.db = db.toAbsolutePath();
        this.zenomeVersion = zenomeVersion;
    }

    // ---------------------------------------------------------------- create

    @Override
    public BackupManifest create(Path folder, String madeBy) {
        Path target = folder.toAbsolutePath();
        if (Files.exists(target)) {
            throw new StoreException(target + ": already exists; a backup is written into a new folder");
        }
        if (!Files.isRegularFile(db)) {
            throw new StoreException(db + ": no database to back up");
        }
        if (schemaOf(db) != SqliteCaseStore.SCHEMA_VERSION) {
            // an older store is migrated first (with its own pre-upgrade copy), a newer one refused, a foreign file
            // named; a current one is not opened as a store (its close would wait to checkpoint a busy database)
            SqliteCaseStore.open(db).close();
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        for (int attempt = 1; ; attempt++) {
            try {
                BackupManifest m = createOnce(partial, madeBy == null ? "" : madeBy);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Backup of {} written to {}: {} cases, {} files, {} bytes", db, target, m.cases(), m.files(),
                        m.bytes());
                return m;
            } catch (FindingsChangedException e) {
                deleteTree(partial);
                if (attempt == ATTEMPTS) {
                    throw new StoreException(db + ": the cases changed during each of " + ATTEMPTS
                            + " backup attempts (" + e.getMessage() + "); try again later");
                }
                LOG.info("A case changed while it was backed up ({}); backing up again", e.getMessage());
            } catch (IOException | SQLException | RuntimeException e) {
                deleteTree(partial);
                if (e instanceof StoreException se && !(e.getCause() instanceof IOException)
                        && !(e.getCause() instanceof SQLException)) {
                    throw se;
                }
                throw new StoreException("cannot write the backup " + target + ": " + StorageErrors.describe(e)
                        + ". Nothing was kept of it; the case store was not changed.", e);
            }
        }
    }

    private BackupManifest createOnce(Path partial, String madeBy) throws IOException, SQLException {
        deleteTree(partial);
        createPrivateDirectory(partial);
        Path copy = partial.resolve(DATABASE);
        Instant created = Instant.now();
        // an encrypted store's backup stays encrypted with the same key; its key file goes with it (the backup
        // opens with the passphrase the store had when the backup was made)
        byte[] key = StoreKeyFile.exists(db) ? SqliteKeyring.key(db) : null;
        if (key != null) {
            copyDurably(StoreKeyFile.of(db), StoreKeyFile.of(copy));
            SqliteKeyring.put(copy, key);
        }
        try {
            return createOnce(partial, copy, created, key, madeBy);
        } finally {
            SqliteKeyring.forget(copy);
        }
    }

    private BackupManifest createOnce(Path partial, Path copy, Instant created, byte[] key, String madeBy)
            throws IOException, SQLException {
        onlineBackup(db, copy, key);
        // check the copy before anything else is copied: integrity, audit chain, the findings it needs
        checkIntegrity(copy);
        List<Long> tokens = findingTables(copy);
        long cases = tokens.size();
        AuditVerification audit;
        try (SqliteCaseStore s = SqliteCaseStore.open(copy)) {
            audit = s.audit().verify();
        }
        deleteIfExists(copy.resolveSibling(DATABASE + "-wal"));
        deleteIfExists(copy.resolveSibling(DATABASE + "-shm"));
        if (!audit.intact()) {
            throw new StoreException(db + ": the audit log is broken at entry " + audit.firstBroken() + " ("
                    + audit.problem() + "); no backup was written. Check it with `zenome audit verify`.");
        }
        Path sourceFindings = SqliteCaseStore.findingsDirectory(db);
        Path findings = partial.resolve(FINDINGS);
        createPrivateDirectory(findings);
        for (long token : tokens) {
            Path file = sourceFindings.resolve(SqliteCaseWriter.fileName(token));
            if (!Files.exists(file)) {
                // a case was replaced or deleted after the copy was taken: its old file is gone
                throw new FindingsChangedException(file.getFileName().toString());
            }
            copyDurably(file, findings.resolve(file.getFileName()));
            Path vcf = SqliteCaseWriter.sourceCopy(file);
            copyIfExists(vcf, findings.resolve(vcf.getFileName()));
            for (String suffix : SqliteCaseWriter.INDEX_SUFFIXES) {
                Path index = vcf.resolveSibling(vcf.getFileName() + suffix);
                copyIfExists(index, findings.resolve(index.getFileName()));
            }
        }
        Map<String, String> sums = checksums(partial);
        long bytes = 0;
        for (String f : sums.keySet()) {
            bytes += Files.size(partial.resolve(f));
        }
        BackupManifest m = new BackupManifest(created, SqliteCaseStore.SCHEMA_VERSION, zenomeVersion, db.toString(),
                cases, sums.size() + 1, bytes, audit.entries(), audit.headHash() == null ? "" : audit.headHash(), madeBy);
        Path manifest = partial.resolve(BackupManifest.FILE_NAME);
        createPrivateFile(manifest);
        m.write(manifest);
        sums.put(BackupManifest.FILE_NAME, sha256(manifest));
        writeSums(partial.resolve(BackupManifest.CHECKSUMS), sums);
        fsync(partial);
        fsync(findings);
        return m;
    }

    /** SQLite's online backup API, all pages in one step: one consistent moment of a database in use. */
    static void onlineBackup(Path source, Path copy, byte[] key) throws IOException, SQLException {
        createPrivateFile(copy);
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(15_000);
        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(source), cfg.toProperties())) {
            int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main",
                    key == null ? copy.toString() : SqliteKeyring.uri(copy, key), null, 100, 150, -1);
            if (rc != 0 && rc != 101) { // SQLITE_OK, SQLITE_DONE
                org.sqlite.SQLiteErrorCode code = org.sqlite.SQLiteErrorCode.getErrorCode(rc);
                throw new org.sqlite.SQLiteException("SQLite backup failed: " + code, code);
            }
        }
    }

    /** The highest applied migration, -1 when it cannot be read (then opening the store says why). */
    private static int schemaOf(Path database) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(15_000);
        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(database), cfg.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history "
                     + "WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static List<Long> findingTables(Path database) throws SQLException {
        List<Long> tokens = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(database));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT finding_table FROM patient_case ORDER BY id")) {
            while (rs.next()) {
                tokens.add(rs.getLong(1));
            }
        }
        return tokens;
    }

    private static void checkIntegrity(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(database));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new StoreException(database + ": integrity check failed: " + result);
            }
        }
    }

    // ---------------------------------------------------------------- verify

    @Override
    public BackupManifest verify(Path folder) {
        Path dir = folder.toAbsolutePath();
        BackupManifest m = checkFiles(dir);
        Path tmp;
        try {
            tmp = Files.createTempDirectory("zenome-verify");
        } catch (IOException e) {
            throw new StoreException("cannot check the backup " + dir + ": " + StorageErrors.describe(e), e);
        }
        Path copy = tmp.resolve(DATABASE);
        try {
            copyDurably(dir.resolve(DATABASE), copy);
            withKey(dir, copy);
            checkDatabase(dir, copy, m);
            return m;
        } catch (IOException e) {
            throw new StoreException("cannot check the backup " + dir + ": " + StorageErrors.describe(e), e);
        } finally {
            SqliteKeyring.forget(copy);
            deleteTree(tmp);
        }
    }

    /**
     * Gives {@code copy} (a copy of the backup's database) the backup's key file and key, when the backup is of an
     * encrypted store: the key the backup was unlocked with ({@link #unlock}), else the live store's when it opens
     * the backup (the same store, the same key).
     */
    private byte[] withKey(Path dir, Path copy) throws IOException {
        Path backupDb = dir.resolve(DATABASE);
        if (!StoreKeyFile.exists(backupDb)) {
            return null;
        }
        copyDurably(StoreKeyFile.of(backupDb), StoreKeyFile.of(copy));
        byte[] key = null;
        if (!SqliteKeyring.needsPassphrase(backupDb)) {
            key = SqliteKeyring.key(backupDb);
        } else if (StoreKeyFile.exists(db) && !SqliteKeyring.needsPassphrase(db) && opens(backupDb, SqliteKeyring.key(db))) {
            key = SqliteKeyring.key(db);
        }
        if (key == null) {
            throw new org.zenome.store.StoreLockedException(dir + ": the backup is of an encrypted store; it opens with "
                    + "the passphrase the store had when the backup was made (asked at the terminal, or the file named "
                    + "by ZENOME_PASSPHRASE_FILE). Nothing was changed.");
        }
        SqliteKeyring.put(copy, key);
        return key;
    }

    /** Unlocks an encrypted backup in {@code folder} with {@code passphrase} for this process. */
    public static void unlock(Path folder, char[] passphrase) {
        SqliteKeyring.unlock(folder.toAbsolutePath().resolve(DATABASE), passphrase);
    }

    /** Whether the backup in {@code folder} is of an encrypted store and not yet unlocked in this process. */
    public boolean needsPassphrase(Path folder) {
        Path backupDb = folder.toAbsolutePath().resolve(DATABASE);
        if (!SqliteKeyring.needsPassphrase(backupDb)) {
            return false;
        }
        return !(StoreKeyFile.exists(db) && !SqliteKeyring.needsPassphrase(db)
                && opens(backupDb, SqliteKeyring.key(db)));
    }

    private static boolean opens(Path database, byte[] key) {
        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(database, key) + "&mode=ro");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** The manifest, every checksum, and a schema this version can read. */
    private static BackupManifest checkFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BackupInvalidException(dir + ": no such backup folder");
        }
        Path sumsFile = dir.resolve(BackupManifest.CHECKSUMS);
        if (!Files.isRegularFile(sumsFile)) {
            throw new BackupInvalidException(dir + ": not a complete Zenome backup (no " + BackupManifest.CHECKSUMS
                    + ")");
        }
        Map<String, String> sums = readSums(sumsFile);
        BackupManifest m = BackupManifest.read(dir.resolve(BackupManifest.FILE_NAME));
        if (!sums.containsKey(BackupManifest.FILE_NAME) || !sums.containsKey(DATABASE)) {
            throw new BackupInvalidException(sumsFile + ": incomplete (the manifest or the database is not listed)");
        }
        for (Map.Entry<String, String> e : sums.entrySet()) {
            Path f = dir.resolve(e.getKey()).normalize();
            if (!f.startsWith(dir)) {
                throw new BackupInvalidException(sumsFile + ": names a file outside the backup: " + e.getKey());
            }
            if (!Files.isRegularFile(f)) {
                throw new BackupInvalidException(f + ": missing from the backup");
            }
            String actual;
            try {
                actual = sha256(f);
            } catch (IOException x) {
                throw new BackupInvalidException(f + ": cannot be read: " + x.getMessage(), x);
            }
            if (!actual.equals(e.getValue())) {
                throw new BackupInvalidException(f + ": damaged (its SHA-256 differs from " + BackupManifest.CHECKSUMS
                        + ")");
            }
        }
        if (m.schema() > SqliteCaseStore.SCHEMA_VERSION) {
            throw new BackupInvalidException(dir + ": written by a newer version of Zenome (schema " + m.schema()
                    + ", this version knows up to " + SqliteCaseStore.SCHEMA_VERSION + "); install that version or "
                    + "newer to restore it");
        }
        return m;
    }

    /** Integrity and audit chain of a copy of the backup's database (migrated there when it is older). */
    private static void checkDatabase(Path dir, Path copy, BackupManifest m) {
        try {
            checkIntegrity(copy);
        } catch (SQLException | StoreException e) {
            throw new BackupInvalidException(dir.resolve(DATABASE) + ": integrity check failed: " + e.getMessage(), e);
        }
        AuditVerification audit;
        try (SqliteCaseStore s = SqliteCaseStore.open(copy)) {
            audit = s.audit().verify();
        } catch (StoreException e) {
            throw new BackupInvalidException(dir.resolve(DATABASE) + ": cannot be opened: " + e.getMessage(), e);
        }
        if (!audit.intact()) {
            throw new BackupInvalidException(dir.resolve(DATABASE) + ": audit log broken at entry "
                    + audit.firstBroken() + ": " + audit.problem());
        }
        if (audit.entries() != m.auditEntries()
                || !(audit.headHash() == null ? "" : audit.headHash()).equals(m.auditHead())) {
            throw new BackupInvalidException(dir.resolve(DATABASE) + ": its audit log (" + audit.entries()
                    + " entries) differs from the manifest's (" + m.auditEntries() + ")");
        }
    }

    // ---------------------------------------------------------------- restore

    @Override
    public RestoreResult restore(Path folder, boolean overwriteNewer) {
        Path dir = folder.toAbsolutePath();
        BackupManifest m = checkFiles(dir);
        if (Files.exists(db)) {
            refuseIfInUse();
        }
        if (Files.exists(db) && !overwriteNewer) {
            refuseIfNewer(m, dir);
        }
        Path restoring = db.resolveSibling(db.getFileName() + ".restoring");
        Path restoringFindings = SqliteCaseStore.findingsDirectory(restoring);
        deleteStore(restoring);
        byte[] key = null;
        try {
            Files.createDirectories(db.getParent());
            copyDurably(dir.resolve(DATABASE), restoring);
            key = withKey(dir, restoring);
            createPrivateDirectory(restoringFindings);
            Path findings = dir.resolve(FINDINGS);
            if (Files.isDirectory(findings)) {
                try (Stream<Path> files = Files.list(findings)) {
                    for (Path f : files.toList()) {
                        copyDurably(f, restoringFindings.resolve(f.getFileName()));
                    }
                }
            }
            checkDatabase(dir, restoring, m);
            deleteIfExists(restoring.resolveSibling(restoring.getFileName() + "-wal"));
            deleteIfExists(restoring.resolveSibling(restoring.getFileName() + "-shm"));
            Path previous = null;
            if (Files.exists(db)) {
                String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                        .format(Instant.now());
                previous = db.resolveSibling(db.getFileName() + ".before-restore-" + stamp);
                for (int n = 2; Files.exists(previous) || Files.exists(SqliteCaseStore.findingsDirectory(previous));
                     n++) {
                    previous = db.resolveSibling(db.getFileName() + ".before-restore-" + stamp + "-" + n);
                }
                moveStore(db, previous);
            } else {
                deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
                deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
                deleteTree(SqliteCaseStore.findingsDirectory(db));
            }
            // findings first: a database is never in place without the files it names (nor without its key file)
            Files.move(restoringFindings, SqliteCaseStore.findingsDirectory(db), StandardCopyOption.ATOMIC_MOVE);
            if (key != null) {
                Files.move(StoreKeyFile.of(restoring), StoreKeyFile.of(db), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(restoring, db, StandardCopyOption.ATOMIC_MOVE);
            SqliteCaseStore.restrictPermissions(db);
            if (key != null) {
                SqliteKeyring.put(db, key);
            } else {
                SqliteKeyring.forget(db);
            }
            LOG.info("Restored {} from the backup {} of {} ({} cases); the replaced store was kept as {}", db, dir,
                    m.created(), m.cases(), previous);
            return new RestoreResult(m, previous);
        } catch (IOException e) {
            deleteStore(restoring);
            throw new StoreException("cannot restore " + db + " from " + dir + ": " + StorageErrors.describe(e)
                    + ". The case store was not changed.", e);
        } catch (RuntimeException e) {
            deleteStore(restoring);
            throw e;
        } finally {
            SqliteKeyring.forget(restoring);
        }
    }

    /**
     * A store another connection has open (the desktop, a command) is not replaced under it: an exclusive lock in
     * exclusive locking mode is refused while any other connection holds the database open, even idle (WAL).
     */
    private void refuseIfInUse() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(2_000);
        cfg.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        // an encrypted store still locks (the lock is taken before any page is read), whatever the key
        try (Connection c = DriverManager.getConnection(StoreKeyFile.exists(db) && SqliteKeyring.needsPassphrase(db)
                ? SqliteKeyring.url(db, new byte[32]) : SqliteKeyring.url(db), cfg.toProperties());
             Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
        } catch (SQLException e) {
            if (e instanceof org.sqlite.SQLiteException se
                    && se.getResultCode().name().startsWith("SQLITE_BUSY")) {
                throw new StoreException(db + " is in use (Zenome or another program has it open); close it and "
                        + "restore again. Nothing was changed.");
            }
            // an unreadable store: the newer-store check names it
        }
    }

    /** A store with work the backup lacks, or one that cannot be read, is only replaced when asked to. */
    private void refuseIfNewer(BackupManifest m, Path dir) {
        Path backupDb = dir.resolve(DATABASE);
        if (SqliteKeyring.needsPassphrase(db) && StoreKeyFile.exists(backupDb)
                && !SqliteKeyring.needsPassphrase(backupDb) && opens(db, SqliteKeyring.key(backupDb))) {
            SqliteKeyring.put(db, SqliteKeyring.key(backupDb)); // the same store: the backup's key opens it
        }
        AuditVerification current;
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            current = s.audit().verify();
        } catch (StoreException e) {
            throw new NewerStoreException(db + " cannot be read (" + e.getMessage() + "); restoring would replace "
                    + "it: repeat with --force to do so (it is kept beside the restored store)");
        }
        String head = current.headHash() == null ? "" : current.headHash();
        boolean same = current.intact() && current.entries() == m.auditEntries() && head.equals(m.auditHead());
        boolean older = current.intact() && current.entries() < m.auditEntries();
        if (!same && !older) {
            throw new NewerStoreException(db + " holds work the backup of " + m.created() + " lacks (audit log: "
                    + current.entries() + " entries, the backup's " + m.auditEntries()
                    + (current.intact() ? "" : ", broken at entry " + current.firstBroken())
                    + "); restoring would lose it. Repeat with --force to restore anyway (the current store is kept "
                    + "beside it). Nothing was changed.");
        }
    }

    private static void moveStore(Path from, Path to) throws IOException {
        if (Files.exists(StoreKeyFile.of(from))) {
            Files.move(StoreKeyFile.of(from), StoreKeyFile.of(to), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path f = from.resolveSibling(from.getFileName() + suffix);
            if (Files.exists(f)) {
                Files.move(f, to.resolveSibling(to.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Path findings = SqliteCaseStore.findingsDirectory(from);
        if (Files.exists(findings)) {
            Files.move(findings, SqliteCaseStore.findingsDirectory(to), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteStore(Path database) {
        deleteIfExists(StoreKeyFile.of(database));
        deleteIfExists(database);
        deleteIfExists(database.resolveSibling(database.getFileName() + "-wal"));
        deleteIfExists(database.resolveSibling(database.getFileName() + "-shm"));
        deleteTree(SqliteCaseStore.findingsDirectory(database));
    }

    // ---------------------------------------------------------------- files

    private static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path f : files) {
            sums.put(dir.relativize(f).toString().replace('\\', '/'), sha256(f));
        }
        return sums;
    }

    private static void writeSums(Path file, Map<String, String> sums) throws IOException {
        StringBuilder sb = new StringBuilder();
        sums.forEach((name, hash) -> sb.append(hash).append("  ").append(name).append('\n'));
        createPrivateFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    private static Map<String, String> readSums(Path file) {
        Map<String, String> sums = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                int sep = line.indexOf("  ");
                if (sep != 64 || !line.substring(0, 64).matches("[0-9a-f]{64}")) {
                    throw new BackupInvalidException(file + ":" + n + ": not a SHA-256 checksum line");
                }
                sums.put(line.substring(66), line.substring(0, 64));
            }
        } catch (IOException e) {
            throw new BackupInvalidException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return sums;
    }

    static String sha256(Path f) throws IOException {
        return org.zenome.plugin.Checksums.sha256(f);
    }

    private static void copyIfExists(Path from, Path to) throws IOException {
        try {
            copyDurably(from, to);
        } catch (NoSuchFileException e) {
            if (!e.getFile().equals(from.toString())) {
                throw e;
            }
        }
    }

    /** Copies a file to a new owner-only file and forces it to the disk. */
    static void copyDurably(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ)) {
            createPrivateFile(to);
            try (FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE)) {
                long size = in.size();
                long done = 0;
                while (done < size) {
                    done += in.transferTo(done, size - done, out);
                }
                out.force(true);
            }
        }
    }

    private static void fsync(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot sync directory {}", dir, e); // not possible on every OS; the files are synced
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateFile(Path p) throws IOException {
        if (posix()) {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(p);
        }
    }

    static void createPrivateDirectory(Path p) throws IOException {
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        if (posix()) {
            Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(p);
        }
    }

    private static void deleteIfExists(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: {}", p, e.getMessage());
        }
    }

    /** Removes a folder and everything in it (quietly; a leftover is logged). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(SqliteStoreBackup::deleteIfExists);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot remove {}: {}", dir, e.getMessage());
        }
    }

    /** A findings file named by the copy disappeared (its case was replaced meanwhile). */
    private static final class FindingsChangedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FindingsChangedException(String file) {
            super(file);
        }
    }
}
