package org.zenome.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zenome.domain.DiseaseArea;
import org.zenome.panel.AgendaItem;
import org.zenome.panel.Attendee;
import org.zenome.panel.CirculationCheck;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.QuorumProblem;
import org.zenome.panel.QuorumResult;
import org.zenome.panel.QuorumRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome meeting ...}: expert-panel meetings, agenda, attendance and the quorum check. */
@Command(name = "meeting", description = "Schedule expert-panel meetings, keep agenda and attendance, check the quorum.",
        subcommands = {MeetingCommand.Create.class, MeetingCommand.ListMeetings.class, MeetingCommand.Show.class,
            MeetingCommand.Agenda.class, MeetingCommand.Attend.class, MeetingCommand.Leave.class,
            MeetingCommand.Check.class,
            MeetingCommand.Format.class,
            MeetingCommand.Eligibility.class})
final class MeetingCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    static DiseaseArea area(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "cancer" -> DiseaseArea.CANCER;
            case "rare-disease", "rare_disease" -> DiseaseArea.RARE_DISEASE;
            default -> throw new IllegalArgumentException("unknown disease area '" + s + "' (cancer, rare-disease)");
        };
    }

    static PanelRole role(String s) {
        return PanelRole.parse(s).orElseThrow(() -> new IllegalArgumentException("unknown role '" + s + "' ("
                + PanelRole.codes() + ")"));
    }

    static String areaCode(DiseaseArea a) {
        return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One line per unmet condition of each ineligible case, {@code warning: case ID: not eligible ...}. */
    static void printCirculation(PrintWriter out, java.util.Map<String, CirculationCheck> checks) {
        for (java.util.Map.Entry<String, CirculationCheck> e : checks.entrySet()) {
            CirculationCheck c = e.getValue();
            if (c.eligible()) {
                out.println("circulation: case " + e.getKey() + " eligible (" + c.ruleText() + ")");
            } else {
                for (CirculationCheck.ConditionResult r : c.unmet()) {
                    out.println("warning: case " + e.getKey() + ": not eligible for circulation: " + r.message());
                }
                out.println("circulation: case " + e.getKey() + " NOT eligible (" + c.ruleText() + ")");
            }
        }
    }

    static String quorumText(QuorumResult q) {
        return q == null ? "unchecked" : q.met() ? "met" : "not met";
    }

    @Command(name = "create", description = "Schedule a meeting; prints its number.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Mixin
        Login login;

        @Option(names = "--at", required = true, paramLabel = "DATETIME", description = "Local date and time, "
                + "e.g. 2026-12-10T17:00.")
        String at;

        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "in-person, online, hybrid or circulation.")
        String format;

        @Option(names = "--area", required = true, paramLabel = "cancer|rare-disease")
        String area;

        @Option(names = "--chair", required = true, paramLabel = "USERNAME", description = "The chair (signs off).")
        String chair;

        @Option(names = "--title", paramLabel = "TEXT")
        String title = "";

        @Option(names = "--external-analysis", description = "Sequencing not analysed in house (no bioinformatician "
                + "required).")
        boolean external;

        @Override
        public Integer call() throws Exception {
            LocalDateTime when;
            try {
                when = LocalDateTime.parse(at);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--at '" + at + "' is not a date and time like 2026-12-10T17:00");
            }
            MeetingFormat f = MeetingFormat.parse(format).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + format + "' (in-person, online, hybrid, circulation)"));
            try (PanelCli cli = PanelCli.open(db, login)) {
                Meeting m = cli.service().createMeeting(cli.user(), when, f, area(area), title, chair, !external);
                spec.commandLine().getOut().println(m.id());
                spec.commandLine().getOut().flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "list", description = "List meetings as TSV: meeting, held_at, format, disease_area, chair, cases, "
            + "attendees, quorum.")
    static final class ListMeetings implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, null)) {
                out.println("meeting\theld_at\tformat\tdisease_area\tchair\tcases\tattendees\tquorum");
                for (Meeting m : cli.store().meetings().list()) {
                    out.println(m.id() + "\t" + m.heldAt() + "\t" + m.format().code() + "\t" + areaCode(m.diseaseArea())
                            + "\t" + m.chair() + "\t" + String.join(",", m.agenda().stream().map(AgendaItem::caseId)
                            .toList()) + "\t" + m.present().size() + "\t" + quorumText(m.quorum()));
                }
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "show", description = "Show a meeting: agenda, attendees, last quorum check.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meetingId;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, null)) {
                Meeting m = cli.meeting(meetingId);
                out.println("meeting " + m.id() + ": " + m.heldAt() + " " + m.format().code() + " "
                        + areaCode(m.diseaseArea()) + " chair " + m.chair() + (m.title().isEmpty() ? "" : " - "
                        + m.title()));
                out.println("agenda:");
                for (AgendaItem a : m.agenda()) {
                    out.println("  " + a.position() + ". " + a.caseId() + (a.paediatric() ? " (paediatric)" : "")
                            + (a.treatingPhysician() == null ? "" : " treating physician " + a.treatingPhysician()
                            + (a.treatingPhysicianUser() == null ? "" : " (" + a.treatingPhysicianUser() + ")"))
                            + (a.historySupplied() ? " (treatment and family history supplied)" : ""));
                    CirculationCheck c = a.circulation();
                    if (c != null) {
                        out.println("     circulation: " + (c.eligible() ? "eligible" : "NOT eligible") + " ("
                                + c.ruleText() + ", checked " + c.checkedAt() + ")");
                        for (CirculationCheck.ConditionResult r : c.unmet()) {
                            out.println("       unmet: " + r.message());
                        }
                    } else if (m.format() == MeetingFormat.CIRCULATION) {
                        out.println("     circulation: unchecked");
                    }
                }
                out.println("attendees:");
                for (Attendee a : m.attendees()) {
                    out.println("  " + a.id() + "\t" + a.name() + "\t" + a.role().code() + "\t"
                            + (a.remote() ? "remote" : "in person") + "\tjoined " + a.joinedAt()
                            + (a.leftAt() == null ? "" : "\tleft " + a.leftAt())
                            + (a.wholeMeeting() ? "" : "\tfor case " + String.join(",", a.forCases())));
                }
                QuorumResult q = m.quorum();
                out.println("quorum: " + quorumText(q) + (q == null ? "" : " (rules " + q.rulesVersion() + ", checked "
                        + q.checkedAt() + ")"));
                if (q != null) {
                    for (QuorumProblem p : q.problems()) {
                        out.println("  warning: " + p.message());
                    }
                }
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "agenda", description = "Put a case on a meeting's agenda (with --update: change what the "
            + "agenda records about it).")
    static final class Agenda implements Callable<Integer> {
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meetingId;
        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;
        @Option(names = "--paediatric", description = "A paediatric case (a paediatric oncologist is required).")
        boolean paediatric;
        @Option(names = "--history-supplied", description = "The treating physician supplied treatment and family "
                + "history (may then be absent).")
        boolean historySupplied;
        @Option(names = "--treating-physician", paramLabel = "USER|NAME", description = "The patient's treating "
                + "physician: a Zenome user holding the treating-physician role, or the name of a physician "
                + "without an account.")
        String treatingPhysician;
        @Option(names = "--update", description = "The case is on the agenda already: replace its paediatric, "
                + "history-supplied and treating-physician entries with the ones given.")
        boolean update;

        @Override
        public Integer call() throws Exception {
            try (PanelCli cli = PanelCli.open(db, login)) {
                if (update) {
                    cli.service().updateAgendaItem(cli.user(), meetingId, caseId, paediatric, historySupplied,
                            treatingPhysician);
                } else {
                    cli.service().addToAgenda(cli.user(), meetingId, caseId, paediatric, historySupplied,
                            treatingPhysician);
                }
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "attend", description = "Record an attendee in a role; prints the attendee number.")
    static final class Attend implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meetingId;
        @Option(names = "--role", required = true, paramLabel = "ROLE")
        String role;
        @Option(names = "--member", paramLabel = "USERNAME", description = "The attendee's Zenome user.")
        String member;
        @Option(names = "--name", paramLabel = "TEXT", description = "Name (for attendees without an account).")
        String name;
        @Option(names = "--remote", description = "Attends online.")
        boolean remote;
        @Option(names = "--at", paramLabel = "TIME", description = "Attendance time (ISO instant); default now.")
        Instant at;
        @Option(names = "--for-case", paramLabel = "ID", split = ",", description = "A treating physician (or a "
                + "substitute) attends for these agenda cases; default the cases naming the member as their "
                + "treating physician, else the only case on the agenda.")
        java.util.List<String> forCases = new java.util.ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (member == null && (name == null || name.isBlank())) {
                throw new IllegalArgumentException("give --member USERNAME or --name TEXT");
            }
            try (PanelCli cli = PanelCli.open(db, login)) {
                Attendee a = cli.service().addAttendee(cli.user(), meetingId, name, member, role(role), remote, at,
                        forCases);
                spec.commandLine().getOut().println(a.id());
                spec.commandLine().getOut().flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "leave", description = "Record that an attendee left.")
    static final class Leave implements Callable<Integer> {
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meetingId;
        @Option(names = "--attendee", required = true, paramLabel = "N")
        long attendee;

        @Override
        public Integer call() throws Exception {
            try (PanelCli cli = PanelCli.open(db, login)) {
                cli.service().markLeft(cli.user(), meetingId, attendee);
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "check", description = "Check the attendance against the quorum rule of the meeting's disease "
            + "area; with --user the result is recorded with the meeting. One warning line per missing role. A "
            + "meeting by circulation also re-checks each agenda case's eligibility (one warning line per unmet "
            + "condition).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meetingId;
        @Option(names = "--rules", paramLabel = "FILE", description = "Quorum rules (JSON); default the built-in "
                + "rules after the MHLW notice.")
        java.nio.file.Path rules;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            QuorumRules loaded = PanelCli.rules(rules);
            try (PanelCli cli = PanelCli.open(db, login, loaded)) {
                QuorumResult r = cli.hasUser() ? cli.service().checkQuorum(cli.user(), meetingId)
                        : loaded.check(cli.meeting(meetingId), Instant.now());
                for (QuorumProblem p : r.problems()) {
                    out.println("warning: " + p.message());
                }
                out.println("quorum " + (r.met() ? "met" : "NOT met") + " (rules " + r.rulesVersion() + ")");
                if (cli.meeting(meetingId).format() == MeetingFormat.CIRCULATION) {
                    // the agenda is re-checked: a case that became ineligible is flagged (recorded with --user)
                    printCirculation(out, cli.hasUser() ? cli.service().checkCirculation(cli.user(), meetingId)
                            : cli.service().circulationChecks(meetingId));
                }
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "format", description = "Change a meeting's format. A change to circulation checks every agenda "
            + "case against the circulation rule and is refused (exit code 1) naming each ineligible case and its "
            + "unmet conditions.")
    static final class Format implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Mixin
        Login login;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meetingId;
        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "in-person, online, hybrid or circulation.")
        String format;

        @Override
        public Integer call() throws Exception {
            MeetingFormat f = MeetingFormat.parse(format).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + format + "' (in-person, online, hybrid, circulation)"));
            try (PanelCli cli = PanelCli.open(db, login)) {
                Meeting m = cli.service().changeFormat(cli.user(), meetingId, f);
                spec.commandLine().getOut().println("meeting " + m.id() + " is " + m.format().code());
                spec.commandLine().getOut().flush();
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "eligibility", description = "Check cases against the circulation rule of the meeting's disease "
            + "area, now, without recording anything: the agenda's cases, or --case ID. TSV: case_id, rules_version, "
            + "rule, condition, met, detail.")
    static final class Eligibility implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--meeting", required = true, paramLabel = "N")
        long meetingId;
        @Option(names = "--case", paramLabel = "ID", description = "A case (on the agenda or not); default every "
                + "agenda case.")
        String caseId;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (PanelCli cli = PanelCli.open(db, null)) {
                java.util.Map<String, CirculationCheck> checks = caseId == null
                        ? cli.service().circulationChecks(meetingId)
                        : java.util.Map.of(caseId, cli.service().circulationCheck(meetingId, caseId));
                out.println("case_id\trules_version\trule\tcondition\tmet\tdetail");
                for (java.util.Map.Entry<String, CirculationCheck> e : checks.entrySet()) {
                    for (CirculationCheck.ConditionResult r : e.getValue().conditions()) {
                        out.println(e.getKey() + "\t" + e.getValue().rulesVersion() + "\t" + e.getValue().ruleId()
                                + "\t" + r.condition() + "\t" + (r.met() ? "yes" : "no") + "\t"
                                + String.join("; ", r.items()));
                    }
                }
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }
}
