package org.zenome.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HPO loading, term search and match scoring on the real ontology and annotation files of ../shared/data/hpo. */
class PhenotypeKnowledgeTest {
    /** Marfan syndrome features as a clinician would enter them. */
    private static final List<String> MARFAN = List.of("HP:0001166", "HP:0001083", "HP:0002616", "HP:0000098");

    @Test
    void loadsTheFullOboOntologyAndTheOldAnnotationLayouts() throws Exception {
        PhenotypeKnowledge k = HpoData.knowledge();
        System.out.printf("HPO 2017: %d terms, %d diseases, %d genes%n", k.termCount(), k.diseaseCount(),
                k.geneCount());
        assertThat(k.ontologyVersion()).isEqualTo("2017-04-13");
        assertThat(k.termCount()).isBetween(11_000, 12_358);
        assertThat(k.diseaseCount()).isGreaterThan(7_000);
        assertThat(k.geneCount()).isGreaterThan(3_000);
        assertThat(k.files()).extracting(PhenotypeFile::kind)
                .containsExactly(PhenotypeFile.ONTOLOGY, PhenotypeFile.DISEASES, PhenotypeFile.GENES);
        assertThat(k.files().get(1).version()).isEqualTo("2017-02-24");
        assertThat(k.files().get(0).sha256()).hasSize(64);

        HpoTerm seizure = k.term("HP:0001250").orElseThrow();
        assertThat(seizure.label()).isEqualTo("Seizures");
        assertThat(seizure.definition()).isNotBlank();
        assertThat(seizure.synonyms()).contains("Epilepsy");
        // an alternative id resolves to its term; digits alone are an id too
        assertThat(k.term("0001250")).contains(seizure);

        Disease marfan = k.disease("OMIM:154700").orElseThrow();
        assertThat(marfan.name()).containsIgnoringCase("MARFAN");
        assertThat(marfan.inheritance()).contains("HP:0000006");
        assertThat(marfan.features()).contains("HP:0001166", "HP:0001083");
    }

    @Test
    void searchFindsTermsByLabelSynonymAndIdBestFirst() throws Exception {
        PhenotypeKnowledge k = HpoData.knowledge();
        assertThat(k.search("seizures", 10)).first().extracting(HpoTerm::id).isEqualTo("HP:0001250");
        // a synonym: "Epilepsy" is a synonym of Seizures in this release
        assertThat(k.search("epilepsy", 50)).extracting(HpoTerm::id).contains("HP:0001250");
        // word prefixes in any order
        assertThat(k.search("ectop lent", 10)).extracting(HpoTerm::id).contains("HP:0001083");
        assertThat(k.search("dislocated lens", 10)).extracting(HpoTerm::id).contains("HP:0001083");
        assertThat(k.search("HP:0001166", 10)).extracting(HpoTerm::label).containsExactly("Arachnodactyly");
        // only phenotypic abnormalities: the inheritance term is not offered as a feature
        assertThat(k.search("autosomal dominant inheritance", 10)).extracting(HpoTerm::id)
                .doesNotContain("HP:0000006");
        assertThat(k.searchOnset("congenital", 10)).extracting(HpoTerm::id).contains("HP:0003577");
        assertThat(k.search("zzzz-no-such-feature", 10)).isEmpty();
    }

    @Test
    void resnikRanksTheMatchingDiseaseAndGeneFirst() throws Exception {
        PhenotypeKnowledge k = HpoData.knowledge();
        long t0 = System.nanoTime();
        List<GeneMatch> genes = k.rankGenes(MARFAN, List.of(), null);
        System.out.printf("ranked %d genes in %d ms%n", genes.size(), (System.nanoTime() - t0) / 1_000_000);
        // FBN1 (Marfan syndrome) is among the first handful of ~3,500 annotated genes
        int fbn1 = genes.stream().map(GeneMatch::gene).toList().indexOf("FBN1");
        assertThat(fbn1).isBetween(0, 4);
        assertThat(genes.get(0).score()).isGreaterThan(genes.get(genes.size() / 2).score());

        List<GeneDisease> diseases = k.rankDiseases(MARFAN, List.of(), 10);
        assertThat(diseases).extracting(d -> d.disease().id()).contains("OMIM:154700");

        // the pairwise measure is phenol's Resnik: same values
        assertThat(k.informationContent("HP:0001166")).isGreaterThan(k.informationContent("HP:0000118"));
        double ours = k.rankGenes(List.of("HP:0001166"), List.of(), List.of("FBN1")).get(0).score();
        assertThat(ours).isGreaterThan(0);
        assertThat(k.phenolPairwise("HP:0001166", "HP:0001166")).isEqualTo(k.informationContent("HP:0001166"));

        // restricting to the case's genes only returns known genes
        List<GeneMatch> some = k.rankGenes(MARFAN, List.of(), List.of("FBN1", "BRCA1", "NOT_A_GENE"));
        assertThat(some).extracting(GeneMatch::gene).contains("FBN1").doesNotContain("NOT_A_GENE");
        assertThat(some.get(0).gene()).isEqualTo("FBN1");
        // with no features every score is 0
        assertThat(k.rankGenes(List.of(), List.of(), List.of("FBN1")).get(0).score()).isZero();
    }

