package org.zenome.report.records;

import java.util.ArrayList;
import java.util.List;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.PhenotypeFile;
import org.zenome.report.model.AnnotationSource;
import org.zenome.report.model.Phenotype;
import org.zenome.store.CaseStore;

/** The case's HPO features and the HPO releases they were recorded with, for the report and the exports. */
final class PhenotypeRecords {
    /** Prefix of the annotation-source name of the HPO ontology release (the Phenopacket exporter reads it). */
    static final String ONTOLOGY_SOURCE = "HPO ontology";

    private PhenotypeRecords() {
    }

    static List<Phenotype> phenotypes(CaseStore store, long casePk) {
        List<Phenotype> out = new ArrayList<>();
        for (CaseFeature f : store.phenotypes().features(casePk)) {
            out.add(new Phenotype(f.termId(), f.label(), f.excluded(), f.onsetId(), f.onsetLabel()));
        }
        return out;
    }

    static List<AnnotationSource> sources(CaseStore store, long casePk) {
        List<AnnotationSource> out = new ArrayList<>();
        for (PhenotypeFile f : store.phenotypes().caseFiles(casePk)) {
            String name = switch (f.kind()) {
                case PhenotypeFile.ONTOLOGY -> ONTOLOGY_SOURCE;
                case PhenotypeFile.DISEASES -> "HPO disease annotations";
                default -> "HPO gene annotations";
            };
            out.add(new AnnotationSource(name + " (" + f.name() + ")", f.version(), "", f.sha256()));
        }
        return out;
    }
}
