package org.zenome.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.annotation.AnnotationService;
import org.zenome.annotation.PluginRegistry;
import org.zenome.audit.AuditEntry;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.CriterionSuggestion;
import org.zenome.classification.FrequencyThresholds;
import org.zenome.classification.SuggestionSettings;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.panel.Accounts;
import org.zenome.store.CaseStore;

/**
 * PP5/BP6 from ClinVar: off by default; an administrator switches them on (with the review status they need and a
 * reason) as a new settings version, audited; the suggestions then name the ClinVar record and the version that
 * switched them on, are never applied by themselves, and survive a restart. Runs on a real SQLite file (and, in the
 * subclass, on PostgreSQL).
 */
class ReputableSourceSettingTest {
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    CaseStore open(Path file) {
        return engine().open(file.getParent(), file.getFileName().toString());
    }

    @TempDir
    Path dir;

    private static InterpretationService service(CaseStore s, String user, SuggestionSettings settings) {
        return new InterpretationService(s, Actor.named(user), Clock.fixed(Instant.parse("2026-12-03T05:00:00Z"),
                ZoneOffset.UTC), SecondaryFindingLists.builtIn(), settings);
    }

    private static Finding gene(CaseStore s, long pk, String g) {
        return s.findings().query(pk, VariantFilter.all().withGenes(List.of(g)), 0, 1).get(0);
    }

    private static Optional<CriterionSuggestion> reputable(InterpretationService svc, CaseSummary kase, Finding f) {
        InterpretationService.FindingView v = svc.load(kase, f.id(), InterpretationService.GeneOptions.defaults());
        return v.suggestions().stream().filter(x -> x.criterion() == AcmgCriterion.PP5
                || x.criterion() == AcmgCriterion.BP6).findFirst();
    }

    /** A ClinVar VCF for three of the trio's variants, of two, three and one review stars. */
    private Path clinvarFixture() throws Exception {
        Path f = dir.resolve("clinvar_fixture.vcf");
        Files.writeString(f, "##fileformat=VCFv4.1\n##fileDate=2026-02-26\n##source=ClinVar\n##reference=GRCh38\n"
                + "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"significance\">\n"
                + "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"review status\">\n"
                + "##INFO=<ID=CLNDN,Number=.,Type=String,Description=\"conditions\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "1\t10037\t501\tT\tC\t.\t.\tCLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_single_submitter;"
                + "CLNDN=X\n"
                + "17\t7669691\t502\tC\tG\t.\t.\tCLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_multiple_submitters,"
                + "_no_conflicts;CLNDN=Li-Fraumeni_syndrome\n"
                + "17\t43045711\t503\tG\tC\t.\t.\tCLNSIG=Likely_benign;CLNREVSTAT=reviewed_by_expert_panel;"
                + "CLNDN=Hereditary_breast_ovarian_cancer_syndrome\n");
        return f;
    }

