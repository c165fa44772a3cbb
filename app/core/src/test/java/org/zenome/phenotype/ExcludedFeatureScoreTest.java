package org.zenome.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excluded (negated) patient features lower the score of the diseases that show them (or a descendant), by
 * LIRICAL's factor {@code max(0.01, 1 - frequency)}; diseases that do not show them keep their score.
 */
class ExcludedFeatureScoreTest {
    private static final List<String> PRESENT = List.of(Fixture.SEIZURES, Fixture.INTELLECTUAL_DISABILITY);

    @Test
    void aDiseaseShowingAnExcludedFeatureOrItsDescendantIsPenalisedByItsFrequency(@TempDir Path dir)
            throws Exception {
        PhenotypeKnowledge k = Fixture.load(dir);
        Map<String, GeneDisease> before = byId(k.rankDiseases(PRESENT, List.of(), 100));
        Map<String, GeneDisease> after = byId(k.rankDiseases(PRESENT, List.of(Fixture.CATARACT), 100));
        double base = before.get("OMIM:100001").score();
        assertThat(base).isPositive();
        // without the exclusion the four epilepsy syndromes match equally
        for (String id : List.of("OMIM:100002", "OMIM:100003", "OMIM:100004")) {
            assertThat(before.get(id).score()).isEqualTo(base);
        }
        // no cataract annotated: unchanged, no conflict
        assertThat(after.get("OMIM:100001").score()).isEqualTo(base);
        assertThat(after.get("OMIM:100001").conflicts()).isEmpty();
        // an obligate polar cataract (a descendant of the excluded term): the least factor, 0.01
        assertThat(after.get("OMIM:100002").score()).isCloseTo(base * 0.01, within(1e-12));
        assertThat(after.get("OMIM:100002").conflicts()).containsExactly(Fixture.CATARACT);
        // cataract in 1 of 4 patients: 1 - 1/4
        assertThat(after.get("OMIM:100003").score()).isCloseTo(base * 0.75, within(1e-12));
        // only the general eye term, which an excluded cataract does not contradict
        assertThat(after.get("OMIM:100004").score()).isEqualTo(base);
        assertThat(after.get("OMIM:100004").conflicts()).isEmpty();

        // the genes follow their diseases
        List<String> genes = k.rankGenes(PRESENT, List.of(Fixture.CATARACT), null).stream()
                .map(GeneMatch::gene).toList();
        assertThat(genes.subList(0, 2)).containsExactlyInAnyOrder("GENEA", "GENED");
        assertThat(genes.indexOf("GENEC")).isLessThan(genes.indexOf("GENEB"));
        List<String> unpenalised = k.rankGenes(PRESENT, List.of(), null).stream().map(GeneMatch::gene).toList();
        assertThat(unpenalised.indexOf("GENEB")).isLessThan(unpenalised.indexOf("GENEE"));
    }

    @Test
    void anUnknownFrequencyCountsAsOneHalf(@TempDir Path dir) throws Exception {
        PhenotypeKnowledge k = Fixture.load(dir);
        List<String> present = List.of(Fixture.MICROCEPHALY);
        double before = byId(k.rankDiseases(present, List.of(), 100)).get("OMIM:100005").score();
        double after = byId(k.rankDiseases(present, List.of(Fixture.CATARACT), 100)).get("OMIM:100005").score();
        assertThat(before).isPositive();
        assertThat(after).isCloseTo(before * 0.5, within(1e-12));
        // excluding a feature no disease shows changes nothing
        assertThat(byId(k.rankDiseases(present, List.of("HP:0000505"), 100)).get("OMIM:100005").score())
                .isEqualTo(before);
    }

    @Test
    void onTheRealHpoAnExcludedEctopiaLentisLowersMarfanSyndrome() throws Exception {
        PhenotypeKnowledge k = HpoData.knowledge();
        // arachnodactyly, tall stature, aortic root dilatation; the patient's eyes were examined: no ectopia lentis
        List<String> present = List.of("HP:0001166", "HP:0000098", "HP:0002616");
        Map<String, GeneDisease> before = byId(k.rankDiseases(present, List.of(), 20_000));
        Map<String, GeneDisease> after = byId(k.rankDiseases(present, List.of("HP:0001083"), 20_000));
        GeneDisease marfan = after.get("OMIM:154700");
        assertThat(marfan.conflicts()).containsExactly("HP:0001083");
        assertThat(marfan.score()).isLessThan(before.get("OMIM:154700").score());
        assertThat(marfan.score()).isGreaterThanOrEqualTo(before.get("OMIM:154700").score() * 0.01 - 1e-12);
        // diseases without lens features keep their score
        long unchanged = after.values().stream().filter(d -> d.conflicts().isEmpty())
                .filter(d -> d.score() == before.get(d.disease().id()).score()).count();
        long withoutConflict = after.values().stream().filter(d -> d.conflicts().isEmpty()).count();
        assertThat(unchanged).isEqualTo(withoutConflict).isGreaterThan(7_000);
        // Marfan syndrome drops in the ranking
        List<String> rankBefore = k.rankDiseases(present, List.of(), 20_000).stream().map(d -> d.disease().id())
                .toList();
        List<String> rankAfter = k.rankDiseases(present, List.of("HP:0001083"), 20_000).stream()
                .map(d -> d.disease().id()).toList();
        System.out.printf("Marfan syndrome: rank %d without, %d with ectopia lentis excluded%n",
                rankBefore.indexOf("OMIM:154700") + 1, rankAfter.indexOf("OMIM:154700") + 1);
        assertThat(rankAfter.indexOf("OMIM:154700")).isGreaterThan(rankBefore.indexOf("OMIM:154700"));
    }

    private static Map<String, GeneDisease> byId(List<GeneDisease> ds) {
        return ds.stream().collect(Collectors.toMap(d -> d.disease().id(), Function.identity()));
    }
}
