package org.zenome.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEntry;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.Strength;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.FindingRef;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.phenotype.CaseFeature;
import org.zenome.qc.QcAcknowledgement;
import org.zenome.qc.QcProblem;
import org.zenome.qc.QcResult;
import org.zenome.store.CaseStore;

/**
 * Eligibility for discussion by circulation (持ち回り協議): each condition of the shipped rules computed from real
 * store records (findings, interpretation, consent, QC, phenotype, panel record), and its enforcement: agenda,
 * format change, sign-off, the record with the agenda entry and the audit log.
 */
class CirculationEligibilityTest {
    /** The engine the tests run on (a subclass runs them all on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    private static final String HEADER = String.join("\n",
            "##fileformat=VCFv4.2",
            "##contig=<ID=chr1,length=248956422>",
            "##contig=<ID=chr12,length=133275309>",
            "##contig=<ID=chr13,length=114364328>",
            "##contig=<ID=chr17,length=83257441>",
            "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: "
                    + "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|"
                    + "CANONICAL|MAX_AF|REVEL\">",
            "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar significance\">",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
            "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">");
    /** A somatic KRAS missense (not in the normal): nothing for the panel to discuss anew. */
    private static final String KRAS = "chr12\t25245350\t.\tC\tA\t60\tPASS\tCSQ=A|missense_variant|MODERATE|KRAS|ENSG0|"
            + "Transcript|ENST1|protein_coding|2/6||c.35G>T|p.Gly12Val|YES||\tGT:AD:DP\t0/1:30,20:50\t0/0:40,0:40";
    /** TP53, ClinVar pathogenic, carried by the normal: presumed germline (and a secondary-finding gene). */
    private static final String TP53 = "chr17\t7669691\t.\tC\tG\t60\tPASS\tCSQ=G|missense_variant|MODERATE|TP53|ENSG0|"
            + "Transcript|ENST05|protein_coding|7/11||c.700G>C|p.Val234Leu|YES||;CLNSIG=Pathogenic\tGT:AD:DP\t"
            + "0/1:25,24:49\t0/1:20,19:39";
    /** A trio finding on MYH7 (secondary-finding gene, cardiovascular), ClinVar pathogenic, in the proband. */
    private static final String MYH7 = "chr14\t23415000\t.\tG\tA\t60\tPASS\tCSQ=A|missense_variant|MODERATE|MYH7|"
            + "ENSG0|Transcript|ENST7|protein_coding|20/40||c.2000C>T|p.Arg667His|YES||;CLNSIG=Pathogenic\tGT:AD:DP\t"
            + "0/1:20,20:40\t0/0:30,0:30\t0/1:15,15:30";
    /** A trio finding on a gene that is on no list. */
    private static final String GENEX = "chr1\t1000000\t.\tA\tG\t60\tPASS\tCSQ=G|missense_variant|MODERATE|GENEX|ENSG0|"
            + "Transcript|ENST9|protein_coding|1/3||c.10A>G|p.Lys4Glu|YES||\tGT:AD:DP\t0/1:20,20:40\t0/1:15,15:30\t"
            + "0/0:30,0:30";

    @TempDir
    Path dir;
    private CaseStore store;
    private PanelService panel;
    private User sec;

