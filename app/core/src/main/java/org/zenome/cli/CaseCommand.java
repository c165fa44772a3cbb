package org.zenome.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zenome.domain.CaseStatus;
import org.zenome.panel.CaseReview;
import org.zenome.panel.Decision;
import org.zenome.panel.DiscussionNote;
import org.zenome.panel.NoteKind;
import org.zenome.panel.Outcome;
import org.zenome.panel.RecommendedAction;
import org.zenome.panel.StatusChange;
import org.zenome.panel.Turnaround;
import org.zenome.panel.TurnaroundStats;
import org.zenome.panel.User;
import org.zenome.panel.Vote;
import org.zenome.panel.VoteValue;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zenome case ...}: the panel's record of a case. Writes to a signed-off case are refused with exit
 * code 5 until the case is amended.
 */
@Command(name = "case", description = "Record the panel's discussion, votes and decisions on a case; sign off, "
        + "amend, show, turnaround.",
        subcommands = {CaseCommand.Note.class, CaseCommand.VoteCmd.class, CaseCommand.Decide.class,
            CaseCommand.Conclude.class, CaseCommand.SignOff.class, CaseCommand.Amend.class, CaseCommand.Status.class,
            CaseCommand.Show.class, CaseCommand.TurnaroundCmd.class})
final class CaseCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    @Command(name = "note", description = "Add a discussion note (or a proposal) on a finding.")
    static final class Note implements Callable<Integer> {
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--finding", required = true, paramLabel = "REF")
        String finding;
        @Option(names = "--meeting", paramLabel = "N")
        Long meeting;
        @Option(names = "--proposal", description = "The note is a proposal to vote on.")
        boolean proposal;
        @Parameters(index = "0", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() throws Exception {
            try (PanelCli cli = PanelCli.open(db, login)) {
                cli.service().addNote(cli.user(), -1, caseId, finding, meeting,
                        proposal ? NoteKind.PROPOSAL : NoteKind.NOTE, text);
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "vote", description = "Record an attendee's vote on a finding: agree, disagree or abstain.")
    static final class VoteCmd implements Callable<Integer> {
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--finding", required = true, paramLabel = "REF")
        String finding;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meeting;
        @Option(names = "--attendee", required = true, paramLabel = "N", description = "Attendee number "
                + "(meeting show).")
        long attendee;
        @Option(names = "--vote", required = true, paramLabel = "agree|disagree|abstain")
        String vote;

        @Override
        public Integer call() throws Exception {
            VoteValue v = VoteValue.parse(vote).orElseThrow(() -> new IllegalArgumentException("unknown vote '" + vote
                    + "' (agree, disagree, abstain)"));
            try (PanelCli cli = PanelCli.open(db, login)) {
                cli.service().recordVote(cli.user(), -1, caseId, finding, meeting, attendee, v);
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "decide", description = "Record the consensus decision on a finding.")
    static final class Decide implements Callable<Integer> {
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--finding", required = true, paramLabel = "REF")
        String finding;
        @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
                description = "primary, presumed-germline, secondary or not-reported.")
        String outcome;
        @Option(names = "--rationale", required = true, paramLabel = "TEXT")
        String rationale;
        @Option(names = "--label", paramLabel = "TEXT", description = "The finding for people (gene, HGVS).")
        String label;
        @Option(names = "--class", paramLabel = "TEXT", description = "Its classification (e.g. Likely pathogenic).")
        String classification;
        @Option(names = "--evidence", paramLabel = "TEXT", description = "Evidence summary (criteria, level).")
        String evidence;
        @Option(names = "--action", paramLabel = "KIND:DETAIL[:LEVEL]", description = "Recommended action "
                + "(repeatable): treatment, clinical-trial, confirmatory-test, genetic-counselling, cascade-testing, "
                + "reanalysis; LEVEL the evidence level A-F or R.")
        List<String> actions = new ArrayList<>();
        @Option(names = "--meeting", paramLabel = "N")
        Long meeting;

        @Override
        public Integer call() throws Exception {
            Outcome o = Outcome.parse(outcome).orElseThrow(() -> new IllegalArgumentException("unknown outcome '"
                    + outcome + "' (primary, presumed-germline, secondary, not-reported)"));
            List<RecommendedAction> acts = actions.stream().map(RecommendedAction::parse).toList();
            try (PanelCli cli = PanelCli.open(db, login)) {
                cli.service().recordDecision(cli.user(), -1, caseId, finding, label, classification,
                        evidence, o, rationale, acts, meeting);
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "conclude", description = "Record the overall conclusion and the summary for the report.")
    static final class Conclude implements Callable<Integer> {
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--conclusion", required = true, paramLabel = "TEXT")
        String conclusion;
        @Option(names = "--summary", paramLabel = "TEXT")
        String summary = "";

        @Override
        public Integer call() throws Exception {
            try (PanelCli cli = PanelCli.open(db, login)) {
                cli.service().conclude(cli.user(), -1, caseId, conclusion, summary);
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "sign-off", description = "Sign the case off as the meeting's chair (password asked again); "
            + "the case is read-only afterwards.")
    static final class SignOff implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meeting;

        @Override
        public Integer call() throws Exception {
            try (PanelCli cli = PanelCli.open(db, login)) {
                User u = cli.namedUser("the chair signs off");
                char[] password = login.password("Password of " + login.user + " to sign case " + caseId + " off: ");
                CaseReview r = cli.service().signOff(u, password, -1, caseId, meeting);
                java.util.Arrays.fill(password, '\0');
                spec.commandLine().getOut().println("case " + caseId + " version " + r.number() + " signed off by "
                        + r.signedBy() + " at " + r.signedAt() + "; audit entry " + r.signedAudit());
                var quorum = cli.meeting(meeting).quorum();
                if (quorum == null || !quorum.met()) {
                    spec.commandLine().getErr().println("zenome: warning: the quorum of meeting " + meeting + " was "
                            + (quorum == null ? "never checked" : "not met (" + quorum.problems().size()
                            + " missing roles)") + "; the report shows it");
                    spec.commandLine().getErr().flush();
                }
                spec.commandLine().getOut().flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "amend", description = "Open a new version of a signed-off case, with the reason; the signed "
            + "version stays readable.")
    static final class Amend implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() throws Exception {
            try (PanelCli cli = PanelCli.open(db, login)) {
                CaseReview r = cli.service().amend(cli.user(), -1, caseId, reason);
                spec.commandLine().getOut().println("case " + caseId + " version " + r.number() + " opened");
                spec.commandLine().getOut().flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "status", description = "Move the case to a status (e.g. reported when the report was issued, "
            + "under-review).")
    static final class Status implements Callable<Integer> {
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--set", required = true, paramLabel = "STATUS")
        String status;

        @Override
        public Integer call() throws Exception {
            CaseStatus s;
            try {
                s = CaseStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown status '" + status + "' (received, data-ready, "
                        + "under-review, on-agenda, discussed, reported)");
            }
            try (PanelCli cli = PanelCli.open(db, login)) {
                cli.service().setStatus(cli.user(), -1, caseId, s);
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "show", description = "Show the panel record of a case: versions, decisions, votes, discussion, "
            + "status history.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--version", paramLabel = "N", description = "A review version (default the current one).")
        Integer version;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, null)) {
                CaseStore store = cli.store();
                var kase = store.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException("no case "
                        + caseId));
                out.println("case " + caseId + "\tstatus " + kase.status());
                List<CaseReview> versions = store.reviews().versions(caseId);
                for (CaseReview r : versions) {
                    out.println("version " + r.number() + "\topened " + r.openedAt() + " by " + r.openedBy()
                            + (r.amendmentReason() == null ? "" : "\treason: " + Tsv.cell(r.amendmentReason()))
                            + (r.signed() ? "\tsigned " + r.signedAt() + " by " + r.signedBy() : "\tnot signed")
                            + (r.signedAudit() == null ? "" : "\taudit entry " + r.signedAudit()));
                }
                if (versions.isEmpty()) {
                    out.println("no panel record yet");
                } else {
                    int v = version != null ? version : versions.get(versions.size() - 1).number();
                    CaseReview r = versions.stream().filter(x -> x.number() == v).findFirst().orElseThrow(
                            () -> new IllegalArgumentException("case " + caseId + " has no version " + v));
                    out.println("== version " + v + (r.signed() ? " (signed, read-only)" : ""));
                    out.println("conclusion: " + Tsv.cell(r.conclusion()));
                    out.println("summary: " + Tsv.cell(r.summary()));
                    for (Decision d : store.reviews().decisions(caseId, v)) {
                        out.println("decision\t" + d.findingRef() + "\t" + Tsv.cell(d.findingLabel()) + "\t"
                                + d.outcome().code() + "\t" + Tsv.cell(d.classification()) + "\t"
                                + Tsv.cell(d.rationale()) + "\t" + String.join("; ", d.actions().stream()
                                .map(RecommendedAction::toString).toList()) + "\t" + d.recordedBy() + "\t" + d.at());
                    }
                    for (Vote x : store.reviews().votes(caseId, v)) {
                        out.println("vote\t" + x.findingRef() + "\t" + Tsv.cell(x.attendeeName()) + "\t"
                                + x.attendeeRole().code() + "\t" + x.value().name().toLowerCase(Locale.ROOT) + "\t"
                                + x.recordedBy() + "\t" + x.at());
                    }
                    for (DiscussionNote n : store.reviews().notes(caseId, v)) {
                        out.println(n.kind().name().toLowerCase(Locale.ROOT) + "\t" + n.findingRef() + "\t" + n.author()
                                + "\t" + n.at() + "\t" + Tsv.cell(n.text()));
                    }
                }
                for (StatusChange s : store.reviews().statusHistory(caseId)) {
                    out.println("status\t" + s.status() + "\t" + s.at() + "\t" + s.by());
                }
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "turnaround", description = "Turnaround per case as TSV: case_id, status, received, data_ready, "
            + "discussed, signed_off, reported, days_elapsed, overdue; the median on standard error.")
    static final class TurnaroundCmd implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--target-days", paramLabel = "N", description = "Days from receipt to report before a "
                + "case is overdue (default ${DEFAULT-VALUE}).")
        int targetDays = TurnaroundStats.DEFAULT_TARGET_DAYS;
        @Option(names = "--today", paramLabel = "DATE", description = "Reference date (default today).")
        LocalDate today;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate now = today != null ? today : LocalDate.now();
            try (PanelCli cli = PanelCli.open(db, null)) {
                List<Turnaround> rows = cli.store().turnaround().list();
                out.println("case_id\tstatus\treceived\tdata_ready\tdiscussed\tsigned_off\treported\tdays_elapsed\toverdue");
                for (Turnaround t : rows) {
                    out.println(t.caseId() + "\t" + t.status() + "\t" + d(t.received()) + "\t" + d(t.dataReady()) + "\t"
                            + d(t.discussed()) + "\t" + d(t.signedOff()) + "\t" + d(t.reported()) + "\t"
                            + t.daysElapsed(now) + "\t" + (t.overdue(now, targetDays) ? "yes" : "no"));
                }
                out.flush();
                TurnaroundStats stats = TurnaroundStats.of(rows, now, targetDays);
                spec.commandLine().getErr().println(stats.describe());
                spec.commandLine().getErr().flush();
            }
            return ZenomeCli.OK;
        }

        private static String d(LocalDate x) {
            return x == null ? "" : x.toString();
        }
    }
}
