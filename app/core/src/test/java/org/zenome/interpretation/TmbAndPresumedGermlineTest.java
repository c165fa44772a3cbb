package org.zenome.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.store.CaseStore;

/** TMB and presumed-germline flags from the tumour/normal fixture, through the real store. */
class TmbAndPresumedGermlineTest {
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

    @Test
    void tmbCountsSomaticCodingMutationsPerCallableMegabase() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTumourNormal(s, "C1");
            CaseSummary c = s.cases().find("C1").orElseThrow();
            TmbService service = new TmbService(s, Actor.named("sato"), java.time.Clock.fixed(
                    Instant.parse("2026-12-03T00:00:00Z"), java.time.ZoneOffset.UTC));
            TmbResult r = service.compute(pk, TmbSettings.defaults().withCallableMb(0.8));
            // counted: GENEC missense, GENED stop, GENEE frameshift, BRCA1 somatic missense (VAF 0.17)
            // not: synonymous, LowQual, VAF 0.02, intronic, TP53 present in the normal
            assertThat(r.mutations()).isEqualTo(4);
            assertThat(r.perMb()).isEqualTo(5.0);
            assertThat(r.settings()).contains("callable 0.80 Mb").contains("matched normal NORMAL");
            assertThat(s.interpretation().tmb(pk)).contains(r);
            TmbResult withSyn = new TmbService(s, Actor.named("sato"), java.time.Clock.systemUTC()).compute(pk,
                    new TmbSettings(1.0, 0.05, 3, 0.02, true, true));
            assertThat(withSyn.mutations()).isEqualTo(5);
            assertThat(c.samples()).hasSize(2);
        }
    }

    @Test
    void tmbNeedsATumourSample() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            assertThatThrownBy(() -> new TmbService(s, Actor.named("x"), java.time.Clock.systemUTC())
                    .compute(pk, TmbSettings.defaults())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tumour sample");
        }
    }

    @Test
    void presumedGermlineVariantsAreFlaggedWithRecommendations() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTumourNormal(s, "C1");
            CaseSummary c = s.cases().find("C1").orElseThrow();
            List<Finding> all = s.findings().query(pk, VariantFilter.all(), 0, 100);
            List<PresumedGermline.Flag> flags = PresumedGermline.standard().check(all, c.samples());
            assertThat(flags).singleElement().satisfies(f -> {
                assertThat(f.finding().gene()).isEqualTo("TP53");
                assertThat(f.reason()).isEqualTo(PresumedGermline.Reason.IN_NORMAL);
                assertThat(f.pathogenicBy()).isEqualTo("ClinVar Pathogenic");
                assertThat(f.recommendations()).containsExactly(
                        PresumedGermline.Recommendation.CONFIRMATORY_GERMLINE_TEST,
                        PresumedGermline.Recommendation.GENETIC_COUNSELLING_REFERRAL);
            });
            // tumour only: the same findings without the normal sample flag by VAF near 0.5
            List<org.zenome.domain.Sample> tumourOnly = c.samples().stream()
                    .filter(x -> x.role() == org.zenome.domain.SampleRole.TUMOUR).toList();
            assertThat(PresumedGermline.standard().check(all, tumourOnly)).extracting(f -> f.finding().gene(),
                    PresumedGermline.Flag::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("TP53", PresumedGermline.Reason.VAF_NEAR_HALF));
        }
    }
}