    @BeforeEach
    void setUp() {
        store = engine().open(dir, "circulation.db");
        PanelFixture.users(store);
        sec = store.users().find("sec").orElseThrow();
        panel = new PanelService(store, new Accounts(store.users(), PanelFixture.CHEAP), QuorumRules.builtIn(),
                CirculationRules.builtIn(), java.time.Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long importCancer(String caseId, String diagnosis, String... rows) throws Exception {
        Path vcf = dir.resolve(caseId + ".vcf");
        Files.writeString(vcf, HEADER + "\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n"
                + String.join("\n", rows) + "\n");
        return new CaseImporter(store, "test", "sec").importVcf(new ImportRequest(caseId, DiseaseArea.CANCER,
                diagnosis, vcf, null, Map.of("TUMOR", SampleRole.TUMOUR, "NORMAL", SampleRole.NORMAL),
                GenomeBuild.GRCh38, false), ImportListener.NONE).casePk();
    }

    private long importTrio(String caseId, String... rows) throws Exception {
        Path vcf = dir.resolve(caseId + ".vcf");
        Files.writeString(vcf, HEADER.replace("##contig=<ID=chr12", "##contig=<ID=chr14,length=107043718>\n"
                + "##contig=<ID=chr12") + "\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPROBAND\tMOTHER\t"
                + "FATHER\n" + String.join("\n", rows) + "\n");
        return new CaseImporter(store, "test", "sec").importVcf(new ImportRequest(caseId, DiseaseArea.RARE_DISEASE,
                "global developmental delay", vcf, null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER",
                SampleRole.MOTHER, "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false),
                ImportListener.NONE).casePk();
    }

    /** A QC result of the case with these problems, as the QC stores it. */
    private void qc(long pk, String caseId, QcProblem... problems) {
        store.qc().save(pk, new QcResult(caseId, Instant.now(), "bio", "test thresholds", List.of(), List.of(),
                List.of(), List.of(), List.of(problems)));
    }

    private Finding finding(long pk, String gene) {
        return store.findings().query(pk, VariantFilter.all().withGenes(List.of(gene)), 0, 10).get(0);
    }

    private CirculationCheck check(String caseId, DiseaseArea area, boolean treatingInfo) {
        return new CirculationEligibility(store, CirculationRules.builtIn(),
                org.zenome.interpretation.SecondaryFindingLists.builtIn(),
                org.zenome.interpretation.PresumedGermline.standard(), java.time.Clock.systemUTC())
                .check(caseId, area, treatingInfo ? new AgendaItem(caseId, 1, false, true, "Dr Ito", null) : null);
    }

    private static Map<String, List<String>> unmet(CirculationCheck c) {
        return c.unmet().stream().collect(Collectors.toMap(CirculationCheck.ConditionResult::condition,
                CirculationCheck.ConditionResult::items));
    }

    private Meeting circulationMeeting(DiseaseArea area) {
        return panel.createMeeting(sec, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.CIRCULATION, area,
                "by circulation", "chair", true);
    }

    @Test
    void aCaseWithNothingNewToDiscussIsEligible() throws Exception {
        long pk = importCancer("C-OK", "lung adenocarcinoma", KRAS);
        qc(pk, "C-OK");
        CirculationCheck c = check("C-OK", DiseaseArea.CANCER, true);
        assertThat(c.conditions()).extracting(CirculationCheck.ConditionResult::condition).containsExactly(
                "no-presumed-germline", "no-secondary-finding", "no-classification-disagreement", "qc-acknowledged",
                "treating-physician-information", "established-evidence-only");
        assertThat(c.unmet()).isEmpty();
        assertThat(c.eligible()).isTrue();
        assertThat(c.ruleId()).isEqualTo("cancer-circulation");
        assertThat(c.rulesVersion()).isEqualTo("zenome-circulation-2026.1");
    }

    @Test
    void aPresumedGermlineFindingOrACounsellingReferralNeedsTheMeeting() throws Exception {
        long pk = importCancer("C-G", "breast cancer", KRAS, TP53);
        qc(pk, "C-G");
        Map<String, List<String>> u = unmet(check("C-G", DiseaseArea.CANCER, true));
        assertThat(u.get("no-presumed-germline")).singleElement().asString().startsWith("TP53 chr17:7669691 C>G")
                .contains("ClinVar Pathogenic").contains("in normal");
        // TP53 is also on the ACMG secondary-finding list; no consent is recorded, so the wish is unknown
        assertThat(u.get("no-secondary-finding")).singleElement().asString().contains("TP53")
                .contains("no consent recorded");

        // a panel decision recommending genetic counselling on a case without a flag fails the same condition
        importCancer("C-R", "breast cancer", KRAS);
        store.reviews().recordDecision("sec", -1, "C-R", "chr12:25245350:C>A", "KRAS p.Gly12Val", "Tier I",
                "", Outcome.PRIMARY, "family history", List.of(RecommendedAction.parse("genetic-counselling:refer")),
                null);
        assertThat(unmet(check("C-R", DiseaseArea.CANCER, true)).get("no-presumed-germline"))
                .containsExactly("KRAS p.Gly12Val (recommended: genetic-counselling)");
    }

    @Test
    void aSecondaryFindingToDiscloseDependsOnTheConsent() throws Exception {
        long pk = importTrio("R-SF", MYH7, GENEX);
        store.phenotypes().put(pk, new CaseFeature("HP:0001263", "Global developmental delay", false, null, null, "",
                "sec", Instant.now()));
        qc(pk, "R-SF");
        assertThat(unmet(check("R-SF", DiseaseArea.RARE_DISEASE, true))).containsOnlyKeys("no-secondary-finding")
                .extractingByKey("no-secondary-finding").asList().singleElement().asString()
                .contains("MYH7").contains("ClinVar Pathogenic, unclassified").contains("no consent recorded");
        store.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.ALL, Set.of(),
                "acmg-sf-3.1", false, LocalDate.of(2026, 11, 1), "", "gc", Instant.now()));
        assertThat(unmet(check("R-SF", DiseaseArea.RARE_DISEASE, true)).get("no-secondary-finding"))
                .singleElement().asString().contains("disclosure wished");
        // the patient does not wish to learn of secondary findings: nothing to disclose
        store.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.NONE,
                Set.of(), "acmg-sf-3.1", false, LocalDate.of(2026, 11, 2), "", "gc", Instant.now()));
        assertThat(check("R-SF", DiseaseArea.RARE_DISEASE, true).eligible()).isTrue();
        // benign by the panel's own classification: not a finding to disclose either
        store.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.ALL, Set.of(),
                "acmg-sf-3.1", false, LocalDate.of(2026, 11, 3), "", "gc", Instant.now()));
        Finding myh7 = finding(pk, "MYH7");
        store.interpretation().recordCall(FindingRef.of(pk, myh7), new CriterionCall(AcmgCriterion.BA1,
                Strength.STAND_ALONE, CallStatus.ACCEPTED, "", "gen", Instant.now()));
        assertThat(check("R-SF", DiseaseArea.RARE_DISEASE, true).eligible()).isTrue();
    }

    @Test
    void rulesAgainstPointsDisagreementAndADisagreeVoteAreUnresolved() throws Exception {
        long pk = importTrio("R-D", GENEX);
        store.phenotypes().put(pk, new CaseFeature("HP:0001263", "Global developmental delay", false, null, null, "",
                "sec", Instant.now()));
        qc(pk, "R-D");
        Finding f = finding(pk, "GENEX");
        store.interpretation().recordCall(FindingRef.of(pk, f), new CriterionCall(AcmgCriterion.PVS1,
                Strength.VERY_STRONG, CallStatus.ACCEPTED, "", "gen", Instant.now()));
        store.interpretation().recordCall(FindingRef.of(pk, f), new CriterionCall(AcmgCriterion.PM2,
                Strength.SUPPORTING, CallStatus.ACCEPTED, "", "gen", Instant.now()));
        assertThat(unmet(check("R-D", DiseaseArea.RARE_DISEASE, true))).containsOnlyKeys(
                "no-classification-disagreement").extractingByKey("no-classification-disagreement").asList()
                .containsExactly("GENEX chr1:1000000 A>G (rules Uncertain significance, points Likely pathogenic)");
        // PVS1 rejected on review: both schemes say uncertain significance
        store.interpretation().recordCall(FindingRef.of(pk, f), new CriterionCall(AcmgCriterion.PVS1,
                Strength.VERY_STRONG, CallStatus.REJECTED, "", "gen", Instant.now()));
        assertThat(check("R-D", DiseaseArea.RARE_DISEASE, true).unmet()).isEmpty();

        // a member votes disagree in a meeting: the classification is not settled
        Meeting m = panel.createMeeting(sec, LocalDateTime.of(2026, 12, 1, 17, 0), MeetingFormat.ONLINE,
                DiseaseArea.RARE_DISEASE, "", "chair", true);
        panel.addToAgenda(sec, m.id(), "R-D", false, true, "Dr Ito");
        Attendee a = panel.addAttendee(sec, m.id(), null, "gen", PanelRole.CLINICAL_GENETICIST, false, null);
        Attendee b = panel.addAttendee(sec, m.id(), null, "mol", PanelRole.MOLECULAR_GENETICIST, false, null);
        panel.recordVote(sec, -1, "R-D", "chr1:1000000:A>G", m.id(), a.id(), VoteValue.AGREE);
        panel.recordVote(sec, -1, "R-D", "chr1:1000000:A>G", m.id(), b.id(), VoteValue.DISAGREE);
        assertThat(unmet(check("R-D", DiseaseArea.RARE_DISEASE, true)).get("no-classification-disagreement"))
                .containsExactly("chr1:1000000:A>G (votes: 1 agree, 1 disagree)");
    }

    @Test
    void everySampleQcProblemMustBeAcknowledged() throws Exception {
        long pk = importCancer("C-Q", "colorectal cancer", KRAS);
        assertThat(unmet(check("C-Q", DiseaseArea.CANCER, true))).containsExactly(
                Map.entry("qc-acknowledged", List.of("sample QC not run")));
        qc(pk, "C-Q", new QcProblem("tumour-normal:TUMOR,NORMAL", true, "tumour and normal share 61% of genotypes"),
                new QcProblem("coverage:TUMOR", false, "mean coverage 22x below 30x"));
        assertThat(unmet(check("C-Q", DiseaseArea.CANCER, true)).get("qc-acknowledged")).containsExactly(
                "identity: tumour-normal:TUMOR,NORMAL (tumour and normal share 61% of genotypes)",
                "coverage:TUMOR (mean coverage 22x below 30x)");
        CaseSummary c = store.cases().find("C-Q").orElseThrow();
        new org.zenome.qc.QcService(store, java.time.Clock.systemUTC()).acknowledge(c, "tumour-normal:TUMOR,NORMAL",
                "re-extracted, same patient confirmed by SNP array", "bio");
        assertThat(unmet(check("C-Q", DiseaseArea.CANCER, true)).get("qc-acknowledged")).containsExactly(
                "coverage:TUMOR (mean coverage 22x below 30x)");
        store.qc().acknowledge(pk, new QcAcknowledgement("coverage:TUMOR", "bio", Instant.now(), "enough for SNVs"));
        assertThat(check("C-Q", DiseaseArea.CANCER, true).eligible()).isTrue();
    }

    @Test
    void theTreatingPhysiciansInformationAndTheDiagnosisAreNeeded() throws Exception {
        long pk = importCancer("C-T", "", KRAS);
        qc(pk, "C-T");
        assertThat(unmet(check("C-T", DiseaseArea.CANCER, false)).get("treating-physician-information"))
                .containsExactly("no treating physician recorded on the agenda",
                        "treatment and family history not supplied", "no diagnosis recorded on the case");
        assertThat(unmet(check("C-T", DiseaseArea.CANCER, true)).get("treating-physician-information"))
                .containsExactly("no diagnosis recorded on the case");
    }

    @Test
    void recommendationsOnlyAtEstablishedEvidenceLevels() throws Exception {
        long pk = importCancer("C-E", "lung adenocarcinoma", KRAS);
        qc(pk, "C-E");
        Finding kras = finding(pk, "KRAS");
        store.interpretation().saveSomatic(FindingRef.of(pk, kras), new SomaticRecord(kras.id(), null, null,
                JapaneseEvidenceLevel.A, List.of(), "", "onc", Instant.now()));
        assertThat(check("C-E", DiseaseArea.CANCER, true).eligible()).isTrue();
        store.interpretation().saveSomatic(FindingRef.of(pk, kras), new SomaticRecord(kras.id(), null, null,
                JapaneseEvidenceLevel.C, List.of(), "", "onc", Instant.now()));
        assertThat(unmet(check("C-E", DiseaseArea.CANCER, true)).get("established-evidence-only")).containsExactly(
                "KRAS chr12:25245350 C>A (evidence level C, established: A, B)");
        store.interpretation().saveSomatic(FindingRef.of(pk, kras), new SomaticRecord(kras.id(), null, null,
                JapaneseEvidenceLevel.B, List.of(), "", "onc", Instant.now()));
        store.reviews().recordDecision("sec", -1, "C-E", "chr12:25245350:C>A", "KRAS p.Gly12Val", "Tier I", "",
                Outcome.PRIMARY, "G12V", List.of(RecommendedAction.parse("treatment:sotorasib:A"),
                        RecommendedAction.parse("clinical-trial:jRCT2031230000:D")), null);
        assertThat(unmet(check("C-E", DiseaseArea.CANCER, true)).get("established-evidence-only")).containsExactly(
                "KRAS p.Gly12Val (recommended clinical-trial jRCT2031230000: evidence level D)");
    }

    @Test
    void aRareDiseaseCaseNeedsItsPhenotype() throws Exception {
        long pk = importTrio("R-P", GENEX);
        qc(pk, "R-P");
        assertThat(unmet(check("R-P", DiseaseArea.RARE_DISEASE, true))).containsExactly(Map.entry(
                "phenotype-recorded", List.of("no observed phenotype (HPO term) recorded")));
        store.phenotypes().put(pk, new CaseFeature("HP:0001250", "Seizure", true, null, null, "", "sec",
                Instant.now()));
        assertThat(check("R-P", DiseaseArea.RARE_DISEASE, true).eligible()).as("an excluded term is no phenotype")
                .isFalse();
        store.phenotypes().put(pk, new CaseFeature("HP:0001263", "Global developmental delay", false, null, null,
                "", "sec", Instant.now()));
        assertThat(check("R-P", DiseaseArea.RARE_DISEASE, true).eligible()).isTrue();
    }

    @Test
    void anIneligibleCaseIsRefusedFromACirculationAgendaWithItsUnmetConditions() throws Exception {
        long pk = importCancer("C-G", "breast cancer", KRAS, TP53);
        qc(pk, "C-G");
        long ok = importCancer("C-OK", "lung adenocarcinoma", KRAS);
        qc(ok, "C-OK");
        Meeting m = circulationMeeting(DiseaseArea.CANCER);
        assertThatThrownBy(() -> panel.addToAgenda(sec, m.id(), "C-G", false, true, "Dr Ito"))
                .isInstanceOf(CirculationIneligibleException.class)
                .hasMessageStartingWith("case C-G cannot go on the agenda of meeting " + m.id()
                        + " by circulation (rule cancer-circulation (zenome-circulation-2026.1)); unmet conditions:")
                .hasMessageContaining("\n  - no presumed germline finding or genetic-counselling referral: TP53 ")
                .hasMessageContaining("\n  - no secondary finding to disclose: TP53 ");
        assertThat(store.meetings().find(m.id()).orElseThrow().agenda()).isEmpty();
        AuditEntry refused = store.audit().list("C-G", null, null, null).stream()
                .filter(e -> e.action().equals("meeting.circulation.refused")).findFirst().orElseThrow();
        assertThat(refused.actor()).isEqualTo("sec");
        assertThat(refused.after()).contains("not eligible for circulation").contains("TP53");

        // the treating physician's information missing: refused too
        assertThatThrownBy(() -> panel.addToAgenda(sec, m.id(), "C-OK", false, false, null))
                .isInstanceOf(CirculationIneligibleException.class)
                .hasMessageContaining("treating physician's information supplied: no treating physician recorded");
        Meeting after = panel.addToAgenda(sec, m.id(), "C-OK", false, true, "Dr Ito");
        AgendaItem item = after.agenda().get(0);
        assertThat(item.circulation().eligible()).isTrue();
        assertThat(item.circulation().ruleId()).isEqualTo("cancer-circulation");
        assertThat(item.circulation().conditions()).hasSize(6).allMatch(CirculationCheck.ConditionResult::met);
        assertThat(store.audit().list("C-OK", null, null, null)).extracting(AuditEntry::action)
                .contains("meeting.agenda.add", "meeting.circulation");
        // a change of the entry that would make the case ineligible is refused and leaves the entry as it was
        assertThatThrownBy(() -> panel.updateAgendaItem(sec, m.id(), "C-OK", false, false, "Dr Ito"))
                .isInstanceOf(CirculationIneligibleException.class);
        assertThat(store.meetings().find(m.id()).orElseThrow().agenda().get(0).historySupplied()).isTrue();
        assertThat(store.audit().verify().intact()).isTrue();
    }

    @Test
    void changingAMeetingToCirculationRechecksItsAgenda() throws Exception {
        long pk = importCancer("C-G", "breast cancer", KRAS, TP53);
        qc(pk, "C-G");
        long ok = importCancer("C-OK", "lung adenocarcinoma", KRAS);
        qc(ok, "C-OK");
        Meeting m = panel.createMeeting(sec, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.ONLINE,
                DiseaseArea.CANCER, "", "chair", true);
        panel.addToAgenda(sec, m.id(), "C-OK", false, true, "Dr Ito");
        panel.addToAgenda(sec, m.id(), "C-G", false, true, "Dr Ito");
        assertThatThrownBy(() -> panel.changeFormat(sec, m.id(), MeetingFormat.CIRCULATION))
                .isInstanceOf(CirculationIneligibleException.class)
                .hasMessageStartingWith("case C-G cannot stay on the agenda of meeting " + m.id())
                .hasMessageNotContaining("case C-OK");
        assertThat(store.meetings().find(m.id()).orElseThrow().format()).isEqualTo(MeetingFormat.ONLINE);

        Meeting m2 = panel.createMeeting(sec, LocalDateTime.of(2026, 12, 11, 17, 0), MeetingFormat.ONLINE,
                DiseaseArea.CANCER, "", "chair", true);
        panel.addToAgenda(sec, m2.id(), "C-OK", false, true, "Dr Ito");
        Meeting changed = panel.changeFormat(sec, m2.id(), MeetingFormat.CIRCULATION);
        assertThat(changed.format()).isEqualTo(MeetingFormat.CIRCULATION);
        assertThat(changed.agenda().get(0).circulation().eligible()).isTrue();
        assertThat(store.audit().list(null, null, null, null)).extracting(AuditEntry::action).contains("meeting.format");
    }

    @Test
    void aCaseThatBecameIneligibleIsFlaggedAndNotSignedOffByCirculation() throws Exception {
        long pk = importCancer("C-OK", "lung adenocarcinoma", KRAS);
        qc(pk, "C-OK");
        Meeting m = circulationMeeting(DiseaseArea.CANCER);
        panel.addToAgenda(sec, m.id(), "C-OK", false, true, "Dr Ito");
        // during the circulation a member records a presumed germline finding
        store.reviews().recordDecision("sec", -1, "C-OK", "chr12:25245350:C>A", "KRAS p.Gly12Val", "", "",
                Outcome.PRESUMED_GERMLINE, "VAF 0.4 in tumour", List.of(), m.id());
        Map<String, CirculationCheck> rechecked = panel.checkCirculation(sec, m.id());
        assertThat(rechecked.get("C-OK").eligible()).isFalse();
        assertThat(store.meetings().find(m.id()).orElseThrow().agenda().get(0).circulation().eligible()).isFalse();

        User chair = store.users().find("chair").orElseThrow();
        assertThatThrownBy(() -> panel.signOff(chair, PanelFixture.PASSWORD.clone(), -1, "C-OK", m.id()))
                .isInstanceOf(CirculationIneligibleException.class)
                .hasMessageStartingWith("case C-OK cannot be signed off in meeting " + m.id() + " by circulation")
                .hasMessageContaining("KRAS p.Gly12Val (decision: presumed germline)");
        assertThat(store.reviews().isLocked("C-OK")).isFalse();
        assertThat(store.audit().list("C-OK", null, null, null)).extracting(AuditEntry::action)
                .contains("meeting.circulation.refused").doesNotContain("case.sign-off");
        // discussed in a real meeting instead, the case is signed off there
        panel.changeFormat(sec, m.id(), MeetingFormat.ONLINE);
        assertThat(panel.signOff(chair, PanelFixture.PASSWORD.clone(), -1, "C-OK", m.id()).signed()).isTrue();
    }

    @Test
    void aRulesFileWithoutTheAreaMakesNoCaseEligible() throws Exception {
        importCancer("C-OK", "lung adenocarcinoma", KRAS);
        CirculationRules onlyRare = CirculationRules.parse("{\"version\":\"h-1\",\"rules\":[{\"id\":\"rd\","
                + "\"diseaseArea\":\"rare-disease\",\"conditions\":[]}]}", "test.json");
        CirculationCheck c = new CirculationEligibility(store, onlyRare,
                org.zenome.interpretation.SecondaryFindingLists.builtIn(),
                org.zenome.interpretation.PresumedGermline.standard(), java.time.Clock.systemUTC())
                .check("C-OK", DiseaseArea.CANCER, null);
        assertThat(c.eligible()).isFalse();
        assertThat(c.unmet()).extracting(CirculationCheck.ConditionResult::condition).containsExactly("rule-defined");
    }
}
