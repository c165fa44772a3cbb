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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEvent;
import org.zenome.cli.CliMain;
import org.zenome.testing.TestImports;

/**
 * A full disk and a read-only disk, for real: the command line runs in a child JVM on a small tmpfs mounted in a
 * private mount namespace ({@code unshare -m}; needs root or the capability, skipped with the reason otherwise).
 * Each time the user gets a plain message and a non-zero exit, the store passes {@code PRAGMA integrity_check},
 * keeps everything committed before, and shows nothing half-written; once space is back the same act succeeds.
 */
class StorageFailureTest {
    @TempDir
    Path dir;
    Path seed;

    @BeforeEach
    void requireMountNamespace() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "needs Linux mount namespaces");
        Path probe = dir.resolve("probe");
        Files.createDirectories(probe);
        int rc = run(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount -t tmpfs -o size=64k tmpfs '" + probe + "'"), 30);
        Assumptions.assumeTrue(rc == 0, "cannot mount a tmpfs in a private mount namespace here (unshare -m as root "
                + "or with CAP_SYS_ADMIN is needed for the real disk-full test)");
        seed = dir.resolve("seed");
        Files.createDirectories(seed);
        try (SqliteCaseStore s = SqliteCaseStore.open(seed.resolve("zenome.db"))) {
            TestImports.importVcf(s, "KEEP", ImportKillTest.writeVcf(dir.resolve("keep.vcf.gz"), 500));
            s.audit().append("sato", new AuditEvent("case.note", "case", "KEEP", "KEEP", null, "{}"));
        }
    }

    @Test
    void anImportThatFillsTheDiskFailsCleanly() throws Exception {
        Path big = ImportKillTest.writeVcf(dir.resolve("big.vcf.gz"), 60_000);
        long seedBytes = size(seed);
        // room for the store and 1.5 MB more: the 60,000-record case needs several times that
        Result r = onSmallDisk(seedBytes + 1_500_000, false,
                "import -q --db \"$FS/zenome.db\" --case BIG '" + big + "'", null);
        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.err).contains("the disk is full").contains("zenome.db");
        assertSound(r.after, "KEEP");
        try (SqliteCaseStore s = SqliteCaseStore.open(r.after.resolve("zenome.db"))) {
            assertThat(s.cases().find("BIG")).isEmpty();
        }
        try (Stream<Path> left = Files.list(r.after.resolve("zenome.db.findings"))) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")).toList())
                    .as("half-written files of the failed import").isEmpty();
        }
    }

    @Test
    void aWriteToAFullDiskFailsCleanlyAndSucceedsOnceThereIsSpace() throws Exception {
        Result r = onSmallDisk(size(seed) + 600_000, true,
                "user add --db \"$FS/zenome.db\" --password-stdin --name 'Admin' --role administrator admin "
                        + "< '" + writePassword() + "'",
                "user add --db \"$FS/zenome.db\" --password-stdin --name 'Admin' --role administrator admin "
                        + "< '" + writePassword() + "'");
        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.err).contains("the disk is full");
        assertThat(r.secondExit).as("the same act after freeing space: %s", r.err).isZero();
        assertSound(r.after, "KEEP");
        try (SqliteCaseStore s = SqliteCaseStore.open(r.after.resolve("zenome.db"))) {
            assertThat(s.users().list()).extracting(u -> u.username()).containsExactly("admin");
        }
    }

    @Test
    void aReadOnlyDiskIsNamedAndNothingChanges() throws Exception {
        Result r = onSmallDisk(size(seed) + 4_000_000, false, "READONLY; cases --db \"$FS/zenome.db\"", null);
        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.err).contains("read-only").contains("zenome.db").contains("Nothing was changed");
        assertThat(Files.readAllBytes(r.after.resolve("zenome.db")))
                .isEqualTo(Files.readAllBytes(seed.resolve("zenome.db")));
        assertSound(r.after, "KEEP");
    }

    private Path writePassword() throws IOException {
        return Files.writeString(dir.resolve("password.txt"), "correct horse battery\n");
    }

    /** Result of a command run on the small disk; {@code after} is a copy of the disk taken after it. */
    record Result(int exit, Integer secondExit, String err, Path after) {
    }

    /**
     * Mounts a tmpfs of {@code bytes}, copies the seed store onto it, optionally fills it up, runs the command
     * ({@code READONLY;} before it remounts the disk read-only), then (with {@code second}) frees the space and
     * runs the second command, and copies the disk's contents out for the checks.
     */
    private Result onSmallDisk(long bytes, boolean fill, String command, String second) throws Exception {
        Path fs = Files.createDirectories(dir.resolve("fs"));
        Path after = dir.resolve("after");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cli = "'" + java + "' -Xmx256m -cp '" + System.getProperty("java.class.path") + "' "
                + CliMain.class.getName() + " ";
        boolean readOnly = command.startsWith("READONLY; ");
        String first = readOnly ? command.substring("READONLY; ".length()) : command;
        StringBuilder sh = new StringBuilder();
        sh.append("set -u\nFS='").append(fs).append("'\n");
        sh.append("mount -t tmpfs -o size=").append(bytes).append(" tmpfs \"$FS\" || exit 90\n");
        sh.append("cp -a '").append(seed).append("/.' \"$FS/\" || exit 91\n");
        if (fill) {
            sh.append("dd if=/dev/zero of=\"$FS/filler\" bs=4096 2>/dev/null; sync\n");
        }
        if (readOnly) {
            sh.append("mount -o remount,ro \"$FS\" || exit 92\n");
        }
        sh.append(cli).append(first).append(" > '").append(dir.resolve("out1")).append("' 2> '")
                .append(dir.resolve("err1")).append("'; echo $? > '").append(dir.resolve("rc1")).append("'\n");
        if (second != null) {
            sh.append("rm -f \"$FS/filler\"\n");
            sh.append(cli).append(second).append(" > '").append(dir.resolve("out2")).append("' 2>> '")
                    .append(dir.resolve("err1")).append("'; echo $? > '").append(dir.resolve("rc2")).append("'\n");
        }
        sh.append("rm -f \"$FS/filler\"; mkdir -p '").append(after).append("' && cp -a \"$FS/.\" '").append(after)
                .append("/' || exit 93\n");
        int rc = run(List.of("unshare", "-m", "--propagation", "private", "bash", "-c", sh.toString()), 300);
        assertThat(rc).as("the namespace script (90 mount, 91 copy, 92 remount, 93 copy out)").isZero();
        int exit = Integer.parseInt(Files.readString(dir.resolve("rc1")).trim());
        Integer exit2 = second == null ? null : Integer.parseInt(Files.readString(dir.resolve("rc2")).trim());
        return new Result(exit, exit2, Files.readString(dir.resolve("err1"), StandardCharsets.UTF_8), after);
    }

    private static void assertSound(Path store, String keptCase) throws Exception {
        Path db = store.resolve("zenome.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            var kept = s.cases().find(keptCase).orElseThrow();
            assertThat(s.findings().count(kept.id(), org.zenome.domain.VariantFilter.all()))
                    .isEqualTo(kept.findingCount()).isEqualTo(500);
            assertThat(s.audit().verify().intact()).isTrue();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private int run(List<String> cmd, int seconds) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("ns-" + System.nanoTime() + ".log").toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
