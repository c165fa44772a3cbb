package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEvent;
import org.zenome.domain.VariantFilter;
import org.zenome.store.BackupInvalidException;
import org.zenome.store.BackupManifest;
import org.zenome.store.BackupSchedule;
import org.zenome.store.NewerStoreException;
import org.zenome.store.RestoreResult;
import org.zenome.testing.TestImports;

/**
 * Backups and restores on real stores: a BGZF case (findings file, VCF copy) and a plain one, audit entries, a
 * backup taken while another connection keeps writing, damaged and foreign backups, a newer store, the schedule.
 */
class BackupRestoreTest {
    @TempDir
    Path dir;
    Path db;

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
    }

    private SqliteStoreBackup backups() {
        return new SqliteStoreBackup(db, "test");
    }

    @Test
    void backupHoldsTheDatabaseAndEveryCaseFileAndRestoresToAnEqualStore() throws Exception {
        Path folder = dir.resolve("backups").resolve("b1");
        BackupManifest m = backups().create(folder);
        assertThat(m.cases()).isEqualTo(2);
        assertThat(m.auditEntries()).isGreaterThanOrEqualTo(1);
        assertThat(m.schema()).isEqualTo(SqliteCaseStore.SCHEMA_VERSION);
        assertThat(folder.resolve("zenome.db")).isRegularFile();
        assertThat(folder.resolveSibling("b1.partial")).doesNotExist();
        try (Stream<Path> f = Files.list(folder.resolve("zenome.db.findings"))) {
            // two findings files and the BGZF case's VCF copy
            assertThat(f.map(p -> p.getFileName().toString()).toList()).hasSize(3)
                    .anyMatch(n -> n.endsWith(".vcf.gz"));
        }
        List<String> sums = Files.readAllLines(folder.resolve("SHA256SUMS"));
        assertThat(sums).hasSize(m.files()).allMatch(l -> l.matches("[0-9a-f]{64}  .+"));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                            .isEqualTo("rw-------");
                }
            }
        }
        assertThat(backups().verify(folder)).isEqualTo(m);

        // restore into an empty place: the same cases, findings and detail lines (read from the VCF copy)
        Path other = dir.resolve("elsewhere").resolve("restored.db");
        RestoreResult r = new SqliteStoreBackup(other, "test").restore(folder, false);
        assertThat(r.previous()).isNull();
        try (SqliteCaseStore a = SqliteCaseStore.open(db); SqliteCaseStore b = SqliteCaseStore.open(other)) {
            for (String id : List.of("CASE-A", "CASE-B")) {
                var ca = a.cases().find(id).orElseThrow();
                var cb = b.cases().find(id).orElseThrow();
                assertThat(cb.findingCount()).isEqualTo(ca.findingCount());
                assertThat(TestImports.labels(TestImports.all(b, cb.id())))
                        .isEqualTo(TestImports.labels(TestImports.all(a, ca.id())));
            }
            long pk = b.cases().find("CASE-A").orElseThrow().id();
            long findingId = b.findings().query(pk, VariantFilter.all(), 0, 1).get(0).id();
            assertThat(b.findings().detail(findingId)).isPresent();
            assertThat(b.audit().verify().intact()).isTrue();
            assertThat(b.audit().verify().headHash()).isEqualTo(a.audit().verify().headHash());
        }
        // the backup itself is untouched by the restore
        assertThat(backups().verify(folder)).isEqualTo(m);
    }

    @Test
    void backupWhileAnotherConnectionWritesIsOneConsistentMoment() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong written = new AtomicLong();
        Thread writer = new Thread(() -> {
            try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
                while (!stop.get()) {
                    s.audit().append("suzuki", new AuditEvent("case.note", "case", "CASE-B", "CASE-B", null,
                            "{\"n\":" + written.incrementAndGet() + "}"));
                    try {
                        Thread.sleep(2); // a busy panel, not a benchmark: each backup verifies the whole log
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        writer.start();
        try {
            while (written.get() < 20) {
                Thread.sleep(5);
            }
            for (int i = 0; i < 3; i++) {
                Path folder = dir.resolve("live-" + i);
                long before = written.get();
                BackupManifest m = backups().create(folder);
                assertThat(backups().verify(folder).auditEntries()).isEqualTo(m.auditEntries());
                assertThat(m.auditEntries()).isGreaterThanOrEqualTo(before);
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(written.get()).as("the writer went on during the backups").isGreaterThan(20);
    }

    @Test
    void aStoreWithLaterWorkIsOnlyReplacedWithForceAndIsKeptBesideIt() throws Exception {
        Path folder = dir.resolve("b");
        backups().create(folder);
        // restoring over the very state it was taken from needs no force
        assertThat(backups().restore(folder, false).previous()).isNotNull();
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            TestImports.importVcf(s, "CASE-LATER", TestImports.fixture("trio_grch38.vcf"));
            s.audit().append("sato", new AuditEvent("case.import", "case", "CASE-LATER", "CASE-LATER", null, "{}"));
        }
        assertThatThrownBy(() -> backups().restore(folder, false)).isInstanceOf(NewerStoreException.class)
                .hasMessageContaining("--force").hasMessageContaining("Nothing was changed");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().find("CASE-LATER")).isPresent();
        }
        RestoreResult r = backups().restore(folder, true);
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().find("CASE-LATER")).isEmpty();
            assertThat(s.cases().list()).hasSize(2);
        }
        // the replaced store is whole beside it: database and findings
        try (SqliteCaseStore s = SqliteCaseStore.open(r.previous())) {
            var later = s.cases().find("CASE-LATER").orElseThrow();
            assertThat(s.findings().count(later.id(), VariantFilter.all())).isEqualTo(later.findingCount());
        }
    }

    @Test
    void anUnreadableStoreIsOnlyReplacedWithForce() throws Exception {
        Path folder = dir.resolve("b");
        backups().create(folder);
        Files.write(db, "not a database at all, a damaged file".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> backups().restore(folder, false)).isInstanceOf(NewerStoreException.class)
                .hasMessageContaining("cannot be read");
        backups().restore(folder, true);
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).hasSize(2);
        }
    }

    @Test
    void aDamagedBackupIsRefusedNamingTheFileAndTheStoreIsUntouched() throws Exception {
        Path folder = dir.resolve("b");
        backups().create(folder);
        Path findingsFile;
        try (Stream<Path> f = Files.list(folder.resolve("zenome.db.findings"))) {
            findingsFile = f.filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(findingsFile.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int b = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(b ^ 0x40);
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> backups().restore(folder, true)).isInstanceOf(BackupInvalidException.class)
                .hasMessageContaining(findingsFile.getFileName().toString()).hasMessageContaining("damaged");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(db.resolveSibling("zenome.db.restoring")).doesNotExist();

        Files.delete(findingsFile);
        assertThatThrownBy(() -> backups().verify(folder)).isInstanceOf(BackupInvalidException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> backups().verify(dir.resolve("nothing-here")))
                .isInstanceOf(BackupInvalidException.class);
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> backups().verify(dir.resolve("empty"))).isInstanceOf(BackupInvalidException.class)
                .hasMessageContaining("not a complete Zenome backup");
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws Exception {
        Path folder = dir.resolve("b");
        backups().create(folder);
        Path manifest = folder.resolve(BackupManifest.FILE_NAME);
        String text = Files.readString(manifest).replaceAll("schema=\\d+", "schema=" + (SqliteCaseStore.SCHEMA_VERSION
                + 1));
        Files.writeString(manifest, text);
        // consistent checksums: as a newer Zenome would have written it
        Path sums = folder.resolve(BackupManifest.CHECKSUMS);
        String newHash = SqliteStoreBackup.sha256(manifest);
        List<String> lines = Files.readAllLines(sums).stream()
                .map(l -> l.endsWith("  " + BackupManifest.FILE_NAME) ? newHash + "  " + BackupManifest.FILE_NAME : l)
                .toList();
        Files.write(sums, lines);
        assertThatThrownBy(() -> backups().restore(folder, true)).isInstanceOf(BackupInvalidException.class)
                .hasMessageContaining("newer version");
    }

    @Test
    void theScheduleBacksUpWhenDueAndKeepsTheNewest() throws Exception {
        Path folder = dir.resolve("scheduled");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        BackupSchedule schedule = new BackupSchedule(backups(), folder, Duration.ofHours(24), 2, clock);
        assertThat(schedule.due()).isTrue();
        Path first = schedule.runNow();
        assertThat(first.getFileName().toString()).isEqualTo("zenome-backup-20261201T090000Z");
        clock.now = clock.now.plus(Duration.ofHours(23));
        assertThat(schedule.due()).isFalse();
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertThat(schedule.due()).isTrue();
        Path second = schedule.runNow();
        clock.now = clock.now.plus(Duration.ofHours(30));
        Path third = schedule.runNow();
        assertThat(schedule.backups()).containsExactly(third, second);
        assertThat(first).doesNotExist();
        // a half-written backup a crash left long ago goes too; other files are never touched
        Path stale = Files.createDirectories(folder.resolve("zenome-backup-20261130T000000Z.partial"));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(clock.now.minus(Duration.ofDays(2))));
        Path unrelated = Files.writeString(folder.resolve("notes.txt"), "IT notes");
        schedule.prune();
        assertThat(stale).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(backups().verify(third).cases()).isEqualTo(2);
    }

    @Test
    void theScheduleRunsOnItsExecutor() throws Exception {
        Path folder = dir.resolve("timer");
        var executor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (BackupSchedule schedule = new BackupSchedule(backups(), folder, Duration.ofHours(1), 3,
                Clock.systemUTC())) {
            schedule.start(executor, Duration.ZERO, Duration.ofMillis(50), msg -> { });
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (schedule.backups().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            // one backup, not one per check: the next is due only an hour later
            assertThat(schedule.backups()).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theCommandLineBacksUpAndRestoresWithTheDocumentedExitCodes() throws Exception {
        Path to = dir.resolve("cli-backups");
        var b = TestImports.cli("backup", "--db", db.toString(), "--to", to.toString(), "--keep", "3");
        assertThat(b.exit()).as(b.err()).isZero();
        String[] cols = b.out().trim().split("\t");
        assertThat(cols[0]).isEqualTo("backup");
        assertThat(cols[2]).isEqualTo("2");
        Path written = Path.of(cols[1]);
        assertThat(written.getParent()).isEqualTo(to.toAbsolutePath());

        var check = TestImports.cli("restore", "--db", db.toString(), "--verify-only", written.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("checked\t");

        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            s.audit().append("sato", new AuditEvent("case.note", "case", "CASE-A", "CASE-A", null, "{\"n\":2}"));
        }
        var refused = TestImports.cli("restore", "--db", db.toString(), written.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("--force");
        var forced = TestImports.cli("restore", "--db", db.toString(), "--force", written.toString());
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(forced.out()).startsWith("restored\t");

        Files.writeString(written.resolve("zenome.db"), "damaged", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        var damaged = TestImports.cli("restore", "--db", db.toString(), "--force", written.toString());
        assertThat(damaged.exit()).isEqualTo(3);
        assertThat(damaged.err()).contains(written.resolve("zenome.db").toString()).contains("damaged");

        var missing = TestImports.cli("backup", "--db", dir.resolve("none.db").toString(), "--to", to.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no database to back up");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
