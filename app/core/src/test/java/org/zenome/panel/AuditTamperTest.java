package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEntry;
import org.zenome.audit.AuditVerification;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.DiseaseArea;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * The audit log is a hash chain: an untouched database verifies, and any raw SQL change behind the
 * application's back (update, delete, insert, reorder, truncation of the newest entries) is detected at the
 * first entry touched, by the store and by {@code zenome audit verify} (exit code 4).
 */
class AuditTamperTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void record() throws Exception {
        db = dir.resolve("panel.db");
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            PanelFixture.users(store);
            PanelFixture.importCase(store, dir, "C-1", "sec");
            User sec = store.users().find("sec").orElseThrow();
            PanelService panel = new PanelService(store, QuorumRules.builtIn());
            Meeting m = panel.createMeeting(sec, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.HYBRID,
                    DiseaseArea.CANCER, "EP", "chair", true);
            panel.addToAgenda(sec, m.id(), "C-1", false, true);
            panel.addNote(sec, -1, "C-1", "chr13:32316461:G>A", m.id(), NoteKind.NOTE, "VAF 48%, germline likely");
        }
    }

    private List<AuditEntry> entries() {
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            return store.audit().list(null, null, null, null);
        }
    }

    private AuditVerification verify() {
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            return store.audit().verify();
        }
    }

    private void raw(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS audit_entry_no_update");
            s.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete");
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private int cliVerify(StringWriter out, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "audit";
        args[1] = "verify";
        args[2] = "--db";
        args[3] = db.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return ZenomeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void untouchedDatabaseVerifies() {
        List<AuditEntry> all = entries();
        // 8 users, import, meeting, agenda, status ON_AGENDA, note
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).extracting(AuditEntry::action).contains("user.create", "case.import", "meeting.create",
                "meeting.agenda.add", "case.status", "discussion.note");
        assertThat(all).allSatisfy(e -> assertThat(e.actor()).isNotBlank());
        assertThat(all.stream().filter(e -> e.action().equals("case.import")).findFirst().orElseThrow().actor())
                .isEqualTo("sec");
        AuditVerification v = verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(all.size());
        StringWriter out = new StringWriter();
        assertThat(cliVerify(out)).isEqualTo(0);
        assertThat(out.toString()).contains("audit log intact: " + all.size() + " entries");
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfAuditRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE audit_entry SET actor='mallory' WHERE seq=3"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("DELETE FROM audit_entry WHERE seq=3"))
                    .hasMessageContaining("append-only");
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anUpdatedRowIsDetected() throws SQLException {
        raw("UPDATE audit_entry SET actor='mallory' WHERE seq=5");
        AuditVerification v = verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(5);
        assertThat(v.problem()).contains("entry 5").contains("altered");
        StringWriter out = new StringWriter();
        assertThat(cliVerify(out)).isEqualTo(4);
        assertThat(out.toString()).contains("BROKEN at entry 5");
    }

    @Test
    void anUpdatedStateWithItsHashRecomputedNaivelyIsStillDetectedAtTheNextEntry() throws SQLException {
        // a forger who rewrites the content and the hash of one entry breaks the link to the next one
        raw("UPDATE audit_entry SET after_state='{}', hash='" + "ab".repeat(32) + "' WHERE seq=4");
        AuditVerification v = verify();
        assertThat(v.firstBroken()).isEqualTo(4);
    }

    @Test
    void aDeletedRowInTheMiddleIsDetected() throws SQLException {
        raw("DELETE FROM audit_entry WHERE seq=6");
        AuditVerification v = verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(7);
        assertThat(v.problem()).contains("missing");
        assertThat(cliVerify(new StringWriter())).isEqualTo(4);
    }

    @Test
    void deletedNewestRowsAreDetected() throws SQLException {
        long last = entries().size();
        raw("DELETE FROM audit_entry WHERE seq=" + last);
        AuditVerification v = verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(last);
        assertThat(v.problem()).contains("missing at the end");
        assertThat(cliVerify(new StringWriter())).isEqualTo(4);
    }

    @Test
    void reorderedRowsAreDetected() throws SQLException {
        raw("UPDATE audit_entry SET seq=-1 WHERE seq=3", "UPDATE audit_entry SET seq=3 WHERE seq=4",
                "UPDATE audit_entry SET seq=4 WHERE seq=-1");
        AuditVerification v = verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(3);
        assertThat(cliVerify(new StringWriter())).isEqualTo(4);
    }

    @Test
    void anInsertedRowIsDetected() throws SQLException {
        // shift the tail up by one and slot a forged entry in, copying the neighbours' hashes
        long last = entries().size();
        raw("UPDATE audit_entry SET seq=seq+1000 WHERE seq>=4", "UPDATE audit_entry SET seq=seq-999 WHERE seq>=1004",
                "INSERT INTO audit_entry SELECT 4, at, 'mallory', 'vote.record', entity_type, entity_id, case_id, "
                + "before_state, after_state, prev_hash, hash FROM audit_entry WHERE seq=3",
                "UPDATE audit_head SET seq=" + (last + 1));
        AuditVerification v = verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(4);
        assertThat(cliVerify(new StringWriter())).isEqualTo(4);
    }

    /** A forger who rewrites an entry and recomputes every later hash and the head: only an anchor shows it. */
    @Test
    void aRewriteWithEveryHashRecomputedIsCaughtByTheRecordedHead() throws SQLException {
        StringWriter head = new StringWriter();
        assertThat(ZenomeCli.run(new PrintWriter(head), new PrintWriter(new StringWriter()), "audit", "head", "--db",
                db.toString())).isZero();
        String[] lines = head.toString().split("\n");
        assertThat(lines[0]).isEqualTo("seq\thash\ttime\tanchor");
        String[] row = lines[1].split("\t");
        List<AuditEntry> all = entries();
        AuditEntry last = all.get(all.size() - 1);
        assertThat(row).containsExactly(Long.toString(last.seq()), last.hash(), last.at().toString(),
                last.seq() + ":" + last.hash());
        String anchor = row[3];
        assertThat(cliVerify(new StringWriter(), "--expect-head", anchor)).isZero();
        assertThat(cliVerify(new StringWriter(), "--expect-head", last.hash().toUpperCase())).isZero();

        // rewrite entry 3's user and recompute the chain from there, head included
        forge(3, "mallory");
        assertThat(verify().intact()).as("the chain alone cannot tell").isTrue();
        StringWriter out = new StringWriter();
        assertThat(cliVerify(out, "--expect-head", anchor)).isEqualTo(4);
        assertThat(out.toString()).startsWith("audit log BROKEN at entry " + last.seq() + ": entry " + last.seq()
                + " no longer carries the recorded head hash").contains("rewritten at or before entry " + last.seq());
        out = new StringWriter();
        assertThat(cliVerify(out, "--expect-head", last.hash())).isEqualTo(4);
        assertThat(out.toString()).startsWith("audit log BROKEN: the recorded head hash " + last.hash()
                + " is in none of the");
    }

    @Test
    void aTruncationWithTheHeadRewrittenIsCaughtByTheRecordedHead() throws SQLException {
        List<AuditEntry> all = entries();
        AuditEntry last = all.get(all.size() - 1);
        AuditEntry before = all.get(all.size() - 3);
        String anchor = last.seq() + ":" + last.hash();
        raw("DELETE FROM audit_entry WHERE seq>" + before.seq(),
                "UPDATE audit_head SET seq=" + before.seq() + ", hash='" + before.hash() + "'");
        assertThat(verify().intact()).as("the chain alone cannot tell").isTrue();
        StringWriter out = new StringWriter();
        assertThat(cliVerify(out, "--expect-head", anchor)).isEqualTo(4);
        assertThat(out.toString()).isEqualTo("audit log BROKEN at entry " + (before.seq() + 1) + ": the recorded "
                + "head is entry " + last.seq() + " but the log ends at entry " + before.seq() + ": entries "
                + (before.seq() + 1) + "-" + last.seq() + " were removed (truncated) (" + before.seq()
                + " entries before it are intact)\n");
        // an earlier anchor still holds: the log up to it is unchanged
        assertThat(cliVerify(new StringWriter(), "--expect-head", before.seq() + ":" + before.hash())).isZero();
        // a malformed anchor is a usage error
        StringWriter err = new StringWriter();
        assertThat(ZenomeCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "audit", "verify",
                "--db", db.toString(), "--expect-head", "12:abc")).isEqualTo(2);
        assertThat(err.toString()).contains("not an audit hash");
    }

    @Test
    void headRefusesABrokenLog() throws SQLException {
        raw("UPDATE audit_entry SET actor='mallory' WHERE seq=3");
        StringWriter out = new StringWriter();
        assertThat(ZenomeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "audit", "head", "--db",
                db.toString())).isEqualTo(4);
        assertThat(out.toString()).startsWith("audit log BROKEN at entry 3").doesNotContain("anchor");
    }

    /** Changes the actor of entry {@code seq} and recomputes its hash, every later link and the head. */
    private void forge(long seq, String actor) throws SQLException {
        List<AuditEntry> all = entries();
        List<String> sql = new java.util.ArrayList<>();
        String prev = seq == 1 ? org.zenome.audit.AuditChain.GENESIS : all.get((int) seq - 2).hash();
        for (AuditEntry e : all) {
            if (e.seq() < seq) {
                continue;
            }
            AuditEntry changed = new AuditEntry(e.seq(), e.at(), e.seq() == seq ? actor : e.actor(), e.action(),
                    e.entityType(), e.entityId(), e.caseId(), e.before(), e.after(), prev, null);
            String hash = org.zenome.audit.AuditChain.hashOf(changed, prev);
            sql.add("UPDATE audit_entry SET actor='" + changed.actor() + "', prev_hash='" + prev + "', hash='" + hash
                    + "' WHERE seq=" + e.seq());
            prev = hash;
        }
        sql.add("UPDATE audit_head SET hash='" + prev + "'");
        raw(sql.toArray(String[]::new));
    }

    @Test
    void anUnreadableTimeIsReportedNotThrown() throws SQLException {
        raw("UPDATE audit_entry SET at='yesterday' WHERE seq=2");
        assertThat(verify().firstBroken()).isEqualTo(2);
    }

    @Test
    void auditLogPrintsTsvFilteredByCase() {
        StringWriter out = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "audit", "log", "--db",
                db.toString(), "--case", "C-1");
        assertThat(code).isEqualTo(0);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("seq\ttime\tuser\taction\tentity\tcase_id\tbefore\tafter");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i].split("\t", -1)).hasSize(8);
            assertThat(lines[i].split("\t", -1)[5]).isEqualTo("C-1");
        }
        assertThat(out.toString()).contains("\tsec\tcase.import\tcase:C-1\t").contains("discussion.note");
    }
}
