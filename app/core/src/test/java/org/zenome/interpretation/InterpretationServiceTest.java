package org.zenome.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.annotation.AnnotationService;
import org.zenome.annotation.PluginRegistry;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.ConfirmationStatus;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.CriterionSuggestion;
import org.zenome.classification.InheritanceMode;
import org.zenome.classification.SuggestionSettings;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.store.CaseStore;

/** The service behind the panes: suggestions from the data and the annotation sources, decisions, consent gate. */
class InterpretationServiceTest {
    /** The engine the tests run on (a subclass runs them all on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    /** Opens the test's store {@code file} (on PostgreSQL: a database named after it). */
    org.zenome.store.CaseStore open(Path file) {
        return engine().open(file.getParent(), file.getFileName().toString());
    }

    @TempDir
    Path dir;

    private static InterpretationService service(CaseStore s) {
        return new InterpretationService(s, Actor.named("sato"), Clock.fixed(Instant.parse("2026-12-03T05:00:00Z"),
                ZoneOffset.UTC), SecondaryFindingLists.builtIn(), SuggestionSettings.defaults());
    }

    private static Finding gene(CaseStore s, long pk, String g) {
        return s.findings().query(pk, VariantFilter.all().withGenes(List.of(g)), 0, 1).get(0);
    }

