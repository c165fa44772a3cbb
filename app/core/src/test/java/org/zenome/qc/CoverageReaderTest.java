package org.zenome.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.importer.InvalidInputException;

/** Coverage from real reads (BAM index counts, CRAM sampled scan) and from mosdepth and Picard metrics files. */
class CoverageReaderTest {
    private static final Path READS = QcCases.SHARED.resolve("reference_and_reads/grch37_17_1-4200_1000G");

    @TempDir
    Path dir;

    @Test
    void bamAndCramOfOneSampleAgreeWithTheReadsCountedWhole() throws Exception {
        Path bam = READS.resolve("HG00100.17_1-4200.bam");
        Assumptions.assumeTrue(Files.isRegularFile(bam), "shared data absent: " + bam);
        // the truth: every aligned base of the primary, non-duplicate reads over the 4,200-base contig
        long bases = 0;
        try (SamReader r = SamReaderFactory.makeDefault()
                .validationStringency(htsjdk.samtools.ValidationStringency.SILENT).open(bam)) {
            for (SAMRecord rec : r) {
                if (!rec.getReadUnmappedFlag() && !rec.isSecondaryOrSupplementary() && !rec.getDuplicateReadFlag()
                        && !rec.getReadFailsVendorQualityCheckFlag()) {
                    bases += rec.getAlignmentEnd() - rec.getAlignmentStart() + 1;
                }
            }
        }
        double truth = bases / 4200.0;
        Coverage fromBam = CoverageReader.fromReads(bam, null);
        assertThat(fromBam.source()).contains("index counts");
        assertThat(fromBam.meanCoverage()).isCloseTo(truth, within(truth * 0.15));
        Coverage fromCram = CoverageReader.fromReads(READS.resolve("HG00100.17_1-4200.cram"),
                READS.resolve("ref_17_1-4200.fa"));
        assertThat(fromCram.source()).isEqualTo("reads (sampled scan)");
        assertThat(fromCram.meanCoverage()).isCloseTo(truth, within(truth * 0.05));
        assertThat(fromCram.medianCoverage()).isPositive();
        assertThat(fromCram.pct10x()).isBetween(0.0, 1.0);
    }

    /**
     * Reads of one region of a long contig (a review excerpt, a panel) are told from reads of the whole contig by the
     * fraction of sampled positions they cover; their X/Y ratios are not given (they would compare regions).
     */
    @Test
    void readsOfOneRegionAreNotGenomeWide() throws Exception {
        Coverage excerpt = CoverageReader.fromReads(bam("excerpt.bam", 5_000_000, 2_000_000, 2_010_000), null);
        assertThat(excerpt.coveredFraction()).isLessThan(0.05);
        assertThat(excerpt.genomeWide()).isFalse();
        assertThat(excerpt.yRatio()).isNaN();
        Coverage whole = CoverageReader.fromReads(bam("whole.bam", 60_000, 1, 60_000), null);
        assertThat(whole.coveredFraction()).isGreaterThan(0.95);
        assertThat(whole.genomeWide()).isTrue();
        assertThat(whole.meanCoverage()).isCloseTo(10.0, within(1.5));
        // a coverage summary says nothing of the reads' extent: taken as genome-wide
        assertThat(new Coverage("mosdepth", 30, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN).genomeWide()).isTrue();
    }

    /** An indexed BAM of 100-base reads at 10x over {@code [from, to]} of one contig "chr1" of {@code length} bases. */
    private Path bam(String name, int length, int from, int to) throws Exception {
        htsjdk.samtools.SAMFileHeader h = new htsjdk.samtools.SAMFileHeader();
        h.setSortOrder(htsjdk.samtools.SAMFileHeader.SortOrder.coordinate);
        h.addSequence(new htsjdk.samtools.SAMSequenceRecord("chr1", length));
        Path out = dir.resolve(name);
        try (htsjdk.samtools.SAMFileWriter w = new htsjdk.samtools.SAMFileWriterFactory().setCreateIndex(true)
                .makeBAMWriter(h, true, out)) {
            int n = 0;
            for (int start = from; start + 99 <= to; start += 10) {
                SAMRecord r = new SAMRecord(h);
                r.setReadName("r" + n++);
                r.setReferenceName("chr1");
                r.setAlignmentStart(start);
                r.setCigarString("100M");
                r.setReadString("A".repeat(100));
                r.setBaseQualityString("I".repeat(100));
                r.setMappingQuality(60);
                w.addAlignment(r);
            }
        }
        return out;
    }

    @Test
    void mosdepthAndPicardMetrics() throws Exception {
        Path mosdepth = dir.resolve("S1.mosdepth.summary.txt");
        Files.writeString(mosdepth, "chrom\tlength\tbases\tmean\tmin\tmax\n"
                + "chr1\t1000\t30000\t30.00\t0\t80\nchr2\t1000\t32000\t32.00\t0\t90\n"
                + "chrX\t1000\t15500\t15.50\t0\t40\nchrY\t1000\t15000\t15.00\t0\t40\n"
                + "chr1_region\t1000\t30000\t30.00\t0\t80\ntotal\t4000\t92500\t23.13\t0\t90\n");
        Coverage m = CoverageReader.fromMetrics(mosdepth);
        assertThat(m.source()).isEqualTo("mosdepth");
        assertThat(m.meanCoverage()).isCloseTo(31.0, within(1e-9));
        assertThat(m.yRatio()).isCloseTo(15.0 / 31.0, within(1e-9));
        assertThat(m.xRatio()).isCloseTo(15.5 / 31.0, within(1e-9));

        Path picard = dir.resolve("S1.wgs_metrics.txt");
        Files.writeString(picard, "## htsjdk.samtools.metrics.StringHeader\n# CollectWgsMetrics INPUT=S1.bam\n\n"
                + "## METRICS CLASS\tpicard.analysis.WgsMetrics\n"
                + "GENOME_TERRITORY\tMEAN_COVERAGE\tSD_COVERAGE\tMEDIAN_COVERAGE\tMAD_COVERAGE\tPCT_10X\tPCT_20X\tPCT_30X\n"
                + "2745186691\t33.412\t8.1\t34\t5\t0.981\t0.944\t0.612\n\n## HISTOGRAM\tjava.lang.Integer\n");
        Coverage p = CoverageReader.fromMetrics(picard);
        assertThat(p.meanCoverage()).isEqualTo(33.412);
        assertThat(p.medianCoverage()).isEqualTo(34);
        assertThat(p.pct30x()).isEqualTo(0.612);

        Path bad = dir.resolve("notes.txt");
        Files.writeString(bad, "hello\n");
        assertThatThrownBy(() -> CoverageReader.fromMetrics(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("mosdepth");
    }
}
