package org.zenome.importer;

import java.time.Duration;
import java.util.List;
import org.zenome.domain.GenomeBuild;
import org.zenome.interpretation.CarryOver;

/**
 * The outcome of a successful import.
 *
 * @param carryOver with {@code --replace}: what became of the case's interpretation (carried over or orphaned)
 */
public record ImportResult(String caseId, long casePk, long records, long findings, long skippedReferenceBlocks,
                           GenomeBuild build, List<String> warnings, Duration elapsed, CarryOver carryOver) {

    public ImportResult {
        carryOver = carryOver == null ? CarryOver.NONE : carryOver;
    }

    public ImportResult(String caseId, long casePk, long records, long findings, long skippedReferenceBlocks,
                        GenomeBuild build, List<String> warnings, Duration elapsed) {
        this(caseId, casePk, records, findings, skippedReferenceBlocks, build, warnings, elapsed, CarryOver.NONE);
    }
}
