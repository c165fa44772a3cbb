package org.zenome.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zenome.store.FindingRow;

/** Manual probe: read + parse a VCF without storing, to see where import time goes. */
public final class ParseOnlyMain {
    public static void main(String[] args) throws Exception {
        Path p = Path.of(args[0]);
        boolean parse = args.length < 2 || !args[1].equals("read");
        long t0 = System.nanoTime();
        long lines = 0;
        long findings = 0;
        try (VcfInput in = VcfInput.open(p, p.toString())) {
            VcfHeader h = VcfProbe.readHeader(in);
            VcfRecordParser parser = new VcfRecordParser(p.toString(), h, 0);
            List<FindingRow> batch = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                if (parse) {
                    findings += parser.parse(line, in.lineNo(), batch);
                    batch.clear();
                }
            }
        }
        System.out.printf("%d lines, %d findings, %.1f s%n", lines, findings, (System.nanoTime() - t0) / 1e9);
    }
}
