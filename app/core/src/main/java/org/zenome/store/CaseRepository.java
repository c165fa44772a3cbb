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
}
