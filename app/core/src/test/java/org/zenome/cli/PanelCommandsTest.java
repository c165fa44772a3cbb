package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel on the command line: users, a meeting with attendance and quorum warnings, votes, a decision,
 * sign-off, the lock (exit code 5), an amendment, turnaround, and the audit log checked at the end.
 */
class PanelCommandsTest {
    private static final String PW = "correct horse battery";
    @TempDir
    Path dir;
    private String db;
    private InputStream stdin;
    private String out;
    private String err;

    /** The --db value of the test's store (a subclass runs the same commands on PostgreSQL). */
    String location(Path dir, String name) {
        return dir.resolve(name).toString();
    }

    @BeforeEach
    void saveStdin() {
        stdin = System.in;
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    /** Runs the CLI with {@code input} on standard input. */
    private int run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int as(String user, String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        all[args.length + 2] = "--user";
        all[args.length + 3] = user;
        all[args.length + 4] = "--password-stdin";
        return run(PW + "\n", all);
    }

    private void addUser(String name, String role) {
        assertThat(run(PW + "\n" + PW + "\n", "user", "add", "--db", db, "--user", "admin", "--password-stdin",
                "--role", role, "--name", "Dr " + name, name)).as(err).isZero();
    }

    @Test
    void eachAgendaCaseHasItsTreatingPhysician() throws Exception {
        db = dir.resolve("tp.db").toString();
        for (String id : new String[] {"C-1", "C-2"}) {
            Path vcf = dir.resolve(id + ".vcf");
            Files.writeString(vcf, "##fileformat=VCFv4.2\n##contig=<ID=chr13,length=114364328>\n"
                    + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr13\t32316461\t.\tG\tA\t50\tPASS\t.\n");
            assertThat(run("", "import", "--db", db, "--case", id, "--build", "GRCh38", "-q", vcf.toString()))
                    .as(err).isZero();
        }
        assertThat(run(PW + "\n", "user", "add", "--db", db, "--password-stdin", "--name", "Admin", "--role",
                "secretary", "admin")).as(err).isZero();
        addUser("chair", "drug-therapy-physician");
        addUser("kato", "treating-physician");
        assertThat(as("admin", "meeting", "create", "--at", "2026-12-10T17:00", "--format", "online", "--area",
                "cancer", "--chair", "chair", "--external-analysis")).as(err).isZero();
        String m = out.strip();
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-1", "--treating-physician", "kato"))
                .as(err).isZero();
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-2", "--treating-physician",
                "Dr Ito (Kita Hospital)")).as(err).isZero();
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-2", "--treating-physician",
                "chair")).isEqualTo(2);
        assertThat(err).contains("chair does not hold the role treating-physician");
        for (String role : new String[] {"clinical-geneticist", "genetic-counsellor", "pathologist",
            "molecular-geneticist"}) {
            assertThat(as("admin", "meeting", "attend", "--meeting", m, "--name", "Dr " + role, "--role", role))
                    .as(err).isZero();
        }
        assertThat(as("admin", "meeting", "attend", "--meeting", m, "--member", "chair", "--role",
                "drug-therapy-physician")).as(err).isZero();
        // Dr Kato attends: counted for C-1 only; C-2's treating physician is missing
        assertThat(as("admin", "meeting", "attend", "--meeting", m, "--member", "kato", "--role",
                "treating-physician", "--remote")).as(err).isZero();
        assertThat(as("admin", "meeting", "check", "--meeting", m)).as(err).isZero();
        assertThat(out).isEqualTo("warning: case C-2: missing role: treating-physician (1 required, 0 present)\n"
                + "quorum NOT met (rules mhlw-2022.2)\n");
        // an external physician must name the case
        assertThat(as("admin", "meeting", "attend", "--meeting", m, "--name", "Dr Abe", "--role",
                "treating-physician")).isEqualTo(2);
        assertThat(err).contains("say for which agenda case Dr Abe attends (C-1, C-2)");
        assertThat(as("admin", "meeting", "attend", "--meeting", m, "--name", "Dr Abe", "--role",
                "treating-physician", "--for-case", "C-2")).as(err).isZero();
        assertThat(as("admin", "meeting", "check", "--meeting", m)).as(err).isZero();
        assertThat(out).isEqualTo("quorum met (rules mhlw-2022.2)\n");
        assertThat(run("", "meeting", "show", "--db", db, "--meeting", m)).isZero();
        assertThat(out).contains("1. C-1 treating physician Dr kato (kato)")
                .contains("2. C-2 treating physician Dr Ito (Kita Hospital)")
                .containsPattern("\tDr Abe\ttreating-physician\tin person\tjoined [^\n]*\tfor case C-2\n")
                .contains("quorum: met");
        // Dr Abe leaves; the history of C-2 arrives, so the roster holds again
        String abe = out.lines().filter(l -> l.contains("Dr Abe")).findFirst().orElseThrow().strip().split("\t")[0];
        assertThat(as("admin", "meeting", "leave", "--meeting", m, "--attendee", abe)).as(err).isZero();
        assertThat(as("admin", "meeting", "check", "--meeting", m)).isZero();
        assertThat(out).contains("quorum NOT met");
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-2", "--update", "--history-supplied",
                "--treating-physician", "Dr Ito (Kita Hospital)")).as(err).isZero();
        assertThat(as("admin", "meeting", "check", "--meeting", m)).isZero();
        assertThat(out).contains("quorum met");
    }

    @Test
    void aPanelCaseFromMeetingToAmendment() throws Exception {
        db = location(dir, "panel.db");
        Path vcf = dir.resolve("c1.vcf");
        Files.writeString(vcf, "##fileformat=VCFv4.2\n##contig=<ID=chr13,length=114364328>\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "chr13\t32316461\t.\tG\tA\t50\tPASS\t.\n");
        assertThat(run("", "import", "--db", db, "--case", "C-1", "--build", "GRCh38", "--disease-area", "cancer",
                "-q", vcf.toString())).as(err).isZero();

        // the first user becomes the administrator without logging in
        assertThat(run(PW + "\n", "user", "add", "--db", db, "--password-stdin", "--name", "Admin", "admin"))
                .as(err).isZero();
        assertThat(out).isEqualTo("admin\tadministrator\n");
        assertThat(run("short\n", "user", "add", "--db", db, "--user", "admin", "--password-stdin", "--role",
                "secretary", "x1")).isEqualTo(1);
        addUser("sec", "secretary");
        addUser("chair", "drug-therapy-physician");
        addUser("gen", "clinical-geneticist,genetic-counsellor");
        assertThat(run("", "user", "list", "--db", db)).isZero();
        assertThat(out).startsWith("username\tname\troles\tactive\tcreated\tcreated_by\n")
                .contains("gen\tDr gen\tclinical-geneticist,genetic-counsellor\tyes\t");
        assertThat(run("wrong password\n", "meeting", "create", "--db", db, "--user", "sec", "--password-stdin",
                "--at", "2026-12-10T17:00", "--format", "online", "--area", "cancer", "--chair", "chair"))
                .isEqualTo(1);
        assertThat(err).contains("wrong user name or password");

        assertThat(as("sec", "meeting", "create", "--at", "2026-12-10T17:00", "--format", "hybrid", "--area", "cancer",
                "--chair", "chair", "--title", "WGS EP")).as(err).isZero();
        String meeting = out.strip();
        assertThat(as("sec", "meeting", "agenda", "--meeting", meeting, "--case", "C-1", "--history-supplied"))
                .as(err).isZero();
        assertThat(as("sec", "meeting", "attend", "--meeting", meeting, "--member", "chair", "--role",
                "drug-therapy-physician")).as(err).isZero();
        String chairAttendee = out.strip();
        assertThat(as("sec", "meeting", "attend", "--meeting", meeting, "--member", "gen", "--role",
                "clinical-geneticist", "--remote")).as(err).isZero();
        String genAttendee = out.strip();
        assertThat(as("sec", "meeting", "check", "--meeting", meeting)).as(err).isZero();
        assertThat(out).contains("warning: missing role: genetic-counsellor (1 required, 0 present)")
                .contains("warning: missing role: pathologist").contains("quorum NOT met (rules mhlw-2022.2)");
        assertThat(run("", "meeting", "list", "--db", db)).isZero();
        assertThat(out).startsWith("meeting\theld_at\tformat\tdisease_area\tchair\tcases\tattendees\tquorum\n")
                .contains(meeting + "\t2026-12-10T17:00\thybrid\tcancer\tchair\tC-1\t2\tnot met");

        assertThat(as("gen", "case", "note", "--case", "C-1", "--finding", "F1", "--meeting", meeting, "--proposal",
                "Report as presumed germline")).as(err).isZero();
        assertThat(as("sec", "case", "vote", "--case", "C-1", "--finding", "F1", "--meeting", meeting, "--attendee",
                chairAttendee, "--vote", "agree")).as(err).isZero();
        assertThat(as("gen", "case", "vote", "--case", "C-1", "--finding", "F1", "--meeting", meeting, "--attendee",
                genAttendee, "--vote", "abstain")).as(err).isZero();
        assertThat(as("sec", "case", "decide", "--case", "C-1", "--finding", "F1", "--outcome", "presumed-germline",
                "--rationale", "VAF 0.5", "--label", "BRCA2 c.68-7T>A", "--class", "Likely pathogenic",
                "--action", "confirmatory-test:Sanger", "--action", "treatment:olaparib:B", "--meeting", meeting))
                .as(err).isZero();
        assertThat(as("sec", "case", "decide", "--case", "C-1", "--finding", "F1", "--outcome", "primary",
                "--rationale", "x", "--action", "treatment:olaparib:Z")).isEqualTo(2);
        assertThat(err).contains("evidence level 'Z'");

        assertThat(as("gen", "case", "sign-off", "--case", "C-1", "--meeting", meeting)).isEqualTo(1);
        assertThat(err).contains("only the chair");
        assertThat(as("chair", "case", "sign-off", "--case", "C-1", "--meeting", meeting)).as(err).isZero();
        assertThat(out).contains("case C-1 version 1 signed off by chair").containsPattern("; audit entry \\d+:[0-9a-f]{64}");
        assertThat(err).contains("warning: the quorum of meeting " + meeting + " was not met");
        String signAnchor = out.substring(out.indexOf("audit entry ") + 12).strip();
        assertThat(run("", "audit", "verify", "--db", db, "--expect-head", signAnchor)).as(out).isZero();
        assertThat(out).contains("contains the recorded head " + signAnchor);

        // locked: every write refused with exit code 5
        assertThat(as("gen", "case", "note", "--case", "C-1", "--finding", "F1", "late")).isEqualTo(5);
        assertThat(err).contains("signed off").contains("amend");
        assertThat(as("sec", "case", "decide", "--case", "C-1", "--finding", "F1", "--outcome", "not-reported",
                "--rationale", "changed mind")).isEqualTo(5);
        assertThat(as("sec", "case", "conclude", "--case", "C-1", "--conclusion", "x")).isEqualTo(5);
        assertThat(as("sec", "case", "vote", "--case", "C-1", "--finding", "F1", "--meeting", meeting, "--attendee",
                chairAttendee, "--vote", "disagree")).isEqualTo(5);
        assertThat(run("", "import", "--db", db, "--case", "C-1", "--build", "GRCh38", "--replace", "-q",
                vcf.toString())).isEqualTo(5);

        assertThat(as("gen", "case", "amend", "--case", "C-1", "--reason", "Sanger negative")).as(err).isZero();
        assertThat(out).contains("version 2 opened");
        assertThat(as("gen", "case", "decide", "--case", "C-1", "--finding", "F1", "--outcome", "primary",
                "--rationale", "somatic")).as(err).isZero();
        assertThat(run("", "case", "show", "--db", db, "--case", "C-1", "--version", "1")).isZero();
        assertThat(out).contains("version 1\topened").contains("signed").contains("\taudit entry " + signAnchor).contains("version 2\topened")
                .contains("reason: Sanger negative").contains("decision\tF1\tBRCA2 c.68-7T>A\tpresumed-germline")
                .contains("confirmatory-test:Sanger; treatment:olaparib:B")
                .contains("vote\tF1\tDr chair\tdrug-therapy-physician\tagree")
                .contains("proposal\tF1\tgen");
        assertThat(run("", "case", "show", "--db", db, "--case", "C-1")).isZero();
        assertThat(out).contains("decision\tF1\tBRCA2 c.68-7T>A\tprimary");

        assertThat(run("", "case", "turnaround", "--db", db)).isZero();
        assertThat(out).startsWith("case_id\tstatus\treceived\tdata_ready\tdiscussed\tsigned_off\treported"
                + "\tdays_elapsed\toverdue\n").contains("C-1\tDISCUSSED\t");
        // the meeting is on 2026-12-10; decisions recorded before it date the discussion (never after the sign-off)
        java.time.LocalDate meetingDay = java.time.LocalDate.of(2026, 12, 10);
        String today = (java.time.LocalDate.now().isBefore(meetingDay) ? java.time.LocalDate.now() : meetingDay)
                .toString();
        assertThat(out.lines().filter(l -> l.startsWith("C-1\t")).findFirst().orElseThrow().split("\t")[4])
                .isEqualTo(today);
        assertThat(err).contains("1 cases, 0 reported");

        assertThat(run("", "audit", "verify", "--db", db)).isZero();
        assertThat(run("", "audit", "log", "--db", db, "--case", "C-1")).isZero();
        assertThat(out).contains("\tchair\tcase.sign-off\t").contains("\tgen\tcase.amend\t")
                .contains("case.import");
    }
}
