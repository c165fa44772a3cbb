package org.zenome.qc;

import htsjdk.samtools.BAMIndex;
import htsjdk.samtools.BAMIndexMetaData;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMRecordIterator;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import htsjdk.samtools.ValidationStringency;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zenome.domain.Contigs;
import org.zenome.importer.InvalidInputException;

/**
 * A sample's coverage: from the reads (the BAM index's read counts per contig and a sampled scan of windows spread
 * over every chromosome, so a 100 GB BAM is not read whole), or from a mosdepth summary or a Picard
 * CollectWgsMetrics file the pipeline already wrote.
 */
public final class CoverageReader {
    /** Windows sampled per chromosome and their length. */
    static final int WINDOWS = 12;
    static final int WINDOW = 2000;

    private CoverageReader() {
    }

    /**
     * Coverage from reads with an index beside them. A CRAM needs its reference FASTA ({@code reference}, may be null
     * for a BAM).
     */
    public static Coverage fromReads(Path alignments, Path reference) throws InvalidInputException {
        SamReaderFactory f = SamReaderFactory.makeDefault().validationStringency(ValidationStringency.SILENT);
        if (reference != null) {
            f = f.referenceSequence(reference);
        }
        try (SamReader r = f.open(alignments)) {
            if (!r.hasIndex()) {
                throw new InvalidInputException(alignments, 0, "no index (.bai/.crai) beside the reads");
            }
            List<SAMSequenceRecord> seqs = r.getFileHeader().getSequenceDictionary().getSequences();
            long[] indexed = new long[seqs.size()];
            boolean counts = false;
            if (r.type() == SamReader.Type.BAM_TYPE) {
                BAMIndex index = r.indexing().getIndex();
                for (SAMSequenceRecord s : seqs) {
                    BAMIndexMetaData md = index.getMetaData(s.getSequenceIndex());
                    indexed[s.getSequenceIndex()] = md == null ? 0 : md.getAlignedRecordCount();
                    counts |= indexed[s.getSequenceIndex()] > 0;
                }
            }
            long[] histogram = new long[1001];
            double[] sumDepth = new double[3]; // autosomes, X, Y: summed sampled depth
            long[] sampledBases = new long[3];
            long readBases = 0;
            long reads = 0;
            long[] lengths = new long[3];
            long[] indexedReads = new long[3];
            for (SAMSequenceRecord s : seqs) {
                int order = Contigs.order(Contigs.normalise(s.getSequenceName()), 0);
                int kind = order >= 1 && order <= 22 ? 0 : order == 23 ? 1 : order == 24 ? 2 : -1;
                if (kind < 0 || s.getSequenceLength() <= 0) {
                    continue;
                }
                lengths[kind] += s.getSequenceLength();
                indexedReads[kind] += indexed[s.getSequenceIndex()];
                int len = s.getSequenceLength();
                for (int w = 0; w < WINDOWS; w++) {
                    int start = (int) Math.max(1, (long) len * (2 * w + 1) / (2 * WINDOWS) - WINDOW / 2);
                    int end = Math.min(len, start + WINDOW - 1);
                    int[] depth = new int[end - start + 2];
                    try (SAMRecordIterator it = r.queryOverlapping(s.getSequenceName(), start, end)) {
                        while (it.hasNext()) {
                            SAMRecord rec = it.next();
                            if (rec.getReadUnmappedFlag() || rec.isSecondaryOrSupplementary() || rec.getDuplicateReadFlag()
                                    || rec.getReadFailsVendorQualityCheckFlag()) {
                                continue;
                            }
                            reads++;
                            readBases += rec.getReadLength();
                            int a = Math.max(start, rec.getAlignmentStart()) - start;
                            int b = Math.min(end, rec.getAlignmentEnd()) - start + 1;
                            if (a < b) {
                                depth[a]++;
                                depth[b]--;
                            }
                        }
                    }
                    int d = 0;
                    for (int i = 0; i <= end - start; i++) {
                        d += depth[i];
                        sumDepth[kind] += d;
                        sampledBases[kind]++;
                        if (kind == 0) {
                            histogram[Math.min(d, 1000)]++;
                        }
                    }
                }
            }
            double meanReadLength = reads == 0 ? 0 : (double) readBases / reads;
            double mean;
            double yRatio;
            double xRatio;
            if (counts && lengths[0] > 0) {
                double auto = indexedReads[0] * meanReadLength / lengths[0];
                mean = auto;
                yRatio = lengths[2] == 0 || auto == 0 ? Double.NaN : indexedReads[2] * meanReadLength / lengths[2] / auto;
                xRatio = lengths[1] == 0 || auto == 0 ? Double.NaN : indexedReads[1] * meanReadLength / lengths[1] / auto;
            } else {
                mean = sampledBases[0] == 0 ? 0 : sumDepth[0] / sampledBases[0];
                yRatio = sampledBases[2] == 0 || mean == 0 ? Double.NaN : sumDepth[2] / sampledBases[2] / mean;
                xRatio = sampledBases[1] == 0 || mean == 0 ? Double.NaN : sumDepth[1] / sampledBases[1] / mean;
            }
            long total = Arrays.stream(histogram).sum();
            Double covered = total == 0 ? null : atLeast(histogram, total, 1);
            if (covered != null && covered < Coverage.GENOME_WIDE_MIN_FRACTION) {
                // not whole-genome reads: the ratios of X and Y to the autosomes compare regions, not chromosomes
                yRatio = Double.NaN;
                xRatio = Double.NaN;
            }
            return new Coverage(counts ? "reads (index counts, sampled scan)" : "reads (sampled scan)", mean,
                    median(histogram, total), atLeast(histogram, total, 10), atLeast(histogram, total, 20),
                    atLeast(histogram, total, 30), yRatio, xRatio, covered);
        } catch (IOException | htsjdk.samtools.SAMException e) {
            throw new InvalidInputException(alignments, 0, "cannot read the reads: " + e.getMessage());
        }
    }

