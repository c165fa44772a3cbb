package org.zenome.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            throw new InvalidInputException(file, lineNo, "records are not sorted: POS " + pos + " after " + lastPos
                    + " on contig '" + contig + "' (sort the file, e.g. bcftools sort)", null);
        }
        lastPos = pos;
    }

    void addWarnings(List<String> warnings) {
        for (String c : undefined) {
            warnings.add(file + ": contig '" + c + "' is not defined in the header");
        }
    }
}
