package org.zenome.plugin.exomiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.plugin.Annotation;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.ReferenceBases;
import org.zenome.plugin.VariantKey;

/** The Exomiser plugin on a results fixture in Exomiser's documented variants/genes TSV layout. */
class ExomiserProviderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ExomiserProviderTest.class.getResource("/exomiser/" + name).toURI());
    }

    @Test
    void variantsGetTheirBestRankAndTheGeneScoresFromTheFileBesideThem() throws Exception {
        ExomiserProvider p = new ExomiserProvider();
        assertThat(p.id()).isEqualTo("exomiser");
        try (AnnotationSource s = p.open(fixture("sample-exomiser.variants.tsv"), null)) {
            assertThat(s.info().name()).isEqualTo("Exomiser");
            assertThat(s.info().sha256()).hasSize(64);
            Map<String, String> adnp = s.lookup(new VariantKey("20", 49508015, "T", "C")).orElseThrow().fields();
            assertThat(adnp).containsEntry(ExomiserProvider.RANK, "1").containsEntry(ExomiserProvider.GENE, "ADNP")
                    .containsEntry(ExomiserProvider.MOI, "AD").containsEntry(ExomiserProvider.COMBINED, "0.9712")
                    .containsEntry(ExomiserProvider.PHENO, "0.9155").containsEntry(ExomiserProvider.P_VALUE, "0.0012")
                    .containsEntry(ExomiserProvider.ACMG, "UNCERTAIN_SIGNIFICANCE")
                    .containsEntry(ExomiserProvider.DISEASE, "OMIM:615873 Helsmoortel-van der Aa syndrome")
                    .containsEntry(ExomiserProvider.HUMAN_PHENO, "0.9155")
                    .containsEntry(ExomiserProvider.HUMAN_EVIDENCE, "Helsmoortel-van der Aa syndrome (OMIM:615873)");
            // CLCN2 is ranked 3 under AR and 5 under AD: the best rank wins, with that MOI's scores
            Map<String, String> clcn2 = s.lookup(new VariantKey("chr3", 184064384, "C", "T")).orElseThrow().fields();
            assertThat(clcn2).containsEntry(ExomiserProvider.RANK, "3").containsEntry(ExomiserProvider.MOI, "AR")
                    .containsEntry(ExomiserProvider.COMBINED, "0.7421");
            // an insertion written with its anchor base matches the case's record
            Annotation ins = s.lookup(new VariantKey("2", 114647649, "A", "ACTGC")).orElseThrow();
            assertThat(ins.kind()).isEqualTo(ExomiserProvider.KIND);
            assertThat(ins.fields()).containsEntry(ExomiserProvider.RANK, "6");
            assertThat(s.lookup(new VariantKey("20", 49508015, "T", "G"))).isEmpty();
        }
    }

    @Test
    void theGenesFileLeadsToItsVariantsFile() throws Exception {
        try (AnnotationSource s = new ExomiserProvider().open(fixture("sample-exomiser.genes.tsv"), "Exomiser 14")) {
            assertThat(s.info().name()).isEqualTo("Exomiser 14");
            assertThat(s.info().path()).endsWith("sample-exomiser.variants.tsv");
            assertThat(s.lookup(new VariantKey("5", 161524944, "G", "A")).orElseThrow().fields())
                    .containsEntry(ExomiserProvider.RANK, "2").containsEntry(ExomiserProvider.HUMAN_PHENO, "0.8120");
        }
    }

    @Test
    void otherFilesAreRefusedNamingTheFileAndLine(@TempDir Path dir) throws Exception {
        Path notExomiser = dir.resolve("x.variants.tsv");
        Files.writeString(notExomiser, "chrom\tpos\tref\talt\n1\t2\tA\tC\n");
        assertThatThrownBy(() -> new ExomiserProvider().open(notExomiser, null)).isInstanceOf(IOException.class)
                .hasMessageContaining(notExomiser + " line 1: not an Exomiser variants TSV");
        Path badStart = dir.resolve("y.variants.tsv");
        String header = Files.readAllLines(fixture("sample-exomiser.variants.tsv")).get(0);
        String row = Files.readAllLines(fixture("sample-exomiser.variants.tsv")).get(1).replace("\t49508015\t",
                "\tforty\t");
        Files.writeString(badStart, header + "\n" + row + "\n");
        assertThatThrownBy(() -> new ExomiserProvider().open(badStart, null)).isInstanceOf(IOException.class)
                .hasMessageContaining(badStart + " line 2: START 'forty' is not a number");
        Path lonelyGenes = dir.resolve("z.genes.tsv");
        Files.copy(fixture("sample-exomiser.genes.tsv"), lonelyGenes);
        assertThatThrownBy(() -> new ExomiserProvider().open(lonelyGenes, null)).isInstanceOf(IOException.class)
                .hasMessageContaining("z.variants.tsv) is not beside it");
    }
    @Test
    void anAnalysisOfAnotherBuildIsRefusedWhenTheCaseHasAReference() throws Exception {
        // the fixture's SNVs have their GRCh37 REF bases; a reference that agrees at every position passes
        Map<String, Character> grch37 = Map.of("20:49508015", 'T', "5:161524944", 'G', "3:184064384", 'C',
                "10:123256215", 'T');
        ReferenceBases agrees = reference(grch37);
        try (AnnotationSource s = new ExomiserProvider().open(fixture("sample-exomiser.variants.tsv"), null, agrees)) {
            assertThat(s.caseVariants()).isEqualTo(5);
        }
        // another build: other bases at those positions
        Map<String, Character> other = Map.of("20:49508015", 'G', "5:161524944", 'C', "3:184064384", 'A',
                "10:123256215", 'T');
        assertThatThrownBy(() -> new ExomiserProvider().open(fixture("sample-exomiser.variants.tsv"), null,
                reference(other))).isInstanceOf(IOException.class)
                .hasMessageContaining("sample-exomiser.variants.tsv: the REF bases of 3 of 4 ranked variants differ")
                .hasMessageContaining("another genome build");
    }

    private static ReferenceBases reference(Map<String, Character> bases) {
        return new ReferenceBases() {
            @Override
            public char base(String contig, long position) {
                Character c = bases.get(VariantKey.contig(contig) + ":" + position);
                return c == null ? 0 : c;
            }

            @Override
            public String describe() {
                return "test reference";
            }
        };
    }
}
