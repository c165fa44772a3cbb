package org.zenome.phenotype;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A small hand-made HPO (15 terms, under test resources {@code org/zenome/phenotype/fixture}) with five diseases that
 * share seizures and intellectual disability and differ in their eye features: none, an obligate polar cataract
 * (a descendant of cataract), cataract in 1/4, the general eye term only, cataract without a frequency.
 */
final class Fixture {
    static final String SEIZURES = "HP:0001250";
    static final String INTELLECTUAL_DISABILITY = "HP:0001249";
    static final String CATARACT = "HP:0000518";
    static final String MICROCEPHALY = "HP:0000252";

    private Fixture() {
    }

    /** Copies the fixture files into the folder (so a test may change them): ontology, diseases, genes. */
    static List<Path> copyTo(Path dir) throws IOException {
        Path onto = copy(dir, "hp.obo");
        Path dis = copy(dir, "phenotype.hpoa");
        Path genes = copy(dir, "genes_to_phenotype.txt");
        return List.of(onto, dis, genes);
    }

    static PhenotypeKnowledge load(Path dir) throws IOException, PhenotypeDataException {
        List<Path> f = copyTo(dir);
        return PhenotypeKnowledge.load(f.get(0), f.get(1), List.of(f.get(2)));
    }

    private static Path copy(Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = Fixture.class.getResourceAsStream("fixture/" + name)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }
}