    @Test
    void suggestionsCarryTheirEvidenceAndNeedAClickToCount() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            CaseSummary kase = s.cases().find("T1").orElseThrow();
            InterpretationService svc = service(s);
            Finding tp53 = gene(s, pk, "TP53");
            var view = svc.load(kase, tp53.id(), InterpretationService.GeneOptions.defaults());
            assertThat(view.suggestions()).extracting(x -> x.applied().label()).contains("PM6", "PP3_Moderate");
            assertThat(view.suggestion(AcmgCriterion.PP3).orElseThrow().evidence()).contains("0.9");
            assertThat(view.currentCalls()).isEmpty();
            assertThat(view.evaluation().rulesClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE);
            assertThat(view.secondaryGene()).isPresent();
            assertThat(view.secondaryAllowed()).isFalse();
            // the reviewer accepts PP3 at moderate and PM6 at its strength: both count now
            CriterionSuggestion pp3 = view.suggestion(AcmgCriterion.PP3).orElseThrow();
            svc.call(kase, tp53, AcmgCriterion.PP3, pp3.strength(), CallStatus.ACCEPTED, pp3.evidence());
            var after = svc.call(kase, tp53, AcmgCriterion.PM6, view.suggestion(AcmgCriterion.PM6).orElseThrow()
                    .strength(), CallStatus.ACCEPTED, "");
            assertThat(after.points()).isEqualTo(4);
            var again = svc.load(kase, tp53.id(), new InterpretationService.GeneOptions(true,
                    InheritanceMode.AUTOSOMAL_DOMINANT, true));
            assertThat(again.currentCalls()).hasSize(2);
            assertThat(again.history()).isNotEmpty().allSatisfy(h -> assertThat(h.user()).isEqualTo("sato"));
            // confirmed parentage turns the de novo suggestion into PS2
            assertThat(again.suggestions()).extracting(x -> x.applied().label()).contains("PS2");
        }
    }

    @Test
    void populationSourcesOnTheCaseDriveTheFrequencyCriteria() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            CaseSummary kase = s.cases().find("T1").orElseThrow();
            InterpretationService svc = service(s);
            // before any source: no frequency in the VCF, so no PM2 (absence of annotation is not absence)
            Finding geneb = gene(s, pk, "GENEB");
            assertThat(svc.load(kase, geneb.id(), InterpretationService.GeneOptions.defaults()).suggestions())
                    .extracting(x -> x.criterion()).doesNotContain(AcmgCriterion.PM2, AcmgCriterion.BS1);
            new AnnotationService(s, Actor.named("sato"), Clock.systemUTC()).annotate(pk,
                    PluginRegistry.discover(null).find("population-frequency").orElseThrow(),
                    InterpretationCases.resource("tommo_54kjpn_excerpt.vcf"), null, null, null);
            var view = svc.load(kase, geneb.id(), new InterpretationService.GeneOptions(false,
                    InheritanceMode.AUTOSOMAL_DOMINANT, false));
            // AF 0.0213 in ToMMo: above BA1? no (5%); BS1 for a dominant disorder
            assertThat(view.evidence().populationSource()).isEqualTo("ToMMo 54KJPN 20230401");
            assertThat(view.evidence().populationAf()).isEqualTo(0.0213);
            assertThat(view.suggestions()).extracting(x -> x.criterion()).contains(AcmgCriterion.BS1);
            // GENEA is in no source: absent from ToMMo, PM2 at supporting
            var genea = svc.load(kase, gene(s, pk, "GENEA").id(), new InterpretationService.GeneOptions(false,
                    InheritanceMode.AUTOSOMAL_DOMINANT, false));
            assertThat(genea.suggestions()).extracting(x -> x.applied().label()).contains("PM2_Supporting");
            assertThat(genea.suggestion(AcmgCriterion.PM2).orElseThrow().evidence()).contains("ToMMo");
        }
    }

    @Test
    void pm3IsSuggestedForAVariantInTransWithAPathogenicOneFromTheTrio() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T2", "trio_compound_het.vcf");
            CaseSummary kase = s.cases().find("T2").orElseThrow();
            InterpretationService svc = service(s);
            List<Finding> gaa = s.findings().query(pk, VariantFilter.all(), 0, 10);
            var recessive = new InterpretationService.GeneOptions(false, InheritanceMode.AUTOSOMAL_RECESSIVE, false);
            // the paternal variant is in trans with the maternal ClinVar-pathogenic one
            assertThat(svc.load(kase, gaa.get(1).id(), recessive).suggestions()).extracting(x -> x.criterion())
                    .contains(AcmgCriterion.PM3);
            assertThat(svc.load(kase, gaa.get(1).id(), recessive).evidence().inTransWithPathogenic()).isTrue();
            // the other maternal variant is in cis with it: no PM3
            assertThat(svc.load(kase, gaa.get(2).id(), recessive).evidence().inTransWithPathogenic()).isFalse();
            assertThat(svc.load(kase, gaa.get(2).id(), recessive).suggestions()).extracting(x -> x.criterion())
                    .doesNotContain(AcmgCriterion.PM3);
            // not for a dominant disorder
            assertThat(svc.load(kase, gaa.get(1).id(), InterpretationService.GeneOptions.defaults()).suggestions())
                    .extracting(x -> x.criterion()).doesNotContain(AcmgCriterion.PM3);
        }
    }

    @Test
    void consentGatesTheTableAndTheReturnOfSecondaryFindings() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            CaseSummary kase = s.cases().find("T1").orElseThrow();
            InterpretationService svc = service(s);
            Finding ttn = gene(s, pk, "TTN");
            assertThat(svc.hiddenGenes(pk)).contains("TTN", "BRCA1");
            svc.saveConfirmation(kase, ttn, ConfirmatoryTest.notRequired());
            assertThatThrownBy(() -> svc.markReturned(kase, ttn)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not consented");
            svc.saveConsent(pk, SecondaryFindingConsent.Choice.BY_CATEGORY, Set.of("Cardiovascular"), null, true,
                    null, "");
            assertThat(svc.hiddenGenes(pk)).doesNotContain("TTN").contains("BRCA1");
            assertThat(svc.markReturned(kase, ttn).returned()).isTrue();
            assertThat(svc.consent(pk).orElseThrow().user()).isEqualTo("sato");
            assertThat(s.interpretation().resultReturn(ttn.id()).orElseThrow().confirmation().status())
                    .isEqualTo(ConfirmationStatus.NOT_ORDERED);
        }
    }
}