    @Test
    void excludedFeaturesThatADiseaseShowsAreReportedAsConflicts() throws Exception {
        PhenotypeKnowledge k = HpoData.knowledge();
        // the patient is known not to have lens ectopia, which Marfan syndrome shows
        GeneDisease marfan = k.rankDiseases(MARFAN.subList(0, 1), List.of("HP:0001083"), 20_000).stream()
                .filter(d -> d.disease().id().equals("OMIM:154700")).findFirst().orElseThrow();
        assertThat(marfan.conflicts()).containsExactly("HP:0001083");
    }

    @Test
    void currentFormatsJsonAndHpoaLoadToo() throws Exception {
        HpoData.assume();
        PhenotypeKnowledge k = PhenotypeKnowledge.load(HpoData.JSON_MODULE, HpoData.HPOA_EXCERPT, List.of());
        assertThat(k.ontologyVersion()).isEqualTo("2024-06-25");
        assertThat(k.termCount()).isBetween(500, 649);
        assertThat(k.files().get(1).version()).isEqualTo("2021-08-02");
        assertThat(k.disease("OMIM:608328")).hasValueSatisfying(d -> assertThat(d.name()).contains("Weill-Marchesani"));
    }

    @Test
    void currentGeneFilesLinkGenesToDiseases(@TempDir Path dir) throws Exception {
        HpoData.assume();
        // the current genes_to_phenotype.txt layout (2023 on) names the disease of each gene-feature pair
        Path g2p = dir.resolve("genes_to_phenotype.txt");
        Files.writeString(g2p, "ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n"
                + "2200\tFBN1\tHP:0001166\tArachnodactyly\t-\tOMIM:154700\n"
                + "2200\tFBN1\tHP:0001083\tEctopia lentis\t-\tOMIM:154700\n"
                + "2200\tFBN1\tHP:0000098\tTall stature\t-\tOMIM:184900\n");
        PhenotypeKnowledge k = PhenotypeKnowledge.load(HpoData.OBO, HpoData.DISEASES, List.of(g2p));
        assertThat(k.hasGeneDiseaseLinks()).isTrue();
        GeneMatch fbn1 = k.gene("fbn1", MARFAN, List.of()).orElseThrow();
        assertThat(fbn1.diseases()).extracting(d -> d.disease().id()).containsExactly("OMIM:154700", "OMIM:184900");
        assertThat(fbn1.bestDisease()).isEqualTo("OMIM:154700");
        assertThat(fbn1.inheritance()).contains("HP:0000006");
        assertThat(k.ncbiGeneId("FBN1")).isEqualTo("2200");
    }

    @Test
    void badFilesAreRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path notHpo = dir.resolve("hp.obo");
        Files.writeString(notHpo, "format-version: 1.2\n\n[Term]\nid: GO:0000001\nname: something\n");
        assertThatThrownBy(() -> PhenotypeKnowledge.load(notHpo, null, List.of()))
                .isInstanceOf(PhenotypeDataException.class).hasMessageContaining(notHpo.toString());
        HpoData.assume();
        Path bad = dir.resolve("phenotype.hpoa");
        Files.writeString(bad, "#version: 2024-01-01\ndatabase_id\tdisease_name\tqualifier\thpo_id\treference\t"
                + "evidence\tonset\tfrequency\tsex\tmodifier\taspect\tbiocuration\n"
                + "OMIM:1\tX\t\tHP:12\tOMIM:1\tIEA\t\t\t\t\tP\tx\n");
        assertThatThrownBy(() -> PhenotypeKnowledge.load(HpoData.OBO, bad, List.of()))
                .isInstanceOf(PhenotypeDataException.class).hasMessageContaining(bad + " line 3")
                .hasMessageContaining("HP:12");
    }
}
