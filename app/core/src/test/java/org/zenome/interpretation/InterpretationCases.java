package org.zenome.interpretation;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;

/** Imports the small fixture cases of the interpretation tests into a real store. */
public final class InterpretationCases {
    private InterpretationCases() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(InterpretationCases.class.getResource("/interpretation/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rare-disease trio (PROBAND, MOTHER, FATHER) with six findings, one per gene. */
    public static long importTrio(CaseStore store, String caseId) throws Exception {
        ImportResult r = new CaseImporter(store, "test").importVcf(new ImportRequest(caseId, DiseaseArea.RARE_DISEASE,
                "test", resource("trio.vcf"), null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER", SampleRole.MOTHER,
                "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE);
        return r.casePk();
    }

    /** A tumour/normal pair (TUMOR, NORMAL) with nine findings. */
    public static long importTumourNormal(CaseStore store, String caseId) throws Exception {
        ImportResult r = new CaseImporter(store, "test").importVcf(new ImportRequest(caseId, DiseaseArea.CANCER,
                "test", resource("tumour_normal.vcf"), null, Map.of("TUMOR", SampleRole.TUMOUR, "NORMAL",
                SampleRole.NORMAL), GenomeBuild.GRCh38, false), ImportListener.NONE);
        return r.casePk();
    }
}
