package org.zenome.plot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zenome.domain.CopyNumberSegment;
import org.zenome.importer.InvalidInputException;

/**
 * Reads copy-number segments: the {@code .seg} format of IGV and GISTIC (sample, chromosome, start, end,
 * [markers,] log2 mean: columns by position, header names vary) and CNVkit {@code .cns} (columns by name:
 * chromosome, start (0-based), end, log2, optional cn and probes).
 */
public final class SegmentFiles {
    private SegmentFiles() {
    }

    public static List<CopyNumberSegment> read(Path file, String defaultSample) throws InvalidInputException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read the segment file: " + e.getMessage());
        }
        int first = 0;
        while (first < lines.size() && (lines.get(first).startsWith("#") || lines.get(first).isBlank())) {
            first++;
        }
        if (first >= lines.size()) {
            throw new InvalidInputException(file, 0, "no header line: not a .seg or CNVkit .cns file");
        }
        List<String> header = Arrays.stream(lines.get(first).split("\t", -1)).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<CopyNumberSegment> out = new ArrayList<>();
        boolean cns = header.contains("chromosome") && header.contains("log2") && header.contains("start");
        int chrom;
        int start;
        int end;
        int log2;
        int cn;
        int markers;
        int sample;
        if (cns) {
            chrom = header.indexOf("chromosome");
            start = header.indexOf("start");
            end = header.indexOf("end");
            log2 = header.indexOf("log2");
            cn = header.indexOf("cn");
            markers = header.indexOf("probes");
            sample = -1;
        } else if (header.size() == 6 || header.size() == 5) {
            sample = 0;
            chrom = 1;
            start = 2;
            end = 3;
            markers = header.size() == 6 ? 4 : -1;
            log2 = header.size() - 1;
            cn = -1;
        } else {
            throw new InvalidInputException(file, first + 1, "neither a .seg header (sample, chrom, start, end, [markers,] "
                    + "mean) nor a CNVkit .cns header (chromosome, start, end, ..., log2)");
        }
        if (end < 0) {
            throw new InvalidInputException(file, first + 1, "no 'end' column");
        }
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < header.size()) {
                throw new InvalidInputException(file, i + 1, "expected " + header.size() + " columns, found " + f.length);
            }
            try {
                long s = Long.parseLong(f[start].trim()) + (cns ? 1 : 0);
                long e = Long.parseLong(f[end].trim());
                if (e < s) {
                    throw new InvalidInputException(file, i + 1, "segment end " + e + " before its start " + s);
                }
                double v = Double.parseDouble(f[log2].trim());
                double c = cn >= 0 && !f[cn].isBlank() ? Double.parseDouble(f[cn].trim()) : Double.NaN;
                int m = markers >= 0 && !f[markers].isBlank() && !f[markers].equalsIgnoreCase("NA")
                        ? (int) Double.parseDouble(f[markers].trim()) : -1;
                out.add(new CopyNumberSegment(sample >= 0 ? f[sample].trim() : defaultSample, f[chrom].trim(), s, e, m,
                        v, c));
            } catch (NumberFormatException ex) {
                throw new InvalidInputException(file, i + 1, "not a number: " + ex.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(file, 0, "no segments");
        }
        return out;
    }
}
