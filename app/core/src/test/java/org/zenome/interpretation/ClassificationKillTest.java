package org.zenome.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.classification.CriterionCall;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Nothing a reviewer recorded is lost on a crash: a child JVM records criterion calls one after another and is
 * killed with SIGKILL at random moments while it edits. After each kill the database passes
 * {@code PRAGMA integrity_check}, every call the child reported as stored is there with its history entry, at most
 * the one call in flight at the kill is extra (stored whole, never half), and each finding's class is the one its
 * current calls give.
 */
class ClassificationKillTest {
    @TempDir
    Path dir;

    @Test
    void killedEditsLoseNothingCommittedAndLeaveNothingHalfDone() throws Exception {
        Path db = dir.resolve("z.db");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            InterpretationCases.importTrio(s, "TRIO");
        }
        Random random = new Random(20261203);
        int next = 0;
        int kills = 0;
        Set<Integer> committed = new HashSet<>();
        List<String> killedAfter = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process p = child(db, next);
            AtomicInteger last = new AtomicInteger(-1);
            List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("committed ")) {
                            int i = Integer.parseInt(line.substring(10).trim());
                            seen.add(i);
                            last.set(i);
                        }
                    }
                } catch (java.io.IOException e) {
                    // the pipe closes with the kill
                }
            });
            reader.start();
            // wait for the first stored edits, then kill at a random moment while it keeps editing
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (last.get() < next + 2 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(p.isAlive()).as("the child edits until it is killed").isTrue();
            Thread.sleep(random.nextInt(400));
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            reader.join(10_000);
            kills++;
            committed.addAll(seen);
            killedAfter.add(seen.size() + " edits");

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            int stored = check(db, committed);
            // the edit in flight may have committed before its line was printed: whole, never half
            assertThat(stored).as("calls stored after round %d", round).isBetween(committed.size(),
                    committed.size() + round + 1);
            next = Math.max(next, last.get() + 1) + 1000;
        }
        assertThat(kills).as("kills after %s", killedAfter).isEqualTo(3);
        System.out.println("KILLTEST classification edits: " + kills + " kills, after " + killedAfter
                + "; every reported edit stored, integrity ok");
    }

    /** Every reported call is stored with its history; classes agree with the current calls. */
    private static int check(Path db, Set<Integer> committed) {
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            long pk = s.cases().find("TRIO").orElseThrow().id();
            Set<String> notes = new HashSet<>();
            int stored = 0;
            for (Finding f : s.findings().query(pk, VariantFilter.all(), 0, 100)) {
                List<CriterionCall> calls = s.interpretation().calls(f.id());
                stored += calls.size();
                calls.forEach(c -> notes.add(c.note()));
                long criterionHistory = s.interpretation().history(f.id()).stream()
                        .filter(h -> h.note().startsWith("edit-")).map(HistoryEntry::note).distinct().count();
                assertThat(criterionHistory).as("history of finding %d", f.id()).isEqualTo(calls.size());
                if (!calls.isEmpty()) {
                    var g = s.interpretation().classification(f.id()).orElseThrow();
                    List<String> counted = s.interpretation().currentCalls(f.id()).stream()
                            .filter(CriterionCall::counts).map(CriterionCall::label).sorted().toList();
                    assertThat(g.counted().stream().map(a -> a.label()).sorted().toList()).isEqualTo(counted);
                }
            }
            for (int i : committed) {
                assertThat(notes).as("reported edit %d", i).contains("edit-" + i);
            }
            return stored;
        }
    }

    private Process child(Path db, int first) throws java.io.IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ClassificationEditsChild.class.getName(), db.toString(),
                "TRIO", Integer.toString(first));
        return new ProcessBuilder(cmd).redirectError(dir.resolve("child-err.log").toFile()).start();
    }
}