    private static double median(long[] h, long total) {
        if (total == 0) {
            return Double.NaN;
        }
        long seen = 0;
        for (int d = 0; d < h.length; d++) {
            seen += h[d];
            if (seen * 2 >= total) {
                return d;
            }
        }
        return h.length - 1;
    }

    private static double atLeast(long[] h, long total, int min) {
        if (total == 0) {
            return Double.NaN;
        }
        long n = 0;
        for (int d = min; d < h.length; d++) {
            n += h[d];
        }
        return (double) n / total;
    }

    /**
     * Coverage from a metrics file: a mosdepth {@code *.mosdepth.summary.txt} (header {@code chrom length bases mean
     * min max}) or a Picard {@code CollectWgsMetrics} output ({@code ## METRICS CLASS ...WgsMetrics}).
     */
    public static Coverage fromMetrics(Path file) throws InvalidInputException {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read the coverage metrics: " + e.getMessage());
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("chrom\tlength\tbases\tmean")) {
            return mosdepth(file, lines);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## METRICS CLASS") && lines.get(i).contains("WgsMetrics") && i + 2 < lines.size()) {
                return picard(file, lines.get(i + 1).split("\t", -1), lines.get(i + 2).split("\t", -1));
            }
        }
        throw new InvalidInputException(file, 0, "neither a mosdepth summary (header 'chrom length bases mean min max') "
                + "nor Picard CollectWgsMetrics output");
    }

    private static Coverage mosdepth(Path file, List<String> lines) throws InvalidInputException {
        double[] len = new double[3];
        double[] bases = new double[3];
        double total = Double.NaN;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 4) {
                throw new InvalidInputException(file, i + 1, "expected 6 tab-separated columns");
            }
            try {
                if (f[0].equals("total")) {
                    total = Double.parseDouble(f[3]);
                    continue;
                }
                if (f[0].endsWith("_region")) {
                    continue;
                }
                int order = Contigs.order(Contigs.normalise(f[0]), 0);
                int kind = order >= 1 && order <= 22 ? 0 : order == 23 ? 1 : order == 24 ? 2 : -1;
                if (kind >= 0) {
                    len[kind] += Double.parseDouble(f[1]);
                    bases[kind] += Double.parseDouble(f[2]);
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file, i + 1, "not a number: " + e.getMessage());
            }
        }
        double auto = len[0] == 0 ? total : bases[0] / len[0];
        if (Double.isNaN(auto)) {
            throw new InvalidInputException(file, 0, "no autosome and no 'total' row in the mosdepth summary");
        }
        double y = len[2] == 0 || auto == 0 ? Double.NaN : bases[2] / len[2] / auto;
        double x = len[1] == 0 || auto == 0 ? Double.NaN : bases[1] / len[1] / auto;
        return new Coverage("mosdepth", auto, Double.NaN, Double.NaN, Double.NaN, Double.NaN, y, x);
    }

    private static Coverage picard(Path file, String[] header, String[] values) throws InvalidInputException {
        List<String> h = Arrays.asList(header);
        int mean = h.indexOf("MEAN_COVERAGE");
        if (mean < 0 || values.length != header.length) {
            throw new InvalidInputException(file, 0, "the WgsMetrics table has no MEAN_COVERAGE column or a short row");
        }
        try {
            return new Coverage("Picard CollectWgsMetrics", Double.parseDouble(values[mean]), value(h, values, "MEDIAN_COVERAGE"),
                    value(h, values, "PCT_10X"), value(h, values, "PCT_20X"), value(h, values, "PCT_30X"), Double.NaN,
                    Double.NaN);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, 0, "not a number in the WgsMetrics row: " + e.getMessage());
        }
    }

    private static double value(List<String> h, String[] v, String name) {
        int i = h.indexOf(name);
        return i < 0 || v[i].isEmpty() || v[i].equals("?") ? Double.NaN : Double.parseDouble(v[i].replace(',', '.')
                .toUpperCase(Locale.ROOT));
    }
}
