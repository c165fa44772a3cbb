package org.zenome.store;

import java.util.List;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.PhenotypeFile;

/** The installed HPO files and each case's phenotype (HPO terms) with the releases it was recorded with. */
public interface PhenotypeRepository {

    /** Replaces the installed ontology and annotation files (in one transaction). */
    void install(List<PhenotypeFile> files, String actor);

    /** The installed files, ontology first; empty when none is installed. */
    List<PhenotypeFile> installed();

    /** The case's features in the order they were recorded. */
    List<CaseFeature> features(long casePk);

    /** Records a feature, replacing the case's earlier record of the same term. */
    void put(long casePk, CaseFeature feature);

    /** Removes a feature; false when the case does not have it. */
    boolean remove(long casePk, String termId);

    /** Records on the case which ontology and annotation releases its phenotype was entered and ranked with. */
    void recordFiles(long casePk, List<PhenotypeFile> files);

    /** The releases recorded on the case (path is empty: only name, version and checksum are kept). */
    List<PhenotypeFile> caseFiles(long casePk);

    /**
     * The fields of every annotation that the newest complete source of a plugin (e.g. {@code exomiser}) gave the
     * case's findings: what gene rankings imported as annotations are built from.
     */
    List<java.util.Map<String, String>> pluginAnnotations(long casePk, String plugin);
}
