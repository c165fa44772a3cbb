package org.zenome.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.zenome.importer.VcfHeaderParser;
import org.zenome.importer.VcfRecordParser;
import org.zenome.store.FindingRow;

/**
 * CPU time of the record parser alone (no I/O, no inflate, no store) over the first N data lines of a VCF, to
 * compare parser changes on a busy machine: thread CPU time is far steadier than wall time there.
 * Usage: ParseBench VCF.gz [lines] [rounds]
 */
public final class ParseBench {
    private ParseBench() {
    }

    /** The first {@code n} data lines of a bgzipped or gzipped VCF; its header goes to {@code header}. */
    static List<String> dataLines(Path vcf, int n, VcfHeaderParser header) throws Exception {
        List<String> lines = new ArrayList<>(n);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(vcf), 1 << 16), StandardCharsets.ISO_8859_1))) {
            String line;
            long no = 0;
            boolean inHeader = true;
            while ((line = r.readLine()) != null && lines.size() < n) {
                no++;
                if (inHeader) {
                    inHeader = !header.accept(line, no);
                } else {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    public static void main(String[] args) throws Exception {
        Path vcf = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        VcfHeaderParser hp = new VcfHeaderParser(vcf.toString());
        List<String> lines = dataLines(vcf, n, hp);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> perLine = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            VcfRecordParser p = new VcfRecordParser(vcf.toString(), hp.header(), 0);
            List<FindingRow> out = new ArrayList<>(4096);
            long t0 = mx.getCurrentThreadCpuTime();
            com.sun.management.ThreadMXBean amx = (com.sun.management.ThreadMXBean) mx;
            long a0 = amx.getCurrentThreadAllocatedBytes();
            long rows = 0;
            for (int i = 0; i < lines.size(); i++) {
                p.parse(lines.get(i), i + 1, i, true, out); // the generated VCF is ASCII
                for (FindingRow f : out) {
                    if (f.packed == null && f.altIndex > 0) {
                        f.pack();
                    }
                }
                rows += out.size();
                out.clear();
            }
            double ns = (mx.getCurrentThreadCpuTime() - t0) / (double) lines.size();
            double bytes = (amx.getCurrentThreadAllocatedBytes() - a0) / (double) lines.size();
            perLine.add(ns);
            System.out.printf(Locale.ROOT, "round %d: %.0f ns CPU per line, %.0f bytes allocated per line, %d rows%n",
                    round, ns, bytes, rows);
        }
        perLine.sort(null);
        System.out.printf(Locale.ROOT, "median %.0f ns CPU per line (%.1f s per 4.8M lines)%n",
                perLine.get(perLine.size() / 2), perLine.get(perLine.size() / 2) * 4.8e6 / 1e9);
    }
}
