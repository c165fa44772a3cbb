package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.IssuedReport;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * No half-issued report: {@code zenome report} issuing a version in a child JVM is killed with SIGKILL at random
 * moments (start-up, rendering, storing, writing the PDF). Afterwards the database passes
 * {@code PRAGMA integrity_check}; the versions are numbered without gaps, each stored PDF matches its SHA-256 and
 * has its audit entry; an output PDF exists only for a stored version and is byte for byte that version.
 */
class ReportKillTest {
    @TempDir
    Path dir;

    @Test
    void killedIssuesLeaveWholeVersionsOrNone() throws Exception {
        TestCases.store(dir).close();
        Path db = dir.resolve("zenome.db");
        Random random = new Random(20261203);
        List<String> outcomes = new ArrayList<>();
        int next = 1;
        for (int round = 0; round < 2; round++) {
            Process p = child(db, next, round);
            List<Long> issuedAt = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger last = new java.util.concurrent.atomic.AtomicInteger(next - 1);
            Thread reader = new Thread(() -> {
                try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                        java.nio.charset.StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("CHILD-ISSUED ")) {
                            issuedAt.add(System.nanoTime());
                            last.set(Integer.parseInt(line.substring(13).trim()));
                        }
                    }
                } catch (java.io.IOException e) {
                    // closed by the kill
                }
            });
            reader.start();
            // warm: two versions issued, then a kill at a random moment of a later one (render, store, write)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (issuedAt.size() < 2 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(p.isAlive()).as("the child issues until it is killed (see child-%d.log)", round).isTrue();
            long perIssue = Math.max(1, (issuedAt.get(1) - issuedAt.get(0)) / 1_000_000);
            long delay = (long) (random.nextDouble() * perIssue * 1.5);
            Thread.sleep(delay);
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            reader.join(10_000);
            outcomes.add("killed " + delay + " ms into issue #" + (last.get() + 1) + " (one issue ~" + perIssue
                    + " ms)");
            int stored = check(db);
            assertThat(stored).as("versions after %s", outcomes).isBetween(last.get(), last.get() + 1);
            next = stored + 1;
        }
        System.out.println("KILLTEST report issue: " + outcomes.size() + " kills (" + outcomes
                + "); versions whole, each PDF matches its hash and audit entry, integrity ok");
    }

    private Process child(Path db, int first, int round) throws java.io.IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), ReportCliChild.class.getName(),
                db.toString(), dir.toString(), Integer.toString(first)));
        return new ProcessBuilder(cmd).redirectError(dir.resolve("child-" + round + ".log").toFile()).start();
    }

    /** Checks the store and the output files; returns the number of stored versions. */
    private int check(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            List<IssuedReport> versions = store.reports().versions(TestCases.CANCER);
            List<byte[]> pdfs = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                IssuedReport v = versions.get(i);
                assertThat(v.version()).isEqualTo(i + 1);
                byte[] pdf = store.reports().pdf(v.id());
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                        .as("stored PDF of version %d", v.version()).isEqualTo(v.sha256());
                pdfs.add(pdf);
            }
            long audited = store.audit().list(TestCases.CANCER, null, null, null).stream()
                    .filter(e -> e.action().equals("report.issued")).count();
            assertThat(audited).as("audit entries of issued versions").isEqualTo(versions.size());
            assertThat(store.audit().verify().intact()).isTrue();
            if (!versions.isEmpty()) {
                assertThat(store.cases().find(TestCases.CANCER).orElseThrow().status()).isEqualTo(CaseStatus.REPORTED);
            }
            // an output file is a whole stored version, never a torn or unstored one
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(x -> x.getFileName().toString().matches("attempt-\\d+\\.pdf")).toList()) {
                    byte[] out = Files.readAllBytes(f);
                    assertThat(pdfs).as("%s is one of the stored versions", f.getFileName())
                            .anySatisfy(p -> assertThat(p).isEqualTo(out));
                }
            }
            return versions.size();
        }
    }
}
