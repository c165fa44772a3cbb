package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEntry;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.DiseaseArea;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.CaseLockedException;
import org.zenome.store.ConflictException;

/**
 * Meetings, attendance, votes, consensus decisions, sign-off lock, amendments and conflicts between two
 * connections, on a real SQLite file.
 */
class PanelRecordTest {
    /** The engine the tests run on (a subclass runs them all on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    /** Opens the test's store {@code file} (on PostgreSQL: a database named after it). */
    org.zenome.store.CaseStore open(Path file) {
        return engine().open(file.getParent(), file.getFileName().toString());
    }

    private static final String F1 = "chr13:32316461:G>A";
    private static final String F2 = "chr13:32319077:C>T";

    @TempDir
    Path dir;
    private org.zenome.store.CaseStore store;
    private PanelService panel;
    private User sec;
    private User chair;
    private User gen;
    private Meeting meeting;

    @BeforeEach
    void setUp() throws Exception {
        store = open(dir.resolve("panel.db"));
        PanelFixture.users(store);
        PanelFixture.importCase(store, dir, "C-1", "sec");
        sec = store.users().find("sec").orElseThrow();
        chair = store.users().find("chair").orElseThrow();
        gen = store.users().find("gen").orElseThrow();
        panel = new PanelService(store, QuorumRules.builtIn());
        meeting = panel.createMeeting(sec, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.HYBRID,
                DiseaseArea.CANCER, "WGS EP 12", "chair", true);
        panel.addToAgenda(sec, meeting.id(), "C-1", false, true);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long version() {
        return store.cases().find("C-1").orElseThrow().version();
    }

    private Attendee attend(String user, PanelRole role) {
        return panel.addAttendee(sec, meeting.id(), null, user, role, false, null);
    }

    private void decide() {
        panel.recordDecision(sec, version(), "C-1", F1, "BRCA2 c.68-7T>A", "Likely pathogenic", "PVS1_Moderate, PM2",
                Outcome.PRESUMED_GERMLINE, "Germline origin likely; VAF 0.48",
                List.of(RecommendedAction.parse("confirmatory-test:Sanger on blood"),
                        RecommendedAction.parse("genetic-counselling:referral"),
                        RecommendedAction.parse("treatment:olaparib:B")), meeting.id());
    }

    @Test
    void attendanceAndQuorumAreRecordedWithTheMeeting() {
        Attendee c = attend("chair", PanelRole.DRUG_THERAPY_PHYSICIAN);
        attend("gen", PanelRole.CLINICAL_GENETICIST);
        panel.addAttendee(sec, meeting.id(), "Dr Remote", null, PanelRole.PATHOLOGIST, true, null);
        QuorumResult q = panel.checkQuorum(sec, meeting.id());
        assertThat(q.met()).isFalse();
        assertThat(q.problems()).extracting(QuorumProblem::role).containsExactly(PanelRole.GENETIC_COUNSELLOR,
                PanelRole.MOLECULAR_GENETICIST, PanelRole.BIOINFORMATICIAN);
        Meeting m = store.meetings().find(meeting.id()).orElseThrow();
        assertThat(m.quorum().met()).isFalse();
        assertThat(m.quorum().problems()).isEqualTo(q.problems());
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Dr Chair", "Dr Geneticist", "Dr Remote");
        assertThat(m.attendees().get(2).remote()).isTrue();
        assertThat(store.cases().find("C-1").orElseThrow().status()).isEqualTo(CaseStatus.ON_AGENDA);
        panel.markLeft(sec, meeting.id(), c.id());
        assertThat(store.meetings().find(meeting.id()).orElseThrow().present()).hasSize(2);
        assertThatThrownBy(() -> attend("gen", PanelRole.PATHOLOGIST)).hasMessageContaining("does not hold the role");
        assertThatThrownBy(() -> panel.addAttendee(gen, meeting.id(), "X", null, PanelRole.PATHOLOGIST, false, null))
                .isInstanceOf(PermissionException.class);
    }

    @Test
    void eachCaseHasItsTreatingPhysicianInTheRosterCheck() throws Exception {
        User admin = store.users().find("admin").orElseThrow();
        Accounts accounts = new Accounts(store.users(), PanelFixture.CHEAP);
        accounts.createUser(admin, "kato", "Dr Kato", java.util.EnumSet.of(PanelRole.TREATING_PHYSICIAN),
                PanelFixture.PASSWORD);
        PanelFixture.importCase(store, dir, "C-2", "sec");
        PanelFixture.importCase(store, dir, "C-3", "sec");
        for (String u : List.of("chair", "gen", "gc", "path", "mol", "bio")) {
            User x = store.users().find(u).orElseThrow();
            attend(u, x.roles().iterator().next());
        }
        // C-1 came with its history (setUp); C-2 is Dr Kato's (an account), C-3 Dr Ito's (referring, no account)
        panel.addToAgenda(sec, meeting.id(), "C-2", false, false, "kato");
        panel.addToAgenda(sec, meeting.id(), "C-3", false, false, "Dr Ito");
        Meeting m = store.meetings().find(meeting.id()).orElseThrow();
        assertThat(m.agenda()).extracting(AgendaItem::treatingPhysician).containsExactly(null, "Dr Kato", "Dr Ito");
        assertThat(m.agenda()).extracting(AgendaItem::treatingPhysicianUser).containsExactly(null, "kato", null);
        assertThatThrownBy(() -> panel.addToAgenda(sec, meeting.id(), "C-1", false, false, "gen"))
                .hasMessageContaining("does not hold the role treating-physician");
        assertThat(panel.checkQuorum(sec, meeting.id()).problems()).extracting(QuorumProblem::message)
                .containsExactly("case C-2: missing role: treating-physician (1 required, 0 present)",
                        "case C-3: missing role: treating-physician (1 required, 0 present)");

        // Dr Kato attends: recorded for the case that names him
        Attendee kato = panel.addAttendee(sec, meeting.id(), null, "kato", PanelRole.TREATING_PHYSICIAN, true, null);
        assertThat(kato.forCases()).containsExactly("C-2");
        // an external physician must say for which case (three on the agenda); for a case not on it is refused
        assertThatThrownBy(() -> panel.addAttendee(sec, meeting.id(), "Dr Sato", null, PanelRole.TREATING_PHYSICIAN,
                false, null)).hasMessageContaining("say for which agenda case Dr Sato attends (C-1, C-2, C-3)");
        assertThatThrownBy(() -> panel.addAttendee(sec, meeting.id(), "Dr Sato", null, PanelRole.TREATING_PHYSICIAN,
                false, null, List.of("C-9"))).hasMessageContaining("case C-9 is not on the agenda");
        assertThatThrownBy(() -> panel.addAttendee(sec, meeting.id(), "Dr Path", null, PanelRole.PATHOLOGIST,
                false, null, List.of("C-3"))).hasMessageContaining("only a treating physician attends for given cases");
        // Dr Sato substitutes for Dr Ito on C-3
        panel.addAttendee(sec, meeting.id(), "Dr Sato", null, PanelRole.TREATING_PHYSICIAN, false, null,
                List.of("C-3"));
        QuorumResult q = panel.checkQuorum(sec, meeting.id());
        assertThat(q.met()).as(q.text()).isTrue();
        // the same physician for a further case is one attendee with two cases
        Attendee both = panel.addAttendee(sec, meeting.id(), "Dr Sato", null, PanelRole.TREATING_PHYSICIAN, false,
                null, List.of("C-1"));
        assertThat(both.forCases()).containsExactly("C-1", "C-3");
        assertThatThrownBy(() -> panel.addAttendee(sec, meeting.id(), "Dr Sato", null, PanelRole.TREATING_PHYSICIAN,
                false, null, List.of("C-3"))).hasMessageContaining("already for case C-3");
        // the history arrives later for C-2: Dr Kato may leave
        panel.markLeft(sec, meeting.id(), kato.id());
        assertThat(panel.checkQuorum(sec, meeting.id()).problems()).extracting(QuorumProblem::caseId)
                .containsExactly("C-2");
        panel.updateAgendaItem(sec, meeting.id(), "C-2", false, true, "kato");
        assertThat(panel.checkQuorum(sec, meeting.id()).met()).isTrue();
        assertThat(store.audit().list(null, "sec", null, null)).extracting(AuditEntry::action)
                .contains("meeting.agenda.change", "meeting.attendee.case");
        // another connection reads the same roster
        try (org.zenome.store.CaseStore other = open(dir.resolve("panel.db"))) {
            Meeting again = other.meetings().find(meeting.id()).orElseThrow();
            assertThat(again.attendees().stream().filter(a -> a.name().equals("Dr Sato")).findFirst().orElseThrow()
                    .forCases()).containsExactly("C-1", "C-3");
            assertThat(again.agenda().get(1).historySupplied()).isTrue();
        }
    }

    @Test
    void votesPerAttendeeAndTheConsensusDecisionAreKept() {
        Attendee c = attend("chair", PanelRole.DRUG_THERAPY_PHYSICIAN);
        Attendee g = attend("gen", PanelRole.CLINICAL_GENETICIST);
        panel.addNote(gen, version(), "C-1", F1, meeting.id(), NoteKind.PROPOSAL, "Report as presumed germline");
        panel.recordVote(sec, version(), "C-1", F1, meeting.id(), c.id(), VoteValue.AGREE);
        panel.recordVote(gen, version(), "C-1", F1, meeting.id(), g.id(), VoteValue.DISAGREE);
        // a changed vote replaces the earlier one; the audit log keeps both
        panel.recordVote(gen, version(), "C-1", F1, meeting.id(), g.id(), VoteValue.AGREE);
        assertThatThrownBy(() -> panel.recordVote(gen, version(), "C-1", F1, meeting.id(), c.id(), VoteValue.ABSTAIN))
                .isInstanceOf(PermissionException.class);
        decide();

        List<Vote> votes = store.reviews().votes("C-1", 1);
        assertThat(votes).extracting(Vote::attendeeName, Vote::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dr Chair", VoteValue.AGREE),
                org.assertj.core.groups.Tuple.tuple("Dr Geneticist", VoteValue.AGREE));
        Decision d = store.reviews().decisions("C-1", 1).get(0);
        assertThat(d.outcome()).isEqualTo(Outcome.PRESUMED_GERMLINE);
        assertThat(d.classification()).isEqualTo("Likely pathogenic");
        assertThat(d.actions()).extracting(RecommendedAction::kind).containsExactly(ActionKind.CONFIRMATORY_TEST,
                ActionKind.GENETIC_COUNSELLING, ActionKind.TREATMENT);
        assertThat(d.actions().get(2).evidenceLevel()).isEqualTo("B");
        assertThat(d.recordedBy()).isEqualTo("sec");
        assertThat(store.reviews().notes("C-1", 1)).singleElement().satisfies(n -> {
            assertThat(n.author()).isEqualTo("gen");
            assertThat(n.kind()).isEqualTo(NoteKind.PROPOSAL);
        });
        assertThat(store.cases().find("C-1").orElseThrow().status()).isEqualTo(CaseStatus.DISCUSSED);

        List<AuditEntry> votesAudited = store.audit().list("C-1", null, null, null).stream()
                .filter(e -> e.action().equals("vote.record")).toList();
        assertThat(votesAudited).hasSize(3);
        assertThat(votesAudited.get(2).before()).contains("DISAGREE");
        assertThat(votesAudited.get(2).after()).contains("AGREE").contains("Dr Geneticist");
        assertThat(votesAudited.get(2).actor()).isEqualTo("gen");
        assertThat(store.audit().verify().intact()).isTrue();
    }

    @Test
    void signOffNeedsTheChairAndThePasswordAndLocksTheCase() {
        attend("chair", PanelRole.DRUG_THERAPY_PHYSICIAN);
        assertThatThrownBy(() -> panel.signOff(chair, PanelFixture.PASSWORD, version(), "C-1", meeting.id()))
                .hasMessageContaining("no decision");
        decide();
        assertThatThrownBy(() -> panel.signOff(gen, PanelFixture.PASSWORD, version(), "C-1", meeting.id()))
                .isInstanceOf(PermissionException.class).hasMessageContaining("only the chair");
        assertThatThrownBy(() -> panel.signOff(chair, "wrong password".toCharArray(), version(), "C-1", meeting.id()))
                .isInstanceOf(AuthenticationException.class);
        assertThat(store.reviews().isLocked("C-1")).isFalse();

        CaseReview signed = panel.signOff(chair, PanelFixture.PASSWORD, version(), "C-1", meeting.id());
        assertThat(signed.signedBy()).isEqualTo("chair");
        // the sign-off's audit entry is kept with the version (printed on the report, checked later)
        AuditEntry signEntry = store.audit().list("C-1", "chair", null, null).stream()
                .filter(e -> e.action().equals("case.sign-off")).findFirst().orElseThrow();
        assertThat(signed.signedAudit()).isEqualTo(new org.zenome.audit.AuditAnchor(signEntry.seq(),
                signEntry.hash()));
        assertThat(store.reviews().versions("C-1").get(0).signedAudit()).isEqualTo(signed.signedAudit());
        assertThat(store.audit().verify(signed.signedAudit()).intact()).isTrue();
        assertThat(store.reviews().isLocked("C-1")).isTrue();
        assertThat(store.cases().find("C-1").orElseThrow().status()).isEqualTo(CaseStatus.SIGNED_OFF);

        // every edit path is refused
        long v = version();
        assertThatThrownBy(() -> decide()).isInstanceOf(CaseLockedException.class).hasMessageContaining("signed off");
        assertThatThrownBy(() -> panel.addNote(gen, v, "C-1", F2, null, NoteKind.NOTE, "late note"))
                .isInstanceOf(CaseLockedException.class);
        assertThatThrownBy(() -> panel.conclude(sec, v, "C-1", "x", "y")).isInstanceOf(CaseLockedException.class);
        assertThatThrownBy(() -> panel.signOff(chair, PanelFixture.PASSWORD, v, "C-1", meeting.id()))
                .isInstanceOf(CaseLockedException.class);
        assertThatThrownBy(() -> panel.setStatus(sec, v, "C-1", CaseStatus.UNDER_REVIEW))
                .isInstanceOf(CaseLockedException.class);
        assertThatThrownBy(() -> new org.zenome.importer.CaseImporter(store, "test", "sec").importVcf(
                new ImportRequest("C-1", DiseaseArea.CANCER, "", PanelFixture.vcf(dir, "C-1b"), null, null,
                        org.zenome.domain.GenomeBuild.GRCh38, true), ImportListener.NONE))
                .isInstanceOf(CaseLockedException.class);
        // the interpretation the signed review rests on is locked too: classification, somatic record, TMB,
        // annotations; consent, confirmatory tests and the return of results go on after the panel
        var kase = store.cases().find("C-1").orElseThrow();
        var finding = store.findings().query(kase.id(), org.zenome.domain.VariantFilter.all(), 0, 1).get(0);
        var ref = org.zenome.interpretation.FindingRef.of(kase.id(), finding);
        java.time.Instant now = java.time.Instant.now();
        assertThatThrownBy(() -> store.interpretation().recordCall(ref, new org.zenome.classification.CriterionCall(
                org.zenome.classification.AcmgCriterion.PM2, org.zenome.classification.Strength.SUPPORTING,
                org.zenome.classification.CallStatus.ACCEPTED, "", "gen", now)))
                .isInstanceOf(CaseLockedException.class);
        assertThatThrownBy(() -> store.interpretation().saveTmb(kase.id(), new org.zenome.interpretation.TmbResult(
                10, 33, "x", "bio", now))).isInstanceOf(CaseLockedException.class);
        assertThatThrownBy(() -> store.interpretation().startAnnotations(
                new org.zenome.interpretation.AnnotationSourceRecord(0, kase.id(), "clinvar", "1", "ClinVar", "2026",
                        "/x", 1, "00", "GRCh38", 0, 0, "bio", now))).isInstanceOf(CaseLockedException.class);
        assertThat(store.interpretation().classification(finding.id())).isEmpty();
        store.interpretation().saveConsent(kase.id(), new org.zenome.interpretation.SecondaryFindingConsent(
                org.zenome.interpretation.SecondaryFindingConsent.Choice.NONE, java.util.Set.of(), "acmg-sf-v3.1",
                false, java.time.LocalDate.of(2026, 12, 1), "", "gc", now));
        assertThat(version()).isEqualTo(v);
        assertThat(store.reviews().decisions("C-1", 1)).hasSize(1);
        // issuing the report is allowed on a signed case
        panel.setStatus(sec, v, "C-1", CaseStatus.REPORTED);
        assertThat(store.cases().find("C-1").orElseThrow().status()).isEqualTo(CaseStatus.REPORTED);
    }

    @Test
    void anAmendmentOpensANewVersionAndKeepsTheSignedOneReadable() {
        decide();
        panel.conclude(sec, version(), "C-1", "Presumed germline BRCA2 variant", "Confirm in blood");
        panel.signOff(chair, PanelFixture.PASSWORD, version(), "C-1", meeting.id());
        assertThatThrownBy(() -> panel.amend(gen, version(), "C-1", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> panel.amend(sec, version(), "C-1", "typo"))
                .isInstanceOf(PermissionException.class);

        CaseReview v2 = panel.amend(gen, version(), "C-1", "Confirmatory Sanger test negative: somatic");
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.amendmentReason()).isEqualTo("Confirmatory Sanger test negative: somatic");
        assertThat(v2.signed()).isFalse();
        assertThat(store.reviews().isLocked("C-1")).isFalse();
        assertThat(store.cases().find("C-1").orElseThrow().status()).isEqualTo(CaseStatus.AMENDED);
        panel.recordDecision(gen, version(), "C-1", F1, "BRCA2 c.68-7T>A", "Oncogenic", "somatic", Outcome.PRIMARY,
                "Somatic after confirmatory test", List.of(), meeting.id());

        // version 1 is unchanged; version 2 has the new decision
        assertThat(store.reviews().decisions("C-1", 1)).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.PRESUMED_GERMLINE);
            assertThat(d.actions()).hasSize(3);
        });
        assertThat(store.reviews().decisions("C-1", 2)).singleElement().satisfies(d ->
                assertThat(d.outcome()).isEqualTo(Outcome.PRIMARY));
        List<CaseReview> versions = store.reviews().versions("C-1");
        assertThat(versions).extracting(CaseReview::number).containsExactly(1, 2);
        assertThat(versions.get(0).signedBy()).isEqualTo("chair");
        assertThat(versions.get(0).conclusion()).isEqualTo("Presumed germline BRCA2 variant");
        assertThat(versions.get(1).conclusion()).isEqualTo("Presumed germline BRCA2 variant");

        panel.signOff(chair, PanelFixture.PASSWORD, version(), "C-1", meeting.id());
        assertThat(store.reviews().isLocked("C-1")).isTrue();
        assertThat(store.reviews().statusHistory("C-1")).extracting(StatusChange::status).containsExactly(
                CaseStatus.ON_AGENDA, CaseStatus.DISCUSSED, CaseStatus.SIGNED_OFF, CaseStatus.AMENDED,
                CaseStatus.DISCUSSED, CaseStatus.SIGNED_OFF);
        assertThat(store.audit().list("C-1", null, null, null)).extracting(AuditEntry::action)
                .contains("case.sign-off", "case.amend");
        assertThat(store.audit().verify().intact()).isTrue();
    }

    @Test
    void twoConnectionsOnOneFileDetectTheConflict() throws Exception {
        try (org.zenome.store.CaseStore other = open(dir.resolve("panel.db"))) {
            PanelService otherPanel = new PanelService(other, QuorumRules.builtIn());
            long seenByBoth = version();
            assertThat(other.cases().find("C-1").orElseThrow().version()).isEqualTo(seenByBoth);
            otherPanel.addNote(gen, seenByBoth, "C-1", F1, null, NoteKind.NOTE, "first writer wins");
            assertThatThrownBy(() -> panel.addNote(sec, seenByBoth, "C-1", F1, null, NoteKind.NOTE, "stale"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("changed by gen at")
                    .hasMessageContaining("reload")
                    .satisfies(e -> assertThat(((ConflictException) e).changedBy()).isEqualTo("gen"));
            // after reloading, the write goes through; the chain stays intact across both connections
            panel.addNote(sec, version(), "C-1", F1, null, NoteKind.NOTE, "after reload");
            assertThat(store.reviews().notes("C-1", 1)).extracting(DiscussionNote::text)
                    .containsExactly("first writer wins", "after reload");
            assertThat(other.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void concurrentAppendsFromTwoInstancesKeepTheChainIntact() throws Exception {
        try (org.zenome.store.CaseStore other = open(dir.resolve("panel.db"))) {
            PanelService otherPanel = new PanelService(other, QuorumRules.builtIn());
            Thread t = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    otherPanel.addNote(gen, -1, "C-1", F2, null, NoteKind.NOTE, "other " + i);
                }
            });
            t.start();
            for (int i = 0; i < 25; i++) {
                panel.addNote(sec, -1, "C-1", F1, null, NoteKind.NOTE, "this " + i);
            }
            t.join();
        }
        assertThat(store.reviews().notes("C-1", 1)).hasSize(50);
        assertThat(store.audit().verify().intact()).isTrue();
    }
}
