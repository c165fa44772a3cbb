package org.zenome.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Sample;

/**
 * A case about to be imported.
 *
 * @param parents sample name → {father, mother} from the PED (either may be null); empty without a PED
 */
public record NewCase(String caseId, DiseaseArea diseaseArea, String diagnosis, GenomeBuild build,
                      List<Sample> samples, Map<String, String[]> parents) {
    public NewCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(diseaseArea, "diseaseArea");
        Objects.requireNonNull(build, "build");
        samples = List.copyOf(samples);
        diagnosis = diagnosis == null ? "" : diagnosis;
        parents = parents == null ? Map.of() : Map.copyOf(parents);
    }

    public NewCase(String caseId, DiseaseArea diseaseArea, String diagnosis, GenomeBuild build, List<Sample> samples) {
        this(caseId, diseaseArea, diagnosis, build, samples, Map.of());
    }
}
