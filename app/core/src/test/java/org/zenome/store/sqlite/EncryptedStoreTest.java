package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEvent;
import org.zenome.store.StoreLockedException;
import org.zenome.store.WrongPassphraseException;
import org.zenome.testing.TestImports;

/**
 * Encryption of the live SQLite store at rest (SQLite3 Multiple Ciphers, issue 9) on a real store: a BGZF case with
 * its findings file, a trio fixture, audit entries. Through the command line: encrypt, every SQLite file unreadable
 * without the key (no SQLite header, no case ID or sample name in its bytes), the store refused without the
 * passphrase and with a wrong one, the same findings with it, a new import encrypted, a passphrase change that does
 * not rewrite the data, an encrypted backup restored elsewhere, decryption back to a plain store, and a crash during
 * the change finished or undone at the next open. "A new process" is simulated by forgetting the unlocked key.
 */
class EncryptedStoreTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String OTHER = "a different long passphrase";

    @TempDir
    Path dir;
    Path db;
    Path passFile;
    Path bgzf;

    @BeforeAll
    static void sqlite3mc() {
        Assumptions.assumeTrue(SqliteNative.encryptionAvailable(), "SQLite3 Multiple Ciphers was not built here "
                + "(gcc missing when app/core was built): encrypted stores are not tested");
    }

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("data").resolve("zenome.db");
        Files.createDirectories(db.getParent());
        bgzf = ImportKillTest.writeVcf(dir.resolve("a.vcf.gz"), 3000);
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            TestImports.importVcf(s, "CASE-A", bgzf);
            TestImports.importVcf(s, "CASE-B", TestImports.fixture("trio_grch38.vcf"));
            s.audit().append("sato", new AuditEvent("case.note", "case", "CASE-A", "CASE-A", null, "{\"n\":1}"));
        }
        passFile = Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void forgetKeys() {
        SqliteKeyring.forget(db);
    }

    private Map<String, List<String>> contents(SqliteCaseStore s) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : List.of("CASE-A", "CASE-B")) {
            var c = s.cases().find(id).orElseThrow();
            out.put(id, TestImports.labels(TestImports.all(s, c.id())));
        }
        return out;
    }

    private List<Path> sqliteFiles() throws Exception {
        List<Path> files = new ArrayList<>(List.of(db));
        try (Stream<Path> f = Files.list(SqliteCaseStore.findingsDirectory(db))) {
            f.filter(p -> p.toString().endsWith(".db")).sorted().forEach(files::add);
        }
        return files;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private TestImports.CliRun encrypt() {
        var r = TestImports.cli("db", "encrypt", "--db", db.toString(), "--passphrase-file", passFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    @Test
    void encryptedStoreIsUnreadableWithoutThePassphraseAndTheSameWithIt() throws Exception {
        Map<String, List<String>> before;
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            before = contents(s);
        }
        // plain: the case IDs and sample names are in the files
        assertThat(contains(Files.readAllBytes(db), "CASE-A")).isTrue();

        var r = encrypt();
        String[] cols = r.out().trim().split("\t");
        assertThat(cols[0]).isEqualTo("encrypted");
        assertThat(cols[1]).isEqualTo(db.toAbsolutePath().toString());
        assertThat(Integer.parseInt(cols[2])).isEqualTo(3); // the database and two findings files
        assertThat(StoreKeyFile.exists(db)).isTrue();
        for (Path f : sqliteFiles()) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(new String(bytes, 0, 16, StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotStartWith("SQLite format 3");
            assertThat(contains(bytes, "CASE-A") || contains(bytes, "CASE-B") || contains(bytes, "MOTHER"))
                    .as(f + " holds clear text").isFalse();
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StoreKeyFile.of(db))))
                    .isEqualTo("rw-------");
        }
        try (Stream<Path> beside = Files.list(db.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(StoreEncryption.ENCRYPTING) || n.endsWith(".partial"));
        }
        // the kept copy of the BGZF VCF moved inside the encrypted findings file: no clear copy, no index, left
        try (Stream<Path> f = Files.list(SqliteCaseStore.findingsDirectory(db))) {
            assertThat(f.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".db"));
        }

        // a new process: locked without the passphrase, refused with a wrong one, nothing changed
        SqliteKeyring.forget(db);
        byte[] dbBytes = Files.readAllBytes(db);
        assertThatThrownBy(() -> SqliteCaseStore.open(db)).isInstanceOf(StoreLockedException.class)
                .hasMessageContaining(db.toString()).hasMessageContaining("encrypted");
        var locked = TestImports.cli("cases", "--db", db.toString());
        assertThat(locked.exit()).isEqualTo(2);
        assertThat(locked.err()).contains("encrypted").contains("ZENOME_PASSPHRASE_FILE");
        assertThatThrownBy(() -> SqliteKeyring.unlock(db, OTHER.toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).hasMessageContaining("wrong passphrase");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), OTHER + "\n");
        var refused = TestImports.cli("db", "decrypt", "--db", db.toString(), "--passphrase-file", wrong.toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(Files.readAllBytes(db)).isEqualTo(dbBytes);

        // with it: the same cases and findings, integrity and audit intact; a new import is encrypted too
        SqliteKeyring.unlock(db, PASSPHRASE.toCharArray());
        Path session;
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(contents(s)).isEqualTo(before);
            assertThat(s.audit().verify().intact()).isTrue();
            // a record's line read back from the encrypted copy; the browser's copy is the original, for the session
            long pk = s.cases().find("CASE-A").orElseThrow().id();
            long findingId = s.findings().query(pk, org.zenome.domain.VariantFilter.all(), 0, 1).get(0).id();
            assertThat(s.findings().detail(findingId)).isPresent();
            session = s.cases().variantFile(pk).orElseThrow();
            assertThat(sha(Files.readAllBytes(session))).isEqualTo(sha(Files.readAllBytes(bgzf)));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(session.getParent())))
                        .isEqualTo("rwx------");
            }
            TestImports.importVcf(s, "CASE-C", bgzf);
        }
        assertThat(session).doesNotExist();
        try (Stream<Path> f = Files.list(SqliteCaseStore.findingsDirectory(db))) {
            assertThat(f.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".db"));
        }
        for (Path f : sqliteFiles()) {
            assertThat(contains(Files.readAllBytes(f), "CASE-C")).as(f.toString()).isFalse();
        }
        try (var c = java.sql.DriverManager.getConnection(SqliteKeyring.url(db));
             var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next() && "ok".equals(rs.getString(1))).isTrue();
        }
        // the command line reads the passphrase from a file too
        var again = TestImports.cli("db", "encrypt", "--db", db.toString(), "--passphrase-file", passFile.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already encrypted");
    }

    @Test
    void passphraseChangeRewrapsTheKeyOnly() throws Exception {
        encrypt();
        byte[] data = Files.readAllBytes(db);
        Path newFile = Files.writeString(dir.resolve("new.txt"), OTHER + "\n");
        var r = TestImports.cli("db", "passphrase", "--db", db.toString(), "--passphrase-file", passFile.toString(),
                "--new-passphrase-file", newFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().trim()).isEqualTo("passphrase\t" + db.toAbsolutePath() + "\tchanged");
        assertThat(sha(Files.readAllBytes(db))).isEqualTo(sha(data));
        SqliteKeyring.forget(db);
        assertThatThrownBy(() -> SqliteKeyring.unlock(db, PASSPHRASE.toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        SqliteKeyring.unlock(db, OTHER.toCharArray());
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).hasSize(2);
        }
        // a too-short new passphrase is refused (exit 3 from a file) and the old one still works
        Path shortFile = Files.writeString(dir.resolve("short.txt"), "short\n");
        var tooShort = TestImports.cli("db", "passphrase", "--db", db.toString(), "--passphrase-file",
                newFile.toString(), "--new-passphrase-file", shortFile.toString());
        assertThat(tooShort.exit()).isEqualTo(3);
        SqliteKeyring.forget(db);
        SqliteKeyring.unlock(db, OTHER.toCharArray());
    }

    @Test
    void backupOfAnEncryptedStoreStaysEncryptedAndRestoresElsewhere() throws Exception {
        encrypt();
        Map<String, List<String>> before;
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            before = contents(s);
        }
        var b = TestImports.cli("backup", "--db", db.toString(), "--to", dir.resolve("backups").toString());
        assertThat(b.exit()).as(b.err()).isZero();
        Path backup = Path.of(b.out().trim().split("\t")[1]);
        assertThat(backup.resolve("zenome.db.key")).exists();
        byte[] copy = Files.readAllBytes(backup.resolve("zenome.db"));
        assertThat(new String(copy, 0, 16, StandardCharsets.ISO_8859_1)).doesNotStartWith("SQLite format 3");
        assertThat(contains(copy, "CASE-A")).isFalse();

        // another workstation: nothing unlocked; the backup asks for its passphrase
        SqliteKeyring.forget(db);
        Path other = dir.resolve("elsewhere").resolve("restored.db");
        var noPass = TestImports.cli("restore", "--db", other.toString(), backup.toString());
        assertThat(noPass.exit()).isEqualTo(2);
        assertThat(other).doesNotExist();
        var restored = TestImports.cli("restore", "--db", other.toString(), "--passphrase-file", passFile.toString(),
                backup.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(StoreKeyFile.of(other)).exists();
        SqliteKeyring.forget(other);
        SqliteKeyring.unlock(other, PASSPHRASE.toCharArray());
        try (SqliteCaseStore s = SqliteCaseStore.open(other)) {
            assertThat(contents(s)).isEqualTo(before);
            assertThat(s.audit().verify().intact()).isTrue();
        } finally {
            SqliteKeyring.forget(other);
        }
    }

    @Test
    void decryptTurnsItBackIntoAPlainStore() throws Exception {
        Map<String, List<String>> before;
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            before = contents(s);
        }
        encrypt();
        SqliteKeyring.forget(db);
        var r = TestImports.cli("db", "decrypt", "--db", db.toString(), "--passphrase-file", passFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("decrypted\t");
        assertThat(StoreKeyFile.exists(db)).isFalse();
        for (Path f : sqliteFiles()) {
            assertThat(new String(Files.readAllBytes(f), 0, 15, StandardCharsets.ISO_8859_1)).as(f.toString())
                    .isEqualTo("SQLite format 3");
        }
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(contents(s)).isEqualTo(before);
            // the kept VCF is a file beside its findings again, as imported
            long pk = s.cases().find("CASE-A").orElseThrow().id();
            Path copy = s.cases().variantFile(pk).orElseThrow();
            assertThat(copy.getParent()).isEqualTo(SqliteCaseStore.findingsDirectory(db.toAbsolutePath()));
            assertThat(sha(Files.readAllBytes(copy))).isEqualTo(sha(Files.readAllBytes(bgzf)));
            long findingId = s.findings().query(pk, org.zenome.domain.VariantFilter.all(), 0, 1).get(0).id();
            assertThat(s.findings().detail(findingId)).isPresent();
        }
    }

    @Test
    void aCrashDuringTheChangeIsFinishedOrUndoneAtTheNextOpen() throws Exception {
        Map<String, List<String>> before;
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            before = contents(s);
        }
        // the state of a crash after the new files were written but before the key file (the commit): undone
        Path plainCopy = dir.resolve("plain");
        copyStore(db, plainCopy);
        encrypt();
        Path encryptedCopy = dir.resolve("encrypted");
        copyStore(db, encryptedCopy);
        SqliteKeyring.forget(db);
        Files.delete(StoreKeyFile.of(db));
        restoreStore(plainCopy, db, "");
        restoreStore(encryptedCopy, db, StoreEncryption.ENCRYPTING); // the encrypted files as left-over new files
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(contents(s)).isEqualTo(before);
        }
        assertThat(leftovers()).isEmpty();
        assertThat(new String(Files.readAllBytes(db), 0, 15, StandardCharsets.ISO_8859_1)).isEqualTo("SQLite format 3");

        // the state of a crash after the commit, before the new files replaced the old: finished
        restoreStore(encryptedCopy, db, StoreEncryption.ENCRYPTING);
        Files.copy(encryptedCopy.resolve("zenome.db.key"), StoreKeyFile.of(db));
        SqliteKeyring.unlock(db, PASSPHRASE.toCharArray());
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(contents(s)).isEqualTo(before);
        }
        assertThat(leftovers()).isEmpty();
        assertThat(new String(Files.readAllBytes(db), 0, 15, StandardCharsets.ISO_8859_1))
                .isNotEqualTo("SQLite format 3");
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> all = Files.walk(db.getParent())) {
            return all.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(StoreEncryption.ENCRYPTING) || n.endsWith(StoreEncryption.DECRYPTING))
                    .toList();
        }
    }

    /** Copies the store's database, key file and findings files into {@code to}. */
    private static void copyStore(Path db, Path to) throws Exception {
        Files.createDirectories(to.resolve("findings"));
        Files.copy(db, to.resolve("zenome.db"));
        if (StoreKeyFile.exists(db)) {
            Files.copy(StoreKeyFile.of(db), to.resolve("zenome.db.key"));
        }
        try (Stream<Path> f = Files.list(SqliteCaseStore.findingsDirectory(db))) {
            for (Path p : f.filter(p -> p.toString().endsWith(".db")).toList()) {
                Files.copy(p, to.resolve("findings").resolve(p.getFileName()));
            }
        }
    }

    /** Puts a copied store's database and findings files back beside {@code db}, each name with {@code suffix}. */
    private static void restoreStore(Path from, Path db, String suffix) throws Exception {
        Files.copy(from.resolve("zenome.db"), db.resolveSibling(db.getFileName() + suffix),
                StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> f = Files.list(from.resolve("findings"))) {
            for (Path p : f.toList()) {
                Files.copy(p, SqliteCaseStore.findingsDirectory(db).resolve(p.getFileName() + suffix),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
