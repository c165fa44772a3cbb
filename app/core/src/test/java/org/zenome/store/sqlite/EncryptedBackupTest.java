package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEvent;
import org.zenome.store.BackupManifest;
import org.zenome.store.EncryptedStoreBackup;
import org.zenome.testing.TestImports;

/**
 * Encrypted backups through the command line on a real store (a BGZF case with its findings file and VCF copy, a
 * plain case, audit entries): round trip, wrong passphrase, tampering (a byte of the database, a findings file
 * swapped for another, the checksum list edited with its checksum recomputed, a file truncated), and no plain copy
 * left anywhere.
 */
class EncryptedBackupTest {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;
    Path db;
    Path passFile;

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("data").resolve("zenome.db");
        Files.createDirectories(db.getParent());
        Path bgzf = ImportKillTest.writeVcf(dir.resolve("a.vcf.gz"), 3000);
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            TestImports.importVcf(s, "CASE-A", bgzf);
            TestImports.importVcf(s, "CASE-B", TestImports.fixture("trio_grch38.vcf"));
            s.audit().append("sato", new AuditEvent("case.note", "case", "CASE-A", "CASE-A", null, "{\"n\":1}"));
        }
        passFile = Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n", StandardCharsets.UTF_8);
    }

    private Path encryptedBackup() {
        var b = TestImports.cli("backup", "--db", db.toString(), "--to", dir.resolve("backups").toString(),
                "--encrypt", "--passphrase-file", passFile.toString());
        assertThat(b.exit()).as(b.err()).isZero();
        return Path.of(b.out().trim().split("\t")[1]);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void roundTripRestoresTheStoreAndLeavesNoPlainCopy() throws Exception {
        Path backup = encryptedBackup();
        assertThat(EncryptedStoreBackup.isEncrypted(backup)).isTrue();
        List<String> files = names(backup);
        // nothing of the store in clear: every file of the plain backup is a .zenc, beside the header, the clear
        // manifest and the checksums with their authentication code
        assertThat(files).filteredOn(n -> !n.endsWith(".zenc")).containsExactlyInAnyOrder("backup.properties",
                "encryption.properties", "SHA256SUMS", "SHA256SUMS.hmac");
        assertThat(files).contains("zenome.db.zenc", "SHA256SUMS.zenc", "backup.properties.zenc")
                .anyMatch(n -> n.startsWith("zenome.db.findings/") && n.endsWith(".vcf.gz.zenc"));
        byte[] sqliteMagic = "SQLite format 3".getBytes(StandardCharsets.US_ASCII);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(backup.resolve("zenome.db.zenc")), 64);
        assertThat(new String(head, StandardCharsets.ISO_8859_1)).startsWith("ZENC").doesNotContain(
                new String(sqliteMagic, StandardCharsets.US_ASCII));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            for (String n : files) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.resolve(n))))
                        .as(n).isEqualTo("rw-------");
            }
        }
        // the list of backups reads the clear manifest without the passphrase
        BackupManifest m = BackupManifest.read(backup.resolve("backup.properties"));
        assertThat(m.cases()).isEqualTo(2);
        assertThat(m.madeBy()).startsWith("os:");
        // sha256sum -c works on the encrypted folder too (damage is found without the passphrase)
        assertThat(Files.readAllLines(backup.resolve("SHA256SUMS"))).allMatch(l -> l.matches("[0-9a-f]{64}  .+"));

        var check = TestImports.cli("restore", "--db", db.toString(), "--verify-only", "--passphrase-file",
                passFile.toString(), backup.toString());
        assertThat(check.exit()).as(check.err()).isZero();

        long findingsBefore;
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            findingsBefore = s.cases().list().stream().mapToLong(c -> c.findingCount()).sum();
            s.audit().append("sato", new AuditEvent("case.note", "case", "CASE-A", "CASE-A", null, "{\"n\":2}"));
        }
        var refused = TestImports.cli("restore", "--db", db.toString(), "--passphrase-file", passFile.toString(),
                backup.toString());
        assertThat(refused.exit()).as("newer store").isEqualTo(1);
        var restored = TestImports.cli("restore", "--db", db.toString(), "--force", "--passphrase-file",
                passFile.toString(), backup.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).hasSize(2);
            assertThat(s.cases().list().stream().mapToLong(c -> c.findingCount()).sum()).isEqualTo(findingsBefore);
            assertThat(s.audit().verify().entries()).isEqualTo(m.auditEntries());
        }
        // no staging copy left beside the store or in the backup folder
        try (Stream<Path> beside = Files.list(db.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
        try (Stream<Path> inBackups = Files.list(backup.getParent())) {
            assertThat(inBackups.map(p -> p.getFileName().toString())).containsExactly(backup.getFileName().toString());
        }
    }

    @Test
    void aWrongPassphraseIsACleanRefusalAndNothingIsRestored() throws Exception {
        Path backup = encryptedBackup();
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            s.audit().append("sato", new AuditEvent("case.note", "case", "CASE-A", "CASE-A", null, "{\"n\":2}"));
        }
        byte[] before = Files.readAllBytes(db);
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "correct horse battery stable\n");
        var r = TestImports.cli("restore", "--db", db.toString(), "--force", "--passphrase-file", wrong.toString(),
                backup.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("wrong passphrase").contains(backup.toString());
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (Stream<Path> beside = Files.list(db.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore")
                    || n.contains("staging") || n.contains("restoring"));
        }
        // no passphrase at all (no terminal in a test): a usage error naming the way to give it
        var none = TestImports.cli("restore", "--db", db.toString(), backup.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--passphrase-file");
        // a short passphrase is refused for a new backup
        Path shortPass = Files.writeString(dir.resolve("short.txt"), "short\n");
        var b = TestImports.cli("backup", "--db", db.toString(), "--to", dir.resolve("b2").toString(), "--encrypt",
                "--passphrase-file", shortPass.toString());
        assertThat(b.exit()).isEqualTo(3);
        assertThat(b.err()).contains("too short");
    }

    @Test
    void tamperedBackupsAreRefused() throws Exception {
        Path backup = encryptedBackup();
        Path pristine = dir.resolve("pristine");
        copyTree(backup, pristine);

        // 1. one byte of the encrypted database changed, its checksum recomputed in SHA256SUMS
        flipByte(backup.resolve("zenome.db.zenc"), 5000);
        rewriteSum(backup, "zenome.db.zenc");
        assertRefused(backup, "SHA256SUMS");  // the list no longer matches its authentication code

        // 2. the same change without touching SHA256SUMS: found as damage
        restoreTree(pristine, backup);
        flipByte(backup.resolve("zenome.db.zenc"), 5000);
        assertRefused(backup, "zenome.db.zenc");

        // 3. two findings files swapped (names and checksums stay valid): authentication of the content fails
        restoreTree(pristine, backup);
        List<Path> findings;
        try (Stream<Path> f = Files.list(backup.resolve("zenome.db.findings"))) {
            findings = f.filter(p -> p.toString().endsWith(".zenc")).sorted().toList();
        }
        Path a = findings.get(0);
        Path b = findings.get(1);
        Path t = a.resolveSibling("swap");
        Files.move(a, t);
        Files.move(b, a);
        Files.move(t, b);
        assertRefused(backup, "");

        // 4. a file cut short by one byte: refused
        restoreTree(pristine, backup);
        Path big = findings.stream().max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(f.length() - 1);
        }
        assertRefused(backup, big.getFileName().toString());

        // the pristine copy still restores
        restoreTree(pristine, backup);
        var ok = TestImports.cli("restore", "--db", db.toString(), "--verify-only", "--passphrase-file",
                passFile.toString(), backup.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
    }

    private void assertRefused(Path backup, String named) throws Exception {
        byte[] before = Files.readAllBytes(db);
        var r = TestImports.cli("restore", "--db", db.toString(), "--force", "--passphrase-file", passFile.toString(),
                backup.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(named).containsAnyOf("altered", "damaged");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    private static void flipByte(Path f, long at) throws Exception {
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.seek(Math.min(at, r.length() - 1));
            int v = r.read();
            r.seek(Math.min(at, r.length() - 1));
            r.write(v ^ 0x40);
        }
    }

    private static void rewriteSum(Path backup, String name) throws Exception {
        Path sums = backup.resolve("SHA256SUMS");
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(backup.resolve(name))));
        List<String> lines = Files.readAllLines(sums).stream()
                .map(l -> l.endsWith("  " + name) ? hash + "  " + name : l).toList();
        Files.write(sums, lines);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void restoreTree(Path pristine, Path backup) throws Exception {
        SqliteStoreBackup.deleteTree(backup);
        copyTree(pristine, backup);
    }
}
