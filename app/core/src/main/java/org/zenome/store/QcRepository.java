package org.zenome.store;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.CopyNumberSegment;
import org.zenome.qc.QcAcknowledgement;
import org.zenome.qc.QcResult;

/** Sample QC results of the cases, the acknowledgements of their problems, and imported copy-number segments. */
public interface QcRepository {

    /** Keeps a case's latest QC result (replacing the one before). */
    void save(long casePk, QcResult result);

    /** The latest QC result of a case. */
    Optional<QcResult> latest(long casePk);

    /** Records (or replaces) the acknowledgement of one problem of a case. */
    void acknowledge(long casePk, QcAcknowledgement acknowledgement);

    List<QcAcknowledgement> acknowledgements(long casePk);

    /** Replaces the copy-number segments of a case by these (in one transaction). */
    void replaceSegments(long casePk, String source, List<CopyNumberSegment> segments);

    List<CopyNumberSegment> segments(long casePk);
}
