package org.zenome.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;

/**
 * Gene rankings sort and filter the variant table in SQL: an Exomiser result (the fixture of the Exomiser plugin,
 * imported with {@code zenome annotate --plugin exomiser}) on the Scout trio.
 */
class GeneRankingStoreTest {
    /** The engine the test runs on (a subclass runs it on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    private static final Path SCOUT = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"),
            "scout_demo_trio_643594");
    private static final Path EXOMISER = Path.of("../../plugins/exomiser/src/test/resources/exomiser/"
            + "sample-exomiser.variants.tsv");

    @TempDir
    Path dir;

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    @Test
    void exomiserRanksSortAndFilterTheFindings() {
        assumeTrue(Files.isRegularFile(SCOUT.resolve("643594.clinical.vcf.gz")), "the Scout demo trio is not under "
                + SCOUT.toAbsolutePath().normalize());
        String db = engine() == org.zenome.testing.StoreEngine.SQLITE ? dir.resolve("z.db").toString()
                : org.zenome.testing.StoreEngine.url(dir, "z.db") + "?user=postgres";
        run("import", "--db", db, "--case", "T1", "--ped", SCOUT.resolve("643594.ped").toString(), "--disease-area",
                "rare-disease", SCOUT.resolve("643594.clinical.vcf.gz").toString());
        run("annotate", "--db", db, "--case", "T1", "--plugin", "exomiser", "--plugins", dir.resolve("none").toString(),
                EXOMISER.toString());
        try (org.zenome.store.CaseStore store = engine().open(dir, "z.db")) {
            long pk = store.cases().find("T1").orElseThrow().id();
            Map<String, GeneRankings.ExomiserGene> ex = GeneRankings.exomiser(store, pk);
            // FGFR2 is not in the trio; the other five genes are
            assertThat(ex.keySet()).containsExactlyInAnyOrder("ADNP", "GABRG2", "CLCN2", "ACTR3");
            assertThat(ex.get("CLCN2").rank()).isEqualTo(3);
            assertThat(ex.get("ADNP").combinedScore()).isEqualTo(0.9712);

            VariantFilter byScore = VariantFilter.all().withGeneScores(GeneRankings.exomiserScores(ex), null)
                    .sortedBy(VariantFilter.SortKey.GENE_SCORE, false);
            List<Finding> page = store.findings().query(pk, byScore, 0, 10);
            assertThat(page.get(0).gene()).isEqualTo("ADNP");
            assertThat(page.stream().map(Finding::gene).distinct().limit(4).toList())
                    .containsExactly("ADNP", "GABRG2", "CLCN2", "ACTR3");
            // reversed: unscored genes still last, lowest score first
            List<Finding> reversed = store.findings().query(pk, byScore.sortedBy(VariantFilter.SortKey.GENE_SCORE,
                    true), 0, 1);
            assertThat(reversed.get(0).gene()).isEqualTo("ACTR3");
            // filter: genes scoring at least 0.9
            VariantFilter top = byScore.withGeneScores(GeneRankings.exomiserScores(ex), 0.9);
            assertThat(store.findings().query(pk, top, 0, 100)).extracting(Finding::gene).containsOnly("ADNP",
                    "GABRG2");
            assertThat(store.findings().count(pk, top)).isEqualTo(store.findings().query(pk, top, 0, 100).size());
            // without a ranking the same sort key falls back to position order
            assertThat(store.findings().query(pk, VariantFilter.all().sortedBy(VariantFilter.SortKey.GENE_SCORE,
                    false), 0, 3)).extracting(Finding::id).isSorted();
        }
    }
}
