package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.CliMain;
import org.zenome.domain.DiseaseArea;
import org.zenome.store.CaseStore;
import org.zenome.store.StoreChange;
import org.zenome.testing.StoreEngine;

/**
 * Several workstations on one PostgreSQL store during a meeting: each sees the others' acts announced (LISTEN/NOTIFY),
 * also from another JVM, and the audit chain stays one verifiable chain under concurrent writers.
 */
class TwoWorkstationsOnPostgresTest {
    private static final String F1 = "chr13:32316461:G>A";
    private static final String F2 = "chr13:32319077:C>T";

    @TempDir
    Path dir;
    private CaseStore secretary;
    private CaseStore geneticist;
    private PanelService secretaryPanel;
    private PanelService geneticistPanel;
    private final BlockingQueue<StoreChange> seenBySecretary = new LinkedBlockingQueue<>();
    private AutoCloseable watch;

    @BeforeEach
    void setUp() throws Exception {
        secretary = StoreEngine.POSTGRESQL.open(dir, "shared");
        PanelFixture.users(secretary);
        PanelFixture.importCase(secretary, dir, "C-1", "sec");
        secretaryPanel = new PanelService(secretary, QuorumRules.builtIn());
        Meeting m = secretaryPanel.createMeeting(user(secretary, "sec"), LocalDateTime.of(2026, 12, 10, 17, 0),
                MeetingFormat.HYBRID, DiseaseArea.CANCER, "EP", "chair", true);
        secretaryPanel.addToAgenda(user(secretary, "sec"), m.id(), "C-1", false, true);
        geneticist = StoreEngine.POSTGRESQL.open(dir, "shared");
        geneticistPanel = new PanelService(geneticist, QuorumRules.builtIn());
        watch = secretary.watchChanges(seenBySecretary::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        watch.close();
        geneticist.close();
        secretary.close();
    }

    private static User user(CaseStore store, String name) {
        return store.users().find(name).orElseThrow();
    }

    @Test
    void anotherWorkstationsActIsAnnouncedAndItsOwnIsNot() throws Exception {
        geneticistPanel.addNote(user(geneticist, "gen"), -1, "C-1", F1, null, NoteKind.NOTE, "VAF 48%");
        StoreChange c = seenBySecretary.poll(10, TimeUnit.SECONDS);
        assertThat(c).isNotNull();
        assertThat(c.caseId()).isEqualTo("C-1");
        assertThat(c.actor()).isEqualTo("gen");
        assertThat(c.action()).isEqualTo("discussion.note");
        // the refreshed view reads what the other workstation wrote
        assertThat(secretary.reviews().notes("C-1", 1)).extracting(DiscussionNote::text).contains("VAF 48%");

        secretaryPanel.addNote(user(secretary, "sec"), -1, "C-1", F1, null, NoteKind.NOTE, "own note");
        assertThat(seenBySecretary.poll(1500, TimeUnit.MILLISECONDS)).as("own acts are not announced back").isNull();
    }

    @Test
    void anActFromAnotherJvmIsAnnouncedToo() throws Exception {
        String url = StoreEngine.url(dir, "shared") + "?user=postgres";
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CliMain.class.getName(),
                "case", "note", "--db", url, "--user", "gen", "--password-stdin", "--case", "C-1", "--finding", "F1",
                "written on another workstation"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((new String(PanelFixture.PASSWORD) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(java.nio.file.Files.readString(dir.resolve("child.log"))).isZero();
        StoreChange c = seenBySecretary.poll(10, TimeUnit.SECONDS);
        assertThat(c).isNotNull();
        assertThat(c.actor()).isEqualTo("gen");
        assertThat(c.caseId()).isEqualTo("C-1");
    }

    @Test
    void concurrentWritersFromTwoInstancesKeepOneVerifiableChain() throws Exception {
        int perThread = 15;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            boolean mine = t % 2 == 0;
            PanelService panel = mine ? secretaryPanel : geneticistPanel;
            User u = mine ? user(secretary, "sec") : user(geneticist, "gen");
            String finding = mine ? F1 : F2;
            int n = t;
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < perThread; i++) {
                        panel.addNote(u, -1, "C-1", finding, null, NoteKind.NOTE, "writer " + n + " #" + i);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(failures).isEmpty();
        assertThat(secretary.reviews().notes("C-1", 1)).hasSize(4 * perThread);
        assertThat(secretary.audit().verify().intact()).isTrue();
        assertThat(geneticist.audit().verify().intact()).isTrue();
        List<Long> seqs = secretary.audit().list(null, null, null, null).stream().map(e -> e.seq()).toList();
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i + 1L);
        }
    }
}
