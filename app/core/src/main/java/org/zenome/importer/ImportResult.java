package org.zenome.importer;

import java.time.Duration;
import java.util.List;
import org.zenome.domain.GenomeBuild;

/** The outcome of a successful import. */
public record ImportResult(String caseId, long casePk, long records, long findings, long skippedReferenceBlocks,
                           GenomeBuild build, List<String> warnings, Duration elapsed) {
}
