package org.zenome.store;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.SourceFile;

/** Cases and their provenance. */
public interface CaseRepository {

    /** All cases, newest import first. */
    List<CaseSummary> list();

    Optional<CaseSummary> find(String caseId);

    /** Files imported into a case, oldest first. */
    List<SourceFile> sourceFiles(long casePk);

    /**
     * The store's own copy of the case's VCF (bgzipped; kept when the imported VCF was bgzipped), which the
     * genome browser reads region by region with a tabix index beside it; empty for a plain-text import.
     */
    Optional<java.nio.file.Path> variantFile(long casePk);
}
