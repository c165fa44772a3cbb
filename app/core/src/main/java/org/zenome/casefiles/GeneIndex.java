package org.zenome.casefiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.zenome.browser.GenomicFileType;
import org.zenome.domain.Region;

/**
 * Gene symbol → extent, read once from the reference's gene annotation (GFF3, GTF, BED, refGene; plain or
 * gzipped). igv.js searches only the feature names it indexes, which for GFF3 are the transcripts' names
 * ({@code MSH2-MANE}) unless the file repeats the gene name on each transcript; the locus box resolves symbols
 * here first. A whole-genome GENCODE GTF takes seconds: build it on the worker and keep it.
 */
public final class GeneIndex {
    private static final Pattern GFF_NAME = Pattern.compile("(?:^|;)\\s*(?:Name|gene_name|gene)=([^;]+)");
    private static final Pattern GTF_NAME = Pattern.compile("gene_name \"([^\"]+)\"");

    private final Map<String, Region> genes;

    private GeneIndex(Map<String, Region> genes) {
        this.genes = genes;
    }

    /** An index that knows no gene. */
    public static GeneIndex empty() {
        return new GeneIndex(Map.of());
    }

    /** Reads the genes of the annotation file. */
    public static GeneIndex read(Path file) throws IOException {
        GenomicFileType type = GenomicFileType.of(file);
        Map<String, Region> out = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = type.isCompressed() ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#' || line.startsWith("track") || line.startsWith("browser")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                switch (type) {
                    case GFF3, GFF3_BGZF -> {
                        if (c.length >= 9 && c[2].endsWith("gene")) {
                            Matcher m = GFF_NAME.matcher(c[8]);
                            if (m.find()) {
                                add(out, m.group(1), c[0], parse(c[3]), parse(c[4]));
                            }
                        }
                    }
                    case GTF, GTF_BGZF -> {
                        if (c.length >= 9 && (c[2].equals("gene") || c[2].equals("transcript"))) {
                            Matcher m = GTF_NAME.matcher(c[8]);
                            if (m.find()) {
                                add(out, m.group(1), c[0], parse(c[3]), parse(c[4]));
                            }
                        }
                    }
                    case BED, BED_BGZF -> {
                        if (c.length >= 4) {
                            add(out, c[3], c[0], parse(c[1]) + 1, parse(c[2]));
                        }
                    }
                    case REFGENE, REFGENE_BGZF -> {
                        if (c.length >= 13) {
                            add(out, c[12], c[2], parse(c[4]) + 1, parse(c[5]));
                        }
                    }
                    default -> {
                        return new GeneIndex(Map.of());
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new IOException(file + ": not a gene annotation of its kind (" + e.getMessage() + ")", e);
        }
        return new GeneIndex(Map.copyOf(out));
    }

    private static int parse(String s) {
        return Integer.parseInt(s.trim());
    }

    private static void add(Map<String, Region> out, String name, String chrom, int start, int end) {
        if (name.isBlank() || start < 1 || end < start) {
            return;
        }
        String key = name.trim().toUpperCase(Locale.ROOT);
        Region known = out.get(key);
        if (known == null) {
            out.put(key, new Region(chrom, start, end));
        } else if (known.chrom().equals(chrom)) {
            out.put(key, new Region(chrom, Math.min(known.start(), start), Math.max(known.end(), end)));
        }
    }

    /** The extent of the gene (case-insensitive symbol). */
    public Optional<Region> find(String symbol) {
        return Optional.ofNullable(genes.get(symbol.trim().toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return genes.size();
    }
}
