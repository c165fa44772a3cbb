package org.zenome.store;

import java.util.List;
import java.util.Objects;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Sample;

/** A case about to be imported. */
public record NewCase(String caseId, DiseaseArea diseaseArea, String diagnosis, GenomeBuild build,
                      List<Sample> samples) {
    public NewCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(diseaseArea, "diseaseArea");
        Objects.requireNonNull(build, "build");
        samples = List.copyOf(samples);
        diagnosis = diagnosis == null ? "" : diagnosis;
    }
}
