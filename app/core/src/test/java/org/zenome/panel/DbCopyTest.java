package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.store.CaseStore;
import org.zenome.store.postgres.PostgresCaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.testing.PostgresServer;
import org.zenome.testing.StoreEngine;
import org.zenome.testing.TestImports;

/**
 * {@code zenome db copy}: a department's SQLite store to a PostgreSQL server and back, with every table, the findings
 * (also a record's line from the kept BGZF copy), the audit chain, and a store that goes on working afterwards.
 */
class DbCopyTest {
    @TempDir
    Path dir;
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path department() throws Exception {
        Path db = dir.resolve("department.db");
        try (CaseStore s = SqliteCaseStore.open(db)) {
            PanelFixture.users(s);
            PanelFixture.importCase(s, dir, "C-1", "sec");
            Path bgzf = TestImports.bgzip(Files.readAllBytes(TestImports.fixture("trio_grch38.vcf")),
                    dir.resolve("trio.vcf.gz"));
            TestImports.importVcf(s, "TRIO", bgzf, TestImports.fixture("trio.ped"), null);
            PanelService panel = new PanelService(s, QuorumRules.builtIn());
            User sec = s.users().find("sec").orElseThrow();
            Meeting m = panel.createMeeting(sec, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.HYBRID,
                    DiseaseArea.CANCER, "EP", "chair", true);
            panel.addToAgenda(sec, m.id(), "C-1", false, true);
            panel.addNote(sec, -1, "C-1", "chr13:32316461:G>A", m.id(), NoteKind.NOTE, "VAF 48%");
            s.snapshots().save(s.cases().find("C-1").orElseThrow().id(), new org.zenome.domain.CaseSnapshot(0,
                    "chr13:1-100", "png", 10, 10, java.time.Instant.now(),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff}));
        }
        return db;
    }

    @Test
    void toTheServerAndBackWithEverythingVerified() throws Exception {
        Path db = department();
        String url = StoreEngine.url(dir, "copy-target") + "?user=postgres";

        assertThat(run("db", "copy", "--from", db.toString(), "--to", url)).as(err).isZero();
        assertThat(out).startsWith("table\tsource_rows\ttarget_rows\n").contains("audit_entry\t").contains("audit\tintact");
        assertThat(out).contains("findings:TRIO\t").contains("case_snapshot\t1\t1");
        for (String line : out.lines().skip(1).filter(l -> !l.startsWith("audit\t")).toList()) {
            String[] f = line.split("\t");
            assertThat(f[1]).as(line).isEqualTo(f[2]);
        }
        assertThat(err).contains("copied and verified");

        List<Finding> local;
        String localLine;
        try (CaseStore s = SqliteCaseStore.open(db)) {
            long trio = s.cases().find("TRIO").orElseThrow().id();
            local = TestImports.all(s, trio);
            localLine = s.findings().detail(local.get(3).id()).orElseThrow().info().toString();
        }
        try (CaseStore s = PostgresCaseStore.open(url, PostgresServer.superuser())) {
            long trio = s.cases().find("TRIO").orElseThrow().id();
            List<Finding> remote = TestImports.all(s, trio);
            assertThat(remote).isEqualTo(local);
            // the record's line comes back from the kept BGZF copy, now stored on the server
            assertThat(s.findings().detail(remote.get(3).id()).orElseThrow().info().toString()).isEqualTo(localLine);
            assertThat(s.audit().verify().intact()).isTrue();
            // the genome browser gets the kept VCF as a local file, byte for byte
            Path kept = s.cases().variantFile(trio).orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(dir.resolve("trio.vcf.gz")));
            // the server store goes on: new keys do not collide with the copied ones
            PanelService panel = new PanelService(s, QuorumRules.builtIn());
            User gen = s.users().find("gen").orElseThrow();
            panel.addNote(gen, -1, "C-1", "chr13:32316461:G>A", null, NoteKind.NOTE, "written on the server");
            new Accounts(s.users(), PanelFixture.CHEAP).createUser(s.users().find("admin").orElseThrow(), "new",
                    "New Member", java.util.EnumSet.of(PanelRole.PATHOLOGIST), PanelFixture.PASSWORD);
        }

        // a store that is not empty is refused, and left as it was
        assertThat(run("db", "copy", "--from", db.toString(), "--to", url)).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("not empty").contains("Nothing was changed");

        Path back = dir.resolve("back.db");
        assertThat(run("db", "copy", "--from", url, "--to", back.toString())).as(err).isZero();
        try (CaseStore s = SqliteCaseStore.open(back)) {
            long trio = s.cases().find("TRIO").orElseThrow().id();
            assertThat(TestImports.all(s, trio)).isEqualTo(local);
            assertThat(s.findings().detail(local.get(3).id()).orElseThrow().info().toString()).isEqualTo(localLine);
            assertThat(s.reviews().notes("C-1", 1)).extracting(DiscussionNote::text)
                    .containsExactly("VAF 48%", "written on the server");
            assertThat(s.users().find("new")).isPresent();
            assertThat(s.audit().verify().intact()).isTrue();
        }
        assertThat(run("db", "copy", "--from", url, "--to", back.toString())).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(err).contains("back.db").contains("already exists");
        assertThat(run("db", "copy", "--from", dir.resolve("missing.db").toString(), "--to", dir.resolve("x.db")
                .toString())).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(Files.exists(dir.resolve("x.db"))).isFalse();
    }
}
