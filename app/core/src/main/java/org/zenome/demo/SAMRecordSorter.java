package org.zenome.demo;

import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMRecordCoordinateComparator;
import java.util.List;
import java.util.Map;

/** Coordinate order, as samtools sort gives it (ties broken deterministically by name and flags). */
final class SAMRecordSorter {
    private SAMRecordSorter() {
    }

    static void sort(Map<String, List<SAMRecord>> reads) {
        SAMRecordCoordinateComparator cmp = new SAMRecordCoordinateComparator();
        for (List<SAMRecord> list : reads.values()) {
            list.sort(cmp);
        }
    }
}
