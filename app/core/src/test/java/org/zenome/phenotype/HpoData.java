package org.zenome.phenotype;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The HPO files of ../shared/data/hpo, read in place: the full ontology of 2017-04-13 (OBO) with the annotation
 * build 117 of 2017-02-24 (disease annotations in the old phenotype_annotation.tab layout, genes_to_phenotype).
 * Loaded once per test JVM; tests skip with the reason when the folder is absent.
 */
public final class HpoData {
    public static final Path DIR = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"), "hpo");
    public static final Path OBO = DIR.resolve("hp_2017-04-13.obo.gz");
    public static final Path DISEASES = DIR.resolve(
            "hpo_annotations_build117_2017-02-24_phenotype_annotation.tab.gz");
    public static final Path GENES = DIR.resolve(
            "hpo_annotations_build117_2017-02-24_ALL_SOURCES_ALL_FREQUENCIES_genes_to_phenotype.txt.gz");
    public static final Path PHENOTYPE_TO_GENES = DIR.resolve(
            "hpo_annotations_build117_2017-02-24_ALL_SOURCES_ALL_FREQUENCIES_phenotype_to_genes.txt.gz");
    public static final Path JSON_MODULE = DIR.resolve("hp_2024-06-25_module_649terms.json");
    public static final Path HPOA_EXCERPT = DIR.resolve("phenotype_2021-08-02_excerpt.hpoa");
    private static PhenotypeKnowledge knowledge;

    private HpoData() {
    }

    /** Skips the calling test, with the reason, when the shared HPO files are absent. */
    public static void assume() {
        assumeTrue(Files.isRegularFile(OBO) && Files.isRegularFile(DISEASES) && Files.isRegularFile(GENES),
                "the shared HPO files are not present under " + DIR.toAbsolutePath().normalize());
    }

    /** The 2017 ontology with the 2017 disease and gene annotations. */
    public static synchronized PhenotypeKnowledge knowledge() throws PhenotypeDataException {
        assume();
        if (knowledge == null) {
            long t0 = System.nanoTime();
            knowledge = PhenotypeKnowledge.load(OBO, DISEASES, List.of(GENES));
            System.out.printf("HPO 2017 (OBO, phenotype_annotation.tab, genes_to_phenotype) loaded in %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return knowledge;
    }
}
