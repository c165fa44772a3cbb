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
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.PanelService;
import org.zenome.panel.QuorumProblem;
import org.zenome.panel.QuorumResult;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.User;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome meeting ...}: expert-panel meetings, agenda, attendance and the quorum check. */
@Command(name = "meeting", description = "Schedule expert-panel meetings, keep agenda and attendance, check the quorum.",
        subcommands = {MeetingCommand.Create.class, MeetingCommand.ListMeetings.class, MeetingCommand.Show.class,
            MeetingCommand.Agenda.class, MeetingCommand.Attend.class, MeetingCommand.Leave.class,
            MeetingCommand.Check.class})
final class MeetingCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    static PanelService service(CaseStore store, java.nio.file.Path rulesFile)
            throws org.zenome.importer.InvalidInputException {
        return new PanelService(store, rules(rulesFile));
    }

    static QuorumRules rules(java.nio.file.Path rulesFile) throws org.zenome.importer.InvalidInputException {
        QuorumRules rules;
        if (rulesFile == null) {
            rules = QuorumRules.builtIn();
        } else {
            try {
                rules = QuorumRules.load(rulesFile);
            } catch (java.io.IOException e) {
                throw new org.zenome.importer.InvalidInputException(rulesFile.toString(), 0, "cannot read: "
                        + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new org.zenome.importer.InvalidInputException(rulesFile.toString(), 0,
                        e.getMessage().startsWith(rulesFile + ": ") ? e.getMessage().substring(rulesFile.toString()
                        .length() + 2) : e.getMessage(), null);
            }
        }
        return rules;
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
            try (CaseStore store = db.open()) {
                User u = login.login(store);
                Meeting m = service(store, null).createMeeting(u, when, f, area(area), title, chair, !external);
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
            try (CaseStore store = db.open()) {
                out.println("meeting\theld_at\tformat\tdisease_area\tchair\tcases\tattendees\tquorum");
                for (Meeting m : store.meetings().list()) {
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
            try (CaseStore store = db.open()) {
                Meeting m = store.meetings().find(meetingId).orElseThrow(() -> new IllegalArgumentException(
                        "no meeting " + meetingId));
                out.println("meeting " + m.id() + ": " + m.heldAt() + " " + m.format().code() + " "
                        + areaCode(m.diseaseArea()) + " chair " + m.chair() + (m.title().isEmpty() ? "" : " - "
                        + m.title()));
                out.println("agenda:");
                for (AgendaItem a : m.agenda()) {
                    out.println("  " + a.position() + ". " + a.caseId() + (a.paediatric() ? " (paediatric)" : "")
                            + (a.historySupplied() ? " (treatment and family history supplied)" : ""));
                }
                out.println("attendees:");
                for (Attendee a : m.attendees()) {
                    out.println("  " + a.id() + "\t" + a.name() + "\t" + a.role().code() + "\t"
                            + (a.remote() ? "remote" : "in person") + "\tjoined " + a.joinedAt()
                            + (a.leftAt() == null ? "" : "\tleft " + a.leftAt()));
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

    @Command(name = "agenda", description = "Put a case on a meeting's agenda.")
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

        @Override
        public Integer call() throws Exception {
            try (CaseStore store = db.open()) {
                User u = login.login(store);
                service(store, null).addToAgenda(u, meetingId, caseId, paediatric, historySupplied);
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

        @Override
        public Integer call() throws Exception {
            if (member == null && (name == null || name.isBlank())) {
                throw new IllegalArgumentException("give --member USERNAME or --name TEXT");
            }
            try (CaseStore store = db.open()) {
                User u = login.login(store);
                Attendee a = service(store, null).addAttendee(u, meetingId, name, member, role(role), remote, at);
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
            try (CaseStore store = db.open()) {
                User u = login.login(store);
                service(store, null).markLeft(u, meetingId, attendee);
            }
            return ZenomeCli.OK;
        }
    }

    @Command(name = "check", description = "Check the attendance against the quorum rule of the meeting's disease "
            + "area; with --user the result is recorded with the meeting. One warning line per missing role.")
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
            QuorumRules loaded = rules(rules);
            try (CaseStore store = db.open()) {
                PanelService service = new PanelService(store, loaded);
                QuorumResult r;
                if (login.user != null) {
                    r = service.checkQuorum(login.login(store), meetingId);
                } else {
                    Meeting m = store.meetings().find(meetingId).orElseThrow(() -> new IllegalArgumentException(
                            "no meeting " + meetingId));
                    r = service.rules().check(m, Instant.now());
                }
                for (QuorumProblem p : r.problems()) {
                    out.println("warning: " + p.message());
                }
                out.println("quorum " + (r.met() ? "met" : "NOT met") + " (rules " + r.rulesVersion() + ")");
                out.flush();
            }
            return ZenomeCli.OK;
        }
    }
}
