package org.zenome.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zenome.testing.TestImports.fixture;
import static org.zenome.testing.TestImports.importVcf;
import static org.zenome.testing.TestImports.labels;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.Impact;
import org.zenome.domain.InheritanceModel;
import org.zenome.domain.Region;
import org.zenome.domain.VariantFilter;
import org.zenome.testing.TestImports;

/**
 * Every filter of the variant table, run by SQLite on the imported trio fixture (trio_grch38.vcf + trio.ped).
 * The expected rows were worked out by hand from the fixture lines:
 *
 * <pre>
 * chr1:1000 G>A   Q50 PASS GENEA  missense (MANE)           AF 1e-5      CHILD 0/1 MOTHER 0/0 FATHER 0/0  DP 30
 * chr1:2000 C>T   Q60 PASS GENEB  missense MANE; stop_gained and intron on other transcripts  0/1 0/1 0/0  DP 40
 * chr1:3000 T>C   Q70 PASS GENEC  synonymous (canonical); missense on another transcript      0/1 0/0 0/1  DP 45
 * chr1:4000 A>G   Q80 PASS GENED2 splice_region&intron; GENED intron                          0/0 0/1 0/1  DP 50
 * chr2:1500 C>CT  Q40 PASS GENEE  frameshift HIGH AF 0.002 ClinVar Pathogenic                 1/1 0/1 0/1  DP 33
 * chr3:1000 G>T   Q55 PASS GENEF  missense                                                    0/1 0/1 0/0  DP 38
 * chr3:2000 A>G   Q65 PASS GENEF  splice_donor HIGH SpliceAI 0.8                              0/1 0/0 0/1  DP 36
 * chr3:3000 C>A   Q45 PASS GENEG  missense                                                    0/1 0/1 0/0  DP 35
 * chr4:500  A>C   Q70 PASS GENEH  missense AF 0.01         (A>C,G)                            1/2 0/1 0/2  DP 40
 * chr4:500  A>G   Q70 PASS GENEH  stop_gained HIGH AF 0.2  (A>C,G)                            1/2 0/1 0/2  DP 40
 * chr4:1000 G>T   Q10 LowQual GENEI upstream MODIFIER                                         0/1 0/0 0/0  DP 5
 * chr4:2000 T>A   Q99 PASS GENEJ  synonymous AF 0.35 ClinVar Benign                           1/1 1/1 0/1  DP 60
 * chrX:5000 C>T   Q80 PASS GENEX  missense                                                    1   0/1 0    DP 20
 * chrX:6000 G>A   Q80 PASS GENEX  missense                                                    1   0/0 1    DP 20
 * </pre>
 * Depth is the proband's DP (the sample the table shows), not the site DP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingFilterTest {
    /** The engine the tests run on (a subclass runs them all on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    /** Opens the test's store {@code file} (on PostgreSQL: a database named after it). */
    org.zenome.store.CaseStore open(Path file) {
        return engine().open(file.getParent(), file.getFileName().toString());
    }

    org.zenome.store.CaseStore store;
    long trio;
    long single;

    @BeforeAll
    void importTrio(@TempDir Path dir) throws Exception {
        store = open(dir.resolve("zenome.db"));
        trio = importVcf(store, "TRIO", fixture("trio_grch38.vcf"), fixture("trio.ped"), null).casePk();
        single = importVcf(store, "SINGLE", fixture("csq_order_a.vcf")).casePk();
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<String> rows(VariantFilter f) {
        List<Finding> found = TestImports.query(store, trio, f);
        assertThat(store.findings().count(trio, f)).as("count of " + f).isEqualTo(found.size());
        return labels(found);
    }

    private static VariantFilter all() {
        return VariantFilter.all();
    }

    @Test
    void noFilterGivesEveryFindingInPositionOrder() {
        assertThat(rows(all())).hasSize(14).startsWith("chr1:1000 G>A").endsWith("chrX:6000 G>A");
    }

    @Test
    void gene() {
        assertThat(rows(all().withGenes(List.of("GENEF")))).containsExactly("chr3:1000 G>T", "chr3:2000 A>G");
        // case-insensitive, and a gene list
        assertThat(rows(all().withGenes(List.of("genea", "GeneE")))).containsExactly("chr1:1000 G>A", "chr2:1500 C>CT");
        // a gene of a non-display transcript finds the variant too
        assertThat(rows(all().withGenes(List.of("GENED")))).containsExactly("chr1:4000 A>G");
        assertThat(rows(all().withGenes(List.of("NOSUCHGENE")))).isEmpty();
        assertThat(store.findings().genes(trio, "gened", 10)).containsExactly("GENED", "GENED2");
    }

    @Test
    void geneCombinedWithFlagsSortAndPage() {
        // on PostgreSQL the gene and flag conditions are ID arrays (PgFindingQueries); combined, sorted and paged
        VariantFilter high = all().withGenes(List.of("geneh", "GENEE", "GENEF")).withImpacts(Set.of(Impact.HIGH));
        assertThat(rows(high)).containsExactly("chr2:1500 C>CT", "chr3:2000 A>G", "chr4:500 A>G");
        assertThat(labels(store.findings().query(trio, high.sortedBy(VariantFilter.SortKey.QUAL, true), 0, 2)))
                .containsExactly("chr4:500 A>G", "chr3:2000 A>G");
        assertThat(labels(store.findings().query(trio, high.sortedBy(VariantFilter.SortKey.QUAL, true), 2, 2)))
                .containsExactly("chr2:1500 C>CT");
        assertThat(rows(all().withGenes(List.of("GENEE", "GENEJ")).withClinvar(Set.of(ClinicalSignificance.PATHOGENIC,
                ClinicalSignificance.LIKELY_PATHOGENIC)))).containsExactly("chr2:1500 C>CT");
        assertThat(rows(all().withGenes(List.of("GENEA", "GENED")).withRegion(Region.parse("chr1:1-3500")
                .orElseThrow()))).containsExactly("chr1:1000 G>A");
        // hidden secondary-finding genes, also those of another transcript only
        assertThat(labels(store.findings().query(trio, all().withRegion(Region.parse("chr1").orElseThrow()),
                Set.of("GENEB", "gened"), 0, 10))).containsExactly("chr1:1000 G>A", "chr1:3000 T>C");
        assertThat(store.findings().count(trio, all(), Set.of("GENEB", "GENED"))).isEqualTo(12);
    }

    @Test
    void region() {
        assertThat(rows(all().withRegion(Region.parse("chr3:1500-2500").orElseThrow())))
                .containsExactly("chr3:2000 A>G");
        assertThat(rows(all().withRegion(Region.parse("3:1-3000").orElseThrow())))
                .containsExactly("chr3:1000 G>T", "chr3:2000 A>G", "chr3:3000 C>A");
        assertThat(rows(all().withRegion(Region.parse("chr4:500").orElseThrow())))
                .containsExactly("chr4:500 A>C", "chr4:500 A>G");
        assertThat(rows(all().withRegion(Region.parse("X").orElseThrow())))
                .containsExactly("chrX:5000 C>T", "chrX:6000 G>A");
        assertThat(rows(all().withRegion(Region.parse("chr5:1-100000").orElseThrow()))).isEmpty();
    }

    @Test
    void consequenceMatchesAnyTranscriptOfTheAllele() {
        assertThat(rows(all().withConsequences(Set.of("stop_gained"))))
                .containsExactly("chr1:2000 C>T", "chr4:500 A>G");
        assertThat(rows(all().withConsequences(Set.of("missense_variant")))).containsExactly("chr1:1000 G>A",
                "chr1:2000 C>T", "chr1:3000 T>C", "chr3:1000 G>T", "chr3:3000 C>A", "chr4:500 A>C", "chrX:5000 C>T",
                "chrX:6000 G>A");
        assertThat(rows(all().withConsequences(Set.of("frameshift_variant", "splice_donor_variant"))))
                .containsExactly("chr2:1500 C>CT", "chr3:2000 A>G");
    }

    @Test
    void impactOfTheDisplayTranscript() {
        assertThat(rows(all().withImpacts(Set.of(Impact.HIGH))))
                .containsExactly("chr2:1500 C>CT", "chr3:2000 A>G", "chr4:500 A>G");
        assertThat(rows(all().withImpacts(Set.of(Impact.LOW, Impact.MODIFIER))))
                .containsExactly("chr1:3000 T>C", "chr1:4000 A>G", "chr4:1000 G>T", "chr4:2000 T>A");
    }

    @Test
    void maxPopulationAfKeepsUnknownAf() {
        assertThat(rows(all().withMaxPopulationAf(0.01))).hasSize(12)
                .doesNotContain("chr4:500 A>G", "chr4:2000 T>A").contains("chr4:500 A>C", "chr1:2000 C>T");
        assertThat(rows(all().withMaxPopulationAf(0.0))).hasSize(9)
                .doesNotContain("chr1:1000 G>A", "chr2:1500 C>CT");
    }

    @Test
    void clinvar() {
        assertThat(rows(all().withClinvar(Set.of(ClinicalSignificance.PATHOGENIC,
                ClinicalSignificance.LIKELY_PATHOGENIC)))).containsExactly("chr2:1500 C>CT");
        assertThat(rows(all().withClinvar(Set.of(ClinicalSignificance.BENIGN)))).containsExactly("chr4:2000 T>A");
    }

    @Test
    void passQualityAndDepth() {
        assertThat(rows(all().withPassOnly(true))).hasSize(13).doesNotContain("chr4:1000 G>T");
        assertThat(rows(all().withMinQual(60.0))).containsExactly("chr1:2000 C>T", "chr1:3000 T>C", "chr1:4000 A>G",
                "chr3:2000 A>G", "chr4:500 A>C", "chr4:500 A>G", "chr4:2000 T>A", "chrX:5000 C>T", "chrX:6000 G>A");
        assertThat(rows(all().withMinDepth(30))).hasSize(11)
                .doesNotContain("chr4:1000 G>T", "chrX:5000 C>T", "chrX:6000 G>A");
        assertThat(rows(all().withMinDepth(36).withMinQual(45.0).withPassOnly(true))).containsExactly(
                "chr1:2000 C>T", "chr1:3000 T>C", "chr1:4000 A>G", "chr3:1000 G>T", "chr3:2000 A>G", "chr4:500 A>C",
                "chr4:500 A>G", "chr4:2000 T>A");
    }

    @Test
    void inheritanceModels() {
        assertThat(rows(all().withInheritance(InheritanceModel.DE_NOVO)))
                .containsExactly("chr1:1000 G>A", "chr4:1000 G>T");
        assertThat(rows(all().withInheritance(InheritanceModel.DE_NOVO).withPassOnly(true)))
                .containsExactly("chr1:1000 G>A");
        // the mother is also homozygous at chr4:2000: not recessive
        assertThat(rows(all().withInheritance(InheritanceModel.AUTOSOMAL_RECESSIVE_HOMOZYGOUS)))
                .containsExactly("chr2:1500 C>CT");
        // GENEF has one het from each parent; GENEB, GENEC and GENEG only one; GENEH's parents carry other alleles
        assertThat(rows(all().withInheritance(InheritanceModel.COMPOUND_HETEROZYGOUS)))
                .containsExactly("chr3:1000 G>T", "chr3:2000 A>G");
        // chrX:6000 comes from the hemizygous father
        assertThat(rows(all().withInheritance(InheritanceModel.X_LINKED))).containsExactly("chrX:5000 C>T");
        assertThat(rows(all().withInheritance(InheritanceModel.X_LINKED).withGenes(List.of("GENEX"))))
                .containsExactly("chrX:5000 C>T");
    }

    @Test
    void inheritanceNeedsATrio() {
        assertThatThrownBy(() -> store.findings().query(single, all().withInheritance(InheritanceModel.DE_NOVO), 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mother and father");
    }

    @Test
    void sortAndPage() {
        VariantFilter byQual = all().sortedBy(VariantFilter.SortKey.QUAL, true);
        assertThat(labels(store.findings().query(trio, byQual, 0, 2))).containsExactly("chr4:2000 T>A", "chrX:6000 G>A"); // ties: position in the same direction
        assertThat(labels(store.findings().query(trio, all(), 12, 5))).containsExactly("chrX:5000 C>T", "chrX:6000 G>A");
        assertThat(labels(store.findings().query(trio, all().sortedBy(VariantFilter.SortKey.POPULATION_AF, true), 0, 1)))
                .containsExactly("chr4:2000 T>A");
    }
}
