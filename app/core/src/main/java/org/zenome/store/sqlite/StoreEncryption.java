package org.zenome.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.store.InvalidStoreException;
import org.zenome.store.StoreException;

/**
 * Turns a plain SQLite store into an encrypted one and back, and changes its passphrase (docs/adr/
 * encryption-at-rest.md). Every SQLite file of the store (the database, the findings files, the copies kept before
 * migrations and restores) is rewritten with {@code VACUUM INTO} to a new file beside it, each new file is flushed,
 * then one atomic step commits the change (the key file appears, or is renamed aside), then the new files replace the
 * old ones. A crash before the commit leaves the store as it was (the new files are removed at the next open); a crash
 * after it is finished at the next open ({@link #recover}). The store must not be open elsewhere: its database is
 * locked exclusively for the whole change.
 */
public final class StoreEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(StoreEncryption.class);
    static final String ENCRYPTING = ".encrypting";
    static final String DECRYPTING = ".decrypting";
    static final String RETIRING = ".retiring";

    /** What a change did: the files rewritten. */
    public record Result(Path database, int files, long bytes) {
    }

    private StoreEncryption() {
    }

    /**
     * Encrypts the plain store {@code db} under a new data key wrapped with {@code passphrase}.
     *
     * @throws StoreException when it is already encrypted, in use, or cannot be written; nothing is changed then
     */
    public static Result encrypt(Path db, char[] passphrase) {
        Path abs = db.toAbsolutePath().normalize();
        SqliteNative.init();
        if (!SqliteNative.encryptionAvailable()) {
            throw new StoreException(abs + ": this installation's SQLite cannot encrypt (SQLite3 Multiple Ciphers was "
                    + "not built for " + SqliteNative.platform() + "); nothing was changed");
        }
        if (StoreKeyFile.exists(abs)) {
            throw new StoreException(abs + ": the store is already encrypted (change its passphrase with "
                    + "zenome db passphrase); nothing was changed");
        }
        SqliteCaseStore.open(abs).close(); // a Zenome store, migrated, orphans cleaned
        byte[] key = StoreKeyFile.newDataKey();
        try (Connection lock = exclusive(abs, null)) {
            List<Path> files = files(abs, false);
            List<Path> made = new ArrayList<>();
            long bytes = 0;
            try {
                for (Path f : files) {
                    Path out = f.resolveSibling(f.getFileName() + ENCRYPTING);
                    vacuumInto(f.equals(abs) ? lock : null, f, null, out, SqliteKeyring.uri(out, key));
                    made.add(out);
                    Path vcf = SqliteCaseWriter.sourceCopy(f);
                    if (isFindings(f) && Files.isRegularFile(vcf)) {
                        // the kept VCF goes inside the encrypted findings file
                        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(out, key))) {
                            c.setAutoCommit(false);
                            SqliteCaseWriter.storeChunks(c, vcf);
                            c.commit();
                        }
                    }
                    bytes += Files.size(out);
                }
                StoreKeyFile.write(StoreKeyFile.of(abs), key, passphrase); // the commit point
            } catch (RuntimeException | IOException | SQLException e) {
                for (Path m : made) {
                    deleteQuietly(m);
                }
                throw new StoreException(abs + ": cannot encrypt the store: " + StorageErrors.describe(e)
                        + "; nothing was changed", e);
            }
            SqliteKeyring.put(abs, key);
            finish(abs, ENCRYPTING);
            LOG.info("Encrypted the case store {} ({} files)", abs, files.size());
            return new Result(abs, files.size(), bytes);
        } catch (SQLException | IOException e) {
            throw new StoreException(abs + ": cannot encrypt the store: " + StorageErrors.describe(e), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Decrypts the encrypted store {@code db} (its passphrase checked first). */
    public static Result decrypt(Path db, char[] passphrase) {
        Path abs = db.toAbsolutePath().normalize();
        if (!StoreKeyFile.exists(abs)) {
            throw new StoreException(abs + ": the store is not encrypted; nothing was changed");
        }
        SqliteKeyring.unlock(abs, passphrase);
        SqliteCaseStore.open(abs).close();
        byte[] key = SqliteKeyring.key(abs);
        try (Connection lock = exclusive(abs, key)) {
            List<Path> files = files(abs, true);
            List<Path> made = new ArrayList<>();
            long bytes = 0;
            Path keyFile = StoreKeyFile.of(abs);
            try {
                for (Path f : files) {
                    Path out = f.resolveSibling(f.getFileName() + DECRYPTING);
                    vacuumInto(f.equals(abs) ? lock : null, f, key, out, SqliteKeyring.plainUri(out));
                    made.add(out);
                    if (isFindings(f)) {
                        // the kept VCF comes out of the findings file beside it again
                        Path vcf = SqliteCaseWriter.sourceCopy(f);
                        Path vcfOut = vcf.resolveSibling(vcf.getFileName() + DECRYPTING);
                        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(out, null));
                             Statement s = c.createStatement()) {
                            boolean kept;
                            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = "
                                    + "'source_chunk'")) {
                                kept = rs.next() && rs.getInt(1) > 0;
                            }
                            if (kept) {
                                try (var in = new org.zenome.store.jdbc.SourceChunks(c, "")) {
                                    made.add(vcfOut);
                                    Files.copy(in, vcfOut, StandardCopyOption.REPLACE_EXISTING);
                                }
                                SqliteCaseStore.restrictPermissions(vcfOut);
                                s.execute("DROP TABLE source_chunk");
                                s.execute("DELETE FROM meta WHERE key = 'source_size'");
                            }
                        }
                    }
                    bytes += Files.size(out);
                }
                // the commit point: without the key file the store is plain
                Files.move(keyFile, keyFile.resolveSibling(keyFile.getFileName() + RETIRING),
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (RuntimeException | IOException | SQLException e) {
                for (Path m : made) {
                    deleteQuietly(m);
                }
                throw new StoreException(abs + ": cannot decrypt the store: " + StorageErrors.describe(e)
                        + "; nothing was changed", e);
            }
            finish(abs, DECRYPTING);
            SqliteKeyring.forget(abs);
            LOG.info("Decrypted the case store {} ({} files)", abs, files.size());
            return new Result(abs, files.size(), bytes);
        } catch (SQLException | IOException e) {
            throw new StoreException(abs + ": cannot decrypt the store: " + StorageErrors.describe(e), e);
        }
    }

    /** Rewraps the store's data key under {@code newPassphrase}; the databases are not rewritten. */
    public static void changePassphrase(Path db, char[] oldPassphrase, char[] newPassphrase) {
        Path abs = db.toAbsolutePath().normalize();
        if (!StoreKeyFile.exists(abs)) {
            throw new StoreException(abs + ": the store is not encrypted (encrypt it with zenome db encrypt); "
                    + "nothing was changed");
        }
        byte[] key = StoreKeyFile.unlock(StoreKeyFile.of(abs), oldPassphrase);
        try {
            StoreKeyFile.write(StoreKeyFile.of(abs), key, newPassphrase);
            SqliteKeyring.put(abs, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        LOG.info("Changed the passphrase of the encrypted case store {}", abs);
    }

    /**
     * Completes or undoes a change a crash interrupted, before the store is opened: with the key file present, an
     * encryption is finished and a decryption's new files are removed; with the key file renamed aside, a decryption
     * is finished; with neither, an encryption's new files are removed.
     */
    static void recover(Path abs) {
        Path keyFile = StoreKeyFile.of(abs);
        Path retiring = keyFile.resolveSibling(keyFile.getFileName() + RETIRING);
        boolean key = Files.exists(keyFile);
        try {
            if (Files.exists(retiring)) {
                if (key) {
                    Files.delete(retiring);
                } else {
                    LOG.warn("Finishing the interrupted decryption of the case store {}", abs);
                    finish(abs, DECRYPTING);
                }
            }
            for (Path leftover : leftovers(abs, key ? DECRYPTING : ENCRYPTING)) {
                Files.deleteIfExists(leftover);
            }
            if (key && !leftovers(abs, ENCRYPTING).isEmpty()) {
                LOG.warn("Finishing the interrupted encryption of the case store {}", abs);
                finish(abs, ENCRYPTING);
            } else if (key) {
                dropClearCopies(abs);
            }
        } catch (IOException e) {
            throw new StoreException(abs + ": cannot finish the interrupted encryption change of the store: "
                    + e.getMessage(), e);
        }
    }

    /** Moves every {@code NAME+suffix} over {@code NAME} (removing NAME's WAL), then drops a retired key file. */
    private static void finish(Path abs, String suffix) {
        try {
            for (Path made : leftovers(abs, suffix)) {
                String n = made.getFileName().toString();
                Path target = made.resolveSibling(n.substring(0, n.length() - suffix.length()));
                boolean kept = isKeptStore(abs, target);
                if (kept && suffix.equals(ENCRYPTING)) {
                    // a store kept by a restore opens as a store of its own: it gets the same key file
                    Files.copy(StoreKeyFile.of(abs), StoreKeyFile.of(target), StandardCopyOption.REPLACE_EXISTING);
                    SqliteCaseStore.restrictPermissions(StoreKeyFile.of(target));
                }
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-wal"));
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
                Files.move(made, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                if (kept && suffix.equals(DECRYPTING)) {
                    Files.deleteIfExists(StoreKeyFile.of(target));
                }
            }
            Path keyFile = StoreKeyFile.of(abs);
            Files.deleteIfExists(keyFile.resolveSibling(keyFile.getFileName() + RETIRING));
            if (suffix.equals(ENCRYPTING)) {
                dropClearCopies(abs);
            }
        } catch (IOException e) {
            throw new StoreException(abs + ": cannot replace the store's files (the change is finished when the store "
                    + "is next opened): " + e.getMessage(), e);
        }
    }

    /**
     * The store's SQLite files: the database, its findings files, the copies kept before migrations, and the stores
     * kept before restores ({@code NAME.before-restore-*} with their findings) that are in the same state (plain when
     * encrypting; under the same key file when decrypting; one with a key of its own is left as it is).
     */
    static List<Path> files(Path abs, boolean decrypting) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(abs);
        addFindings(abs, files);
        String name = abs.getFileName().toString();
        byte[] mainKey = decrypting ? Files.readAllBytes(StoreKeyFile.of(abs)) : null;
        try (Stream<Path> s = Files.list(abs.getParent())) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(name + ".v") && n.endsWith(".backup")) {
                    files.add(p);
                } else if (isKeptStore(abs, p)) {
                    Path key = StoreKeyFile.of(p);
                    boolean inStep = decrypting ? Files.exists(key) && Arrays.equals(Files.readAllBytes(key), mainKey)
                            : !Files.exists(key);
                    if (inStep) {
                        files.add(p);
                        addFindings(p, files);
                    }
                }
            }
        }
        return files;
    }

    private static boolean isFindings(Path f) {
        Path parent = f.getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().endsWith(".findings");
    }

    /**
     * In an encrypted store the kept VCFs are inside the findings files: a clear copy beside one (and its index) is
     * what an encryption left, removed once the encrypted findings file is in place.
     */
    private static void dropClearCopies(Path abs) throws IOException {
        String name = abs.getFileName().toString();
        try (Stream<Path> s = Files.list(abs.getParent())) {
            for (Path d : s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(name)
                    && p.getFileName().toString().endsWith(".findings")).toList()) {
                try (Stream<Path> files = Files.list(d)) {
                    for (Path f : files.toList()) {
                        String n = f.getFileName().toString();
                        int at = n.indexOf(".vcf.gz");
                        if (at > 0 && !n.endsWith(ENCRYPTING) && !n.endsWith(DECRYPTING)
                                && Files.exists(f.resolveSibling(n.substring(0, at) + ".db"))) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
            }
        }
    }

    /** A store kept beside {@code abs} by a restore (its database file). */
    static boolean isKeptStore(Path abs, Path p) {
        String n = p.getFileName().toString();
        return p.getParent().equals(abs.getParent()) && n.startsWith(abs.getFileName() + ".before-restore-")
                && !n.endsWith("-wal") && !n.endsWith("-shm") && !n.endsWith(".key") && !n.endsWith(ENCRYPTING)
                && !n.endsWith(DECRYPTING) && !n.endsWith(RETIRING) && !n.endsWith(".partial");
    }

    private static void addFindings(Path db, List<Path> files) throws IOException {
        Path findings = SqliteCaseStore.findingsDirectory(db);
        if (Files.isDirectory(findings)) {
            try (Stream<Path> s = Files.list(findings)) {
                s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".db")).sorted()
                        .forEach(files::add);
            }
        }
    }

    private static List<Path> leftovers(Path abs, String suffix) throws IOException {
        List<Path> out = new ArrayList<>();
        String name = abs.getFileName().toString();
        if (!Files.isDirectory(abs.getParent())) {
            return out;
        }
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(abs.getParent())) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(name)).toList()) {
                if (Files.isDirectory(p) && p.getFileName().toString().endsWith(".findings")) {
                    dirs.add(p);
                } else if (p.getFileName().toString().endsWith(suffix)) {
                    out.add(p);
                }
            }
        }
        for (Path d : dirs) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(suffix)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The database locked against every other connection (exclusive locking mode, a write transaction committed):
     * held until closed. Another process using the store makes this fail after the busy timeout.
     */
    private static Connection exclusive(Path abs, byte[] key) throws SQLException {
        Connection c = DriverManager.getConnection(SqliteKeyring.url(abs, key));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA busy_timeout=3000");
            try (ResultSet rs = s.executeQuery("PRAGMA locking_mode=EXCLUSIVE")) {
                rs.next();
            }
            try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rs.next();
            }
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
        } catch (SQLException e) {
            c.close();
            if (e.getMessage() != null && (e.getMessage().contains("SQLITE_BUSY") || e.getMessage().contains("locked"))) {
                throw new StoreException(abs + ": the store is open in another Zenome (a window or a command); close it "
                        + "there first. Nothing was changed.", e);
            }
            throw e;
        }
        return c;
    }

    /** A consistent copy of {@code from} (opened with {@code fromKey}) written to {@code uri}, flushed to disk. */
    private static void vacuumInto(Connection open, Path from, byte[] fromKey, Path out, String uri)
            throws SQLException, IOException {
        Files.deleteIfExists(out);
        Connection c = open != null ? open : DriverManager.getConnection(SqliteKeyring.url(from, fromKey));
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, uri);
            ps.execute();
        } finally {
            if (open == null) {
                c.close();
            }
        }
        if (!Files.isRegularFile(out)) {
            throw new InvalidStoreException(out + ": the rewritten copy of " + from + " was not written");
        }
        SqliteCaseStore.restrictPermissions(out);
        try (FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: {}", p, e.getMessage());
        }
    }
}
