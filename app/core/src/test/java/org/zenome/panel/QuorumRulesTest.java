package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.DiseaseArea;

/** The quorum rules: every required role reported when missing, conditions, waivers, files. */
class QuorumRulesTest {
    private static final Set<PanelRole> CANCER_ALWAYS = EnumSet.of(PanelRole.DRUG_THERAPY_PHYSICIAN,
            PanelRole.CLINICAL_GENETICIST, PanelRole.GENETIC_COUNSELLOR, PanelRole.PATHOLOGIST,
            PanelRole.MOLECULAR_GENETICIST, PanelRole.BIOINFORMATICIAN, PanelRole.TREATING_PHYSICIAN);
    private static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
    private final QuorumRules rules = QuorumRules.builtIn();

    @TempDir
    Path dir;

    private static Meeting meeting(DiseaseArea area, boolean inHouse, Set<PanelRole> present, List<AgendaItem> agenda) {
        List<Attendee> attendees = new ArrayList<>();
        long id = 1;
        for (PanelRole r : present) {
            // the treating physician attends for the patients' cases, the others for the whole meeting
            attendees.add(new Attendee(id++, 1, "member " + r.code(), null, r, false, NOW, null,
                    r == PanelRole.TREATING_PHYSICIAN ? agenda.stream().map(AgendaItem::caseId).toList() : List.of()));
        }
        return new Meeting(1, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.IN_PERSON, area, "", "chair",
                inHouse, agenda, attendees, null, "sec", NOW, 1);
    }

    private static List<AgendaItem> oneCase(boolean paediatric, boolean history) {
        return List.of(new AgendaItem("C-1", 1, paediatric, history));
    }

    @Test
    void fullCancerRosterMeetsTheRule() {
        QuorumResult r = rules.check(meeting(DiseaseArea.CANCER, true, CANCER_ALWAYS, oneCase(false, false)), NOW);
        assertThat(r.met()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.rulesVersion()).isEqualTo("mhlw-2022.2");
    }

