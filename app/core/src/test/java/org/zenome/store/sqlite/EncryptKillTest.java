package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.CliMain;
import org.zenome.domain.VariantFilter;
import org.zenome.testing.TestImports;

/**
 * Nothing is lost when the machine stops in the middle of encrypting or decrypting a store (issue 9): {@code zenome
 * db encrypt} and {@code db decrypt} in a child JVM are killed with SIGKILL at random moments; afterwards the store
 * opens (plain, or encrypted with its passphrase), passes SQLite's integrity check, holds every case with all its
 * findings, and no half-written file is left.
 */
class EncryptKillTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final int RECORDS = 60_000;

    @TempDir
    Path dir;

    @Test
    void killedEncryptionsAndDecryptionsLoseNothing() throws Exception {
        Assumptions.assumeTrue(SqliteNative.encryptionAvailable(), "SQLite3 Multiple Ciphers was not built here "
                + "(gcc missing when app/core was built): encrypted stores are not tested");
        Path pass = Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n", StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain").resolve("zenome.db");
        Files.createDirectories(plain.getParent());
        try (SqliteCaseStore s = SqliteCaseStore.open(plain)) {
            TestImports.importVcf(s, "KEEP", ImportKillTest.writeVcf(dir.resolve("small.vcf.gz"), 500));
            TestImports.importVcf(s, "BIG", ImportKillTest.writeVcf(dir.resolve("big.vcf.gz"), RECORDS));
        }
        Path encrypted = dir.resolve("encrypted").resolve("zenome.db");
        copyStore(plain, encrypted);
        long t0 = System.nanoTime();
        assertThat(cli("db", "encrypt", "--db", encrypted.toString(), "--passphrase-file", pass.toString())
                .waitFor()).isZero();
        long encryptMillis = (System.nanoTime() - t0) / 1_000_000;
        check(encrypted, true);

        Random random = new Random(20261204);
        List<String> outcomes = new ArrayList<>();
        int kills = 0;
        for (int i = 0; i < 8; i++) {
            boolean decrypting = i % 2 == 1;
            Path db = dir.resolve("run-" + i).resolve("zenome.db");
            copyStore(decrypting ? encrypted : plain, db);
            // from the JVM start to just past the usual end: kills in every phase, some runs finish
            long delay = (long) (encryptMillis * (0.3 + 0.8 * random.nextDouble()));
            Process p = cli("db", decrypting ? "decrypt" : "encrypt", "--db", db.toString(), "--passphrase-file",
                    pass.toString());
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up code runs
                p.waitFor();
                kills++;
            }
            boolean nowEncrypted = StoreKeyFile.exists(db);
            outcomes.add((decrypting ? "decrypt" : "encrypt") + (finished ? " finished" : " killed at " + delay
                    + " ms") + " -> " + (nowEncrypted ? "encrypted" : "plain"));
            check(db, nowEncrypted);
        }
        System.out.println("EncryptKillTest: a whole encryption takes " + encryptMillis + " ms; " + outcomes);
        assertThat(kills).as("%s (a whole encryption takes %d ms)", outcomes, encryptMillis).isGreaterThanOrEqualTo(3);
    }

    /** The store opens as it is now, whole: integrity, every case with all its findings, nothing half-written. */
    private static void check(Path db, boolean encrypted) throws Exception {
        SqliteKeyring.forget(db);
        if (encrypted) {
            SqliteKeyring.unlock(db, PASSPHRASE.toCharArray());
        }
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            for (String[] c : new String[][] {{"KEEP", "500"}, {"BIG", Integer.toString(RECORDS)}}) {
                var kase = s.cases().find(c[0]).orElseThrow();
                assertThat(kase.findingCount()).as(db + " " + c[0]).isEqualTo(Long.parseLong(c[1]));
                assertThat(s.findings().count(kase.id(), VariantFilter.all())).isEqualTo(Long.parseLong(c[1]));
                long first = s.findings().query(kase.id(), VariantFilter.all(), 0, 1).get(0).id();
                assertThat(s.findings().detail(first)).as("record detail from the kept VCF").isPresent();
            }
            assertThat(s.audit().verify().intact()).isTrue();
        }
        try (Connection c = DriverManager.getConnection(SqliteKeyring.url(db));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next() && "ok".equals(rs.getString(1))).as(db.toString()).isTrue();
        } finally {
            SqliteKeyring.forget(db);
        }
        try (Stream<Path> all = Files.walk(db.getParent())) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(StoreEncryption.ENCRYPTING)
                    || n.endsWith(StoreEncryption.DECRYPTING) || n.endsWith(StoreEncryption.RETIRING));
        }
    }

    private static void copyStore(Path from, Path to) throws IOException {
        Path src = from.getParent();
        Files.createDirectories(to.getParent());
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.getParent().resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private Process cli(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CliMain.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
    }
}
