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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.annotation.AnnotationService;
import org.zenome.annotation.PluginRegistry;
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
 * Suggestion thresholds as versions in the store: seeded on first use, changed only by an administrator with a
 * reason, audited, used by the suggestions at once, and named by every class recorded under them.
 */
class ThresholdVersionsTest {
    /** The engine the tests run on (a subclass runs them all on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    /** Opens the test's store {@code file} (on PostgreSQL: a database named after it). */
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

    private static String frequencyCriterion(InterpretationService.FindingView v) {
        return v.suggestions().stream().map(CriterionSuggestion::criterion)
                .filter(c -> c == AcmgCriterion.BA1 || c == AcmgCriterion.BS1 || c == AcmgCriterion.PM2)
                .map(Enum::name).findFirst().orElse("none");
    }

    @Test
    void anAdministratorsNewVersionDrivesTheSuggestionsAndIsRecordedWithTheClass() throws Exception {
        Path db = dir.resolve("z.db");
        try (CaseStore s = open(db)) {
            new Accounts(s.users()).createFirstAdministrator("admin", "Admin", "correct horse battery".toCharArray());
            long pk = InterpretationCases.importTrio(s, "T1");
            CaseSummary kase = s.cases().find("T1").orElseThrow();
            new AnnotationService(s, Actor.named("admin"), Clock.systemUTC()).annotate(pk,
                    PluginRegistry.discover(null).find("population-frequency").orElseThrow(),
                    InterpretationCases.resource("tommo_54kjpn_excerpt.vcf"), null, null, null);
            InterpretationService admin = service(s, "admin", SuggestionSettings.defaults());
            InterpretationService sato = service(s, "sato", SuggestionSettings.defaults());

            // first use: the built-in defaults become version 1; GENEB's AF 0.0213 is BS1 under them
            assertThat(admin.thresholds().version()).isEqualTo(1);
            assertThat(admin.thresholds().note()).isEqualTo("built-in defaults");
            assertThat(admin.thresholds().defaults()).isEqualTo(FrequencyThresholds.DEFAULT);
            Finding geneb = gene(s, pk, "GENEB");
            var before = admin.load(kase, geneb.id(), InterpretationService.GeneOptions.defaults());
            assertThat(frequencyCriterion(before)).isEqualTo("BS1");
            assertThat(before.thresholds().version()).isEqualTo(1);

            // only an administrator, with a reason, and only a real change
            FrequencyThresholds genebT = new FrequencyThresholds(0.02, 0.005, 0.0001, 0.0007);
            assertThatThrownBy(() -> sato.saveThresholds(FrequencyThresholds.DEFAULT, Map.of("GENEB", genebT),
                    "ClinGen")).isInstanceOf(SecurityException.class).hasMessageContaining("administrator");
            assertThatThrownBy(() -> admin.saveThresholds(FrequencyThresholds.DEFAULT, Map.of("GENEB", genebT), " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThatThrownBy(() -> admin.saveThresholds(FrequencyThresholds.DEFAULT, Map.of(), "nothing"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same as version 1");
            ThresholdSet v2 = admin.saveThresholds(FrequencyThresholds.DEFAULT, Map.of("GENEB", genebT),
                    "GENEB VCEP specification 1.0");
            assertThat(v2.version()).isEqualTo(2);

            // the suggestions follow version 2 at once: BA1 (0.0213 > 0.02)
            var after = sato.load(kase, geneb.id(), InterpretationService.GeneOptions.defaults());
            assertThat(after.thresholds().version()).isEqualTo(2);
            assertThat(frequencyCriterion(after)).isEqualTo("BA1");
            CriterionSuggestion ba1 = after.suggestion(AcmgCriterion.BA1).orElseThrow();
            assertThat(ba1.evidence()).contains("0.02");
            var g = sato.call(kase, geneb, AcmgCriterion.BA1, ba1.strength(), CallStatus.ACCEPTED, ba1.evidence());
            assertThat(g.thresholdVersion()).isEqualTo(2);
            assertThat(s.interpretation().classification(geneb.id()).orElseThrow().thresholdVersion()).isEqualTo(2);
            assertThat(s.interpretation().history(geneb.id())).anySatisfy(h -> {
                assertThat(h.subject()).isEqualTo("class.rules");
                assertThat(h.note()).isEqualTo("suggestion thresholds version 2");
            });

            // a later version does not rewrite what was recorded under version 2
            admin.saveThresholds(new FrequencyThresholds(0.04, 0.01, 0.0001, 0.0007), Map.of("GENEB", genebT),
                    "local review");
            assertThat(s.interpretation().classification(geneb.id()).orElseThrow().thresholdVersion()).isEqualTo(2);
            assertThat(s.audit().list(null, null, null, null)).filteredOn(e -> e.action().equals("settings.thresholds"))
                    .hasSize(3);
            assertThat(s.audit().verify().intact()).isTrue();
        }
        try (CaseStore s = open(db)) {
            assertThat(s.thresholds().list()).extracting(ThresholdSet::version).containsExactly(3, 2, 1);
            ThresholdSet v2 = s.thresholds().find(2).orElseThrow();
            assertThat(v2.genes()).containsOnlyKeys("GENEB");
            assertThat(v2.genes().get("geneb").ba1Above()).isEqualTo(0.02);
            assertThat(v2.user()).isEqualTo("admin");
            assertThat(v2.note()).isEqualTo("GENEB VCEP specification 1.0");
        }
    }

    @Test
    void theHospitalsThresholdFileBecomesVersionOneOnAStoreWithout() throws Exception {
        Path file = dir.resolve("suggestion-thresholds.tsv");
        Files.writeString(file, "gene\tba1_above\tbs1_above\tpm2_dominant_max\tpm2_recessive_max\n"
                + "*\t0.05\t0.01\t0.0001\t0.0007\nMYH7\t0.001\t0.0002\t0.00004\t0.00004\n");
        try (CaseStore s = open(dir.resolve("z.db"))) {
            InterpretationService svc = service(s, "sato", SuggestionThresholds.load(file,
                    SuggestionSettings.defaults()));
            ThresholdSet v1 = svc.thresholds();
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.note()).isEqualTo("from suggestion-thresholds.tsv");
            assertThat(v1.genes()).containsOnlyKeys("MYH7");
            // a second service (another window, another process) finds it rather than seeding again
            assertThat(service(s, "suzuki", SuggestionSettings.defaults()).thresholds()).isEqualTo(v1);
            assertThat(s.thresholds().list()).hasSize(1);
        }
    }

    @Test
    void aSetRefusesWhatCannotBeAThreshold() {
        Instant t = Instant.parse("2026-12-03T05:00:00Z");
        assertThatThrownBy(() -> new ThresholdSet(0, FrequencyThresholds.DEFAULT, Map.of("MY H7",
                FrequencyThresholds.DEFAULT), "", "admin", t)).hasMessageContaining("not a gene symbol");
        java.util.Map<String, FrequencyThresholds> twice = new java.util.HashMap<>();
        twice.put("MYH7", FrequencyThresholds.DEFAULT);
        twice.put("myh7", FrequencyThresholds.DEFAULT);
        assertThatThrownBy(() -> new ThresholdSet(0, FrequencyThresholds.DEFAULT, twice, "", "admin", t))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new FrequencyThresholds(0.01, 0.05, 0.0001, 0.0007))
                .hasMessageContaining("above the BA1 threshold");
    }
}