    @ParameterizedTest
    @EnumSource(value = PanelRole.class, names = {"DRUG_THERAPY_PHYSICIAN", "CLINICAL_GENETICIST",
        "GENETIC_COUNSELLOR", "PATHOLOGIST", "MOLECULAR_GENETICIST", "BIOINFORMATICIAN", "TREATING_PHYSICIAN"})
    void eachMissingCancerRoleIsNamed(PanelRole missing) {
        Set<PanelRole> present = EnumSet.copyOf(CANCER_ALWAYS);
        present.remove(missing);
        QuorumResult r = rules.check(meeting(DiseaseArea.CANCER, true, present, oneCase(false, false)), NOW);
        assertThat(r.met()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(missing);
            assertThat(p.required()).isEqualTo(1);
            assertThat(p.present()).isZero();
            assertThat(p.message()).contains("missing role: " + missing.code());
        });
    }

    @Test
    void aMemberWhoLeftDoesNotCount() {
        Meeting m = meeting(DiseaseArea.CANCER, true, CANCER_ALWAYS, oneCase(false, false));
        List<Attendee> attendees = new ArrayList<>(m.attendees());
        Attendee path = attendees.stream().filter(a -> a.role() == PanelRole.PATHOLOGIST).findFirst().orElseThrow();
        attendees.set(attendees.indexOf(path), new Attendee(path.id(), 1, path.name(), null, path.role(), false, NOW,
                NOW.plusSeconds(600)));
        Meeting left = new Meeting(1, m.heldAt(), m.format(), m.diseaseArea(), "", "chair", true, m.agenda(),
                attendees, null, "sec", NOW, 1);
        assertThat(rules.check(left, NOW).problems()).extracting(QuorumProblem::role)
                .containsExactly(PanelRole.PATHOLOGIST);
    }

    @Test
    void treatingPhysicianMayBeAbsentWhenHistoryWasSuppliedPerCase() {
        Set<PanelRole> present = EnumSet.copyOf(CANCER_ALWAYS);
        present.remove(PanelRole.TREATING_PHYSICIAN);
        List<AgendaItem> agenda = List.of(new AgendaItem("C-1", 1, false, true), new AgendaItem("C-2", 2, false, false));
        QuorumResult r = rules.check(meeting(DiseaseArea.CANCER, true, present, agenda), NOW);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.caseId()).isEqualTo("C-2");
            assertThat(p.role()).isEqualTo(PanelRole.TREATING_PHYSICIAN);
            assertThat(p.message()).isEqualTo("case C-2: missing role: treating-physician (1 required, 0 present)");
        });
    }

    @Test
    void theTreatingPhysicianOfAnotherCaseDoesNotCount() {
        Set<PanelRole> others = EnumSet.copyOf(CANCER_ALWAYS);
        others.remove(PanelRole.TREATING_PHYSICIAN);
        List<AgendaItem> agenda = List.of(new AgendaItem("C-1", 1, false, false, "Dr Ito", null),
                new AgendaItem("C-2", 2, false, false, "Dr Kato", "kato"));
        Meeting base = meeting(DiseaseArea.CANCER, true, others, agenda);
        // Dr Ito attends for C-1 only: C-2's treating physician is missing although a treating physician is present
        List<Attendee> attendees = new ArrayList<>(base.attendees());
        attendees.add(new Attendee(90, 1, "Dr Ito", null, PanelRole.TREATING_PHYSICIAN, true, NOW, null,
                List.of("C-1")));
        QuorumResult r = rules.check(with(base, attendees), NOW);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.caseId()).isEqualTo("C-2");
            assertThat(p.role()).isEqualTo(PanelRole.TREATING_PHYSICIAN);
            assertThat(p.present()).isZero();
        });
        // a treating physician recorded for no case counts for no case (unless the agenda names their account)
        List<Attendee> unbound = new ArrayList<>(base.attendees());
        unbound.add(new Attendee(91, 1, "Dr Sato", null, PanelRole.TREATING_PHYSICIAN, false, NOW, null, List.of()));
        assertThat(rules.check(with(base, unbound), NOW).problems()).extracting(QuorumProblem::caseId)
                .containsExactly("C-1", "C-2");
        // C-2's treating physician by account, and a substitute recorded for C-1: both cases covered
        attendees.add(new Attendee(92, 1, "Dr Kato", "kato", PanelRole.TREATING_PHYSICIAN, false, NOW, null,
                List.of()));
        assertThat(rules.check(with(base, attendees), NOW).met()).isTrue();
        // the treating physician who left no longer counts for their case
        attendees.set(attendees.size() - 1, new Attendee(92, 1, "Dr Kato", "kato", PanelRole.TREATING_PHYSICIAN,
                false, NOW, NOW.plusSeconds(60), List.of()));
        assertThat(rules.check(with(base, attendees), NOW).problems()).extracting(QuorumProblem::caseId)
                .containsExactly("C-2");
    }

    @Test
    void aHospitalRuleMayCountAnyTreatingPhysicianPresent() throws Exception {
        Path f = dir.resolve("any-tp.json");
        Files.writeString(f, "{\"version\":\"local-any\",\"rules\":[{\"diseaseArea\":\"cancer\",\"requirements\":["
                + "{\"role\":\"treating-physician\",\"perCase\":true,\"ofTheCase\":false}]}]}");
        QuorumRules local = QuorumRules.load(f);
        assertThat(local.requirements(DiseaseArea.CANCER).get(0).ofTheCase()).isFalse();
        Meeting m = meeting(DiseaseArea.CANCER, true, EnumSet.noneOf(PanelRole.class), oneCase(false, false));
        List<Attendee> a = List.of(new Attendee(1, 1, "Dr Sato", null, PanelRole.TREATING_PHYSICIAN, false, NOW,
                null, List.of()));
        assertThat(local.check(with(m, a), NOW).met()).isTrue();
        assertThat(rules.check(with(meeting(DiseaseArea.RARE_DISEASE, false, EnumSet.of(PanelRole.CLINICAL_GENETICIST,
                PanelRole.GENETIC_COUNSELLOR, PanelRole.MOLECULAR_GENETICIST), oneCase(false, false)), a), NOW)
                .problems()).extracting(QuorumProblem::role).containsExactly(PanelRole.CLINICAL_GENETICIST,
                PanelRole.GENETIC_COUNSELLOR, PanelRole.MOLECULAR_GENETICIST, PanelRole.TREATING_PHYSICIAN);
        Files.writeString(f, "{\"version\":\"x\",\"rules\":[{\"diseaseArea\":\"cancer\",\"requirements\":["
                + "{\"role\":\"treating-physician\",\"ofTheCase\":true}]}]}");
        assertThatThrownBy(() -> QuorumRules.load(f)).hasMessageContaining(f.toString())
                .hasMessageContaining("\"ofTheCase\" needs \"perCase\"");
    }

    private static Meeting with(Meeting m, List<Attendee> attendees) {
        return new Meeting(m.id(), m.heldAt(), m.format(), m.diseaseArea(), m.title(), m.chair(), m.inHouseAnalysis(),
                m.agenda(), attendees, null, m.createdBy(), m.createdAt(), m.version());
    }

    @Test
    void paediatricCasesNeedAPaediatricOncologist() {
        QuorumResult r = rules.check(meeting(DiseaseArea.CANCER, true, CANCER_ALWAYS, oneCase(true, false)), NOW);
        assertThat(r.problems()).extracting(QuorumProblem::role).containsExactly(PanelRole.PAEDIATRIC_ONCOLOGIST);
        Set<PanelRole> withPaed = EnumSet.copyOf(CANCER_ALWAYS);
        withPaed.add(PanelRole.PAEDIATRIC_ONCOLOGIST);
        assertThat(rules.check(meeting(DiseaseArea.CANCER, true, withPaed, oneCase(true, false)), NOW).met()).isTrue();
    }

    @Test
    void bioinformaticianOnlyForInHouseAnalysis() {
        Set<PanelRole> present = EnumSet.copyOf(CANCER_ALWAYS);
        present.remove(PanelRole.BIOINFORMATICIAN);
        assertThat(rules.check(meeting(DiseaseArea.CANCER, false, present, oneCase(false, false)), NOW).met())
                .isTrue();
        assertThat(rules.check(meeting(DiseaseArea.CANCER, true, present, oneCase(false, false)), NOW).met())
                .isFalse();
    }

    @Test
    void rareDiseasePanelsHaveTheirOwnRule() {
        Set<PanelRole> present = EnumSet.of(PanelRole.CLINICAL_GENETICIST, PanelRole.GENETIC_COUNSELLOR,
                PanelRole.MOLECULAR_GENETICIST, PanelRole.BIOINFORMATICIAN, PanelRole.TREATING_PHYSICIAN);
        assertThat(rules.check(meeting(DiseaseArea.RARE_DISEASE, true, present, oneCase(false, false)), NOW).met())
                .isTrue();
        present.remove(PanelRole.GENETIC_COUNSELLOR);
        assertThat(rules.check(meeting(DiseaseArea.RARE_DISEASE, true, present, oneCase(false, false)), NOW)
                .problems()).extracting(QuorumProblem::role).containsExactly(PanelRole.GENETIC_COUNSELLOR);
    }

    @Test
    void aHospitalRuleFileReplacesTheBuiltInRules() throws Exception {
        Path f = dir.resolve("rules.json");
        Files.writeString(f, "{\"version\":\"local-3\",\"rules\":[{\"diseaseArea\":\"cancer\",\"requirements\":["
                + "{\"role\":\"pathologist\",\"min\":2}]}]}");
        QuorumRules local = QuorumRules.load(f);
        assertThat(local.version()).isEqualTo("local-3");
        QuorumResult r = local.check(meeting(DiseaseArea.CANCER, true, EnumSet.of(PanelRole.PATHOLOGIST),
                oneCase(false, false)), NOW);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("missing role: pathologist (2 required, 1 present)"));
    }

    @Test
    void badRuleFilesAreRefusedNamingFileAndProblem() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"version\":\"x\",\"rules\":[{\"diseaseArea\":\"cancer\",\"requirements\":["
                + "{\"role\":\"surgeon\"}]}]}");
        assertThatThrownBy(() -> QuorumRules.load(f)).hasMessageContaining(f.toString())
                .hasMessageContaining("unknown role 'surgeon'");
        Files.writeString(f, "{\"version\": ");
        assertThatThrownBy(() -> QuorumRules.load(f)).hasMessageContaining(f.toString())
                .hasMessageContaining("not valid JSON");
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "meeting", "check",
                "--db", dir.resolve("x.db").toString(), "--meeting", "1", "--rules", f.toString());
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains(f.toString()).contains("not valid JSON");
        assertThat(dir.resolve("x.db")).doesNotExist();
    }
}