    @Test
    void offByDefaultThenSwitchedOnByAnAdministratorAndKeptAcrossARestart() throws Exception {
        Path db = dir.resolve("z.db");
        long pk;
        try (CaseStore s = open(db)) {
            new Accounts(s.users()).createFirstAdministrator("admin", "Admin", "correct horse battery".toCharArray());
            pk = InterpretationCases.importTrio(s, "T1");
            new AnnotationService(s, Actor.named("admin"), Clock.systemUTC()).annotate(pk,
                    PluginRegistry.discover(null).find("clinvar").orElseThrow(), clinvarFixture(), null, null, null);
            CaseSummary kase = s.cases().find("T1").orElseThrow();
            InterpretationService admin = service(s, "admin", SuggestionSettings.defaults());
            InterpretationService sato = service(s, "sato", SuggestionSettings.defaults());
            Finding tp53 = gene(s, pk, "TP53");
            Finding brca1 = gene(s, pk, "BRCA1");
            Finding genea = gene(s, pk, "GENEA");

            // off by default: a two-star Pathogenic ClinVar record suggests nothing
            assertThat(admin.thresholds().reputableSource()).isFalse();
            assertThat(reputable(sato, kase, tp53)).isEmpty();
            assertThat(reputable(sato, kase, brca1)).isEmpty();

            // only an administrator, with a reason, with 1 to 4 stars
            assertThatThrownBy(() -> sato.saveThresholds(FrequencyThresholds.DEFAULT, Map.of(), true, 2,
                    "panel decision")).isInstanceOf(SecurityException.class);
            assertThatThrownBy(() -> admin.saveThresholds(FrequencyThresholds.DEFAULT, Map.of(), true, 2, ""))
                    .hasMessageContaining("reason");
            assertThatThrownBy(() -> admin.saveThresholds(FrequencyThresholds.DEFAULT, Map.of(), true, 0, "x"))
                    .hasMessageContaining("1 to 4 stars");
            ThresholdSet v2 = admin.saveThresholds(FrequencyThresholds.DEFAULT, Map.of(), true, 2,
                    "Panel decision 2026-12: ClinVar records of 2+ stars as PP5/BP6");
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.describe()).endsWith("; PP5/BP6 from ClinVar >= 2 stars");

            CriterionSuggestion pp5 = reputable(sato, kase, tp53).orElseThrow();
            assertThat(pp5.applied().label()).isEqualTo("PP5");
            assertThat(pp5.evidence()).startsWith("ClinVar Pathogenic, 2 stars (criteria provided, multiple "
                    + "submitters, no conflicts), variation 502 in ClinVar 20260226: suggested because PP5/BP6")
                    .endsWith("; switched on in suggestion settings version 2 by admin on " + java.time.LocalDate.ofInstant(
                            Instant.parse("2026-12-03T05:00:00Z"), java.time.ZoneId.systemDefault())
                            + ": Panel decision 2026-12: ClinVar records of 2+ stars as PP5/BP6");
            assertThat(reputable(sato, kase, brca1).orElseThrow().applied().label()).isEqualTo("BP6");
            assertThat(reputable(sato, kase, genea)).as("one star is below the setting").isEmpty();
            // a suggestion is not a call: nothing counts until a reviewer clicks
            assertThat(s.interpretation().currentCalls(tp53.id())).isEmpty();
            assertThat(s.interpretation().classification(tp53.id())).isEmpty();
            var cls = sato.call(kase, tp53, AcmgCriterion.PP5, pp5.strength(), CallStatus.ACCEPTED, pp5.evidence());
            assertThat(cls.thresholdVersion()).isEqualTo(2);
            assertThat(s.interpretation().currentCalls(tp53.id())).singleElement()
                    .satisfies(c -> assertThat(c.note()).contains("version 2"));

            // a change of the frequency thresholds alone keeps the switch as it is
            ThresholdSet v3 = admin.saveThresholds(new FrequencyThresholds(0.04, 0.01, 0.0001, 0.0007), Map.of(),
                    "local frequency review");
            assertThat(v3.reputableSource()).isTrue();
            assertThat(reputable(sato, kase, tp53).orElseThrow().evidence()).contains("version 2 by admin");

            List<AuditEntry> audit = s.audit().list(null, null, null, null).stream()
                    .filter(e -> e.action().equals("settings.thresholds")).toList();
            assertThat(audit).hasSize(3);
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo("admin");
                assertThat(e.after()).contains("\"pp5_bp6\":\"on, ClinVar >= 2 stars\"")
                        .contains("Panel decision 2026-12");
                assertThat(e.before()).contains("\"pp5_bp6\":\"off\"");
            });
            assertThat(s.audit().verify().intact()).isTrue();
        }
        // the setting survives a restart of the application (a new store on the same database)
        try (CaseStore s = open(db)) {
            ThresholdSet latest = s.thresholds().latest().orElseThrow();
            assertThat(latest.version()).isEqualTo(3);
            assertThat(latest.reputableSource()).isTrue();
            assertThat(latest.reputableMinStars()).isEqualTo(2);
            assertThat(s.thresholds().find(1).orElseThrow().reputableSource()).isFalse();
            ThresholdSet v2 = s.thresholds().find(2).orElseThrow();
            assertThat(v2.user()).isEqualTo("admin");
            assertThat(v2.at()).isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
            CaseSummary kase = s.cases().find("T1").orElseThrow();
            InterpretationService admin = service(s, "admin", SuggestionSettings.defaults());
            assertThat(reputable(admin, kase, gene(s, pk, "TP53"))).isPresent();
            // switched off again: no suggestion, and what was accepted under version 2 stays
            admin.saveThresholds(FrequencyThresholds.DEFAULT, Map.of(), false, 2, "back to the ClinGen SVI advice");
            assertThat(reputable(admin, kase, gene(s, pk, "TP53"))).isEmpty();
            assertThat(s.interpretation().currentCalls(gene(s, pk, "TP53").id())).extracting(c -> c.criterion())
                    .containsExactly(AcmgCriterion.PP5);
        }
    }

    @Test
    void theHospitalsThresholdFileCanSwitchItOnForTheFirstVersion() throws Exception {
        Path file = dir.resolve("suggestion-thresholds.tsv");
        Files.writeString(file, "gene\tba1_above\tbs1_above\tpm2_dominant_max\tpm2_recessive_max\n"
                + "*\t0.05\t0.01\t0.0001\t0.0007\nreputable_source\ton\t3\n");
        SuggestionSettings fromFile = SuggestionThresholds.load(file, SuggestionSettings.defaults());
        assertThat(fromFile.reputableSource()).isTrue();
        assertThat(fromFile.reputableMinStars()).isEqualTo(3);
        try (CaseStore s = open(dir.resolve("f.db"))) {
            ThresholdSet v1 = service(s, "sato", fromFile).thresholds();
            assertThat(v1.reputableSource()).isTrue();
            assertThat(v1.reputableMinStars()).isEqualTo(3);
            assertThat(v1.note()).isEqualTo("from suggestion-thresholds.tsv");
        }
        Files.writeString(file, "reputable_source\tmaybe\n");
        assertThatThrownBy(() -> SuggestionThresholds.load(file, SuggestionSettings.defaults()))
                .hasMessageContaining("line 1").hasMessageContaining("reputable_source on|off");
        Files.writeString(file, "reputable_source\ton\t0\n");
        assertThatThrownBy(() -> SuggestionThresholds.load(file, SuggestionSettings.defaults()))
                .hasMessageContaining("1 to 4 stars");
    }
}
