package org.zenome.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zenome.store.FindingRow;

/** Checks that records are sorted: each contig in one block, positions not decreasing within it. */
final class RecordOrder {
    private final String file;
    private final Map<String, Integer> headerContigs = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    private final Set<String> undefined = new LinkedHashSet<>();
    private String current;
    private int lastPos;

    RecordOrder(String file, VcfHeader header) {
        this.file = file;
        int i = 0;
        for (VcfHeader.Contig c : header.contigs()) {
            headerContigs.put(c.id(), i++);
        }
    }

    void check(String contig, int pos, long lineNo) throws InvalidInputException {
        if (!contig.equals(current)) {
            if (finished.contains(contig)) {
                throw new InvalidInputException(file, lineNo, "records are not sorted: contig '" + contig
                        + "' appears again after '" + current + "' (sort the file, e.g. bcftools sort)", null);
            }
            if (current != null) {
                finished.add(current);
            }
            if (!headerContigs.isEmpty() && !headerContigs.containsKey(contig)) {
                undefined.add(contig);
            }
            current = contig;
            lastPos = pos;
            return;
        }
        if (pos < lastPos) {
            throw new InvalidInputException(file, lineNo, unsorted(contig, pos, lastPos), null);
        }
        lastPos = pos;
    }

    /**
     * The records of one contig that follow the one last {@link #check checked}, checked among themselves already
     * ({@link Runs}): the next record's POS is compared with their last.
     */
    void advance(int lastPosOfRun) {
        lastPos = lastPosOfRun;
    }

    /** The problem of a record whose POS is smaller than the one before it on the same contig. */
    static String unsorted(String contig, int pos, int lastPos) {
        return "records are not sorted: POS " + pos + " after " + lastPos + " on contig '" + contig
                + "' (sort the file, e.g. bcftools sort)";
    }

    /**
     * The records of a list of rows as runs of one contig each, their POS order within each run checked, and the
     * reference-only markers (ALT index 0) taken out of the rows: the work per row, done by the thread that parsed
     * them, so the thread that puts the units in order only looks at a few runs per unit.
     */
    static final class Runs {
        /** Per run: contig, first and last POS, line of the first record, offsets of the first and last record. */
        final List<String> contigs = new java.util.ArrayList<>(2);
        int[] firstPos = new int[2];
        int[] lastPos = new int[2];
        long[] firstLine = new long[2];
        long[] firstOffset = new long[2];
        long[] lastOffset = new long[2];
        long records;
        long skipped;
        /** The first record out of order: its line (-1 for none) and the problem. */
        long errorLine = -1;
        String errorProblem;

        int size() {
            return contigs.size();
        }

        /** Summarises {@code rows} (removing the markers); stops at the first record out of order, dropping the rest. */
        static Runs of(List<FindingRow> rows) {
            Runs runs = new Runs();
            runs.absorb(rows, 0);
            return runs;
        }

        /**
         * Adds the rows {@code rows[from, size)} (those of the record just parsed, while they are still in the core's
         * cache: a second pass over a unit's rows after parsing it cost ~0.4 s of CPU on a whole genome) and takes
         * the markers out of them. False when a record is out of order ({@link #errorLine}): its rows and any after
         * them are dropped.
         */
        boolean absorb(List<FindingRow> rows, int from) {
            int kept = from;
            int n = rows.size();
            boolean inOrder = true;
            for (int i = from; i < n; i++) {
                FindingRow r = rows.get(i);
                if (r.firstOfRecord && !add(r)) {
                    inOrder = false;
                    break;
                }
                if (r.altIndex == 0) {
                    skipped++;
                } else {
                    if (kept != i) {
                        rows.set(kept, r);
                    }
                    kept++;
                }
            }
            if (kept < n) {
                rows.subList(kept, n).clear();
            }
            return inOrder;
        }

        /** Adds a record; false when it is out of order within its run (noted as the error). */
        private boolean add(FindingRow r) {
            int k = contigs.size() - 1;
            if (k >= 0 && r.contig.equals(contigs.get(k))) {
                if (r.pos < lastPos[k]) {
                    errorLine = r.lineNo;
                    errorProblem = unsorted(r.contig, r.pos, lastPos[k]);
                    return false;
                }
                lastPos[k] = r.pos;
                lastOffset[k] = r.offset;
                records++;
                return true;
            }
            k++;
            if (k == firstPos.length) {
                int m = k * 2;
                firstPos = java.util.Arrays.copyOf(firstPos, m);
                lastPos = java.util.Arrays.copyOf(lastPos, m);
                firstLine = java.util.Arrays.copyOf(firstLine, m);
                firstOffset = java.util.Arrays.copyOf(firstOffset, m);
                lastOffset = java.util.Arrays.copyOf(lastOffset, m);
            }
            contigs.add(r.contig);
            firstPos[k] = r.pos;
            lastPos[k] = r.pos;
            firstLine[k] = r.lineNo;
            firstOffset[k] = r.offset;
            lastOffset[k] = r.offset;
            records++;
            return true;
        }
    }

    void addWarnings(List<String> warnings) {
        for (String c : undefined) {
            warnings.add(file + ": contig '" + c + "' is not defined in the header");
        }
    }
}
