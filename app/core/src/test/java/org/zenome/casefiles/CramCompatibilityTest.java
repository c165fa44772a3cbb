package org.zenome.casefiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import htsjdk.samtools.CRAMCRAIIndexer;
import htsjdk.samtools.CRAMFileWriter;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMRecordIterator;
import htsjdk.samtools.SamInputResource;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import htsjdk.samtools.cram.ref.ReferenceSource;
import htsjdk.samtools.seekablestream.SeekableFileStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.browser.TrackSpec;

/**
 * Which CRAMs igv.js 3.8.2 can decode itself, on the real 1000 Genomes BRCA1 excerpt: the shared CRAM (written by
 * samtools) can; the same reads written by htsjdk (as GATK and Picard write CRAM) cannot, and are then served as
 * BAM decoded by htsjdk, read for read the same as the BAM.
 */
class CramCompatibilityTest {
    @TempDir
    Path tmp;

    static Path brca1() {
        String root = System.getProperty("zenome.shared.data");
        assumeTrue(root != null && !root.isBlank(), "system property zenome.shared.data is not set");
        Path d = Path.of(root, "reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G");
        assumeTrue(Files.isDirectory(d), "shared test data not present: " + d);
        return d;
    }

    /** The BAM's reads written as CRAM 3.0 by htsjdk (default codecs), with its .crai. */
    static Path writeWithHtsjdk(Path bam, Path fasta, Path out) throws Exception {
        try (SamReader r = SamReaderFactory.makeDefault().open(bam);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            CRAMFileWriter w = new CRAMFileWriter(os, null, true, new ReferenceSource(fasta), r.getFileHeader(),
                    out.getFileName().toString());
            for (SAMRecord rec : r) {
                w.addAlignment(rec);
            }
            w.close();
        }
        try (SeekableFileStream in = new SeekableFileStream(out.toFile());
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(Path.of(out + ".crai")))) {
            CRAMCRAIIndexer.writeIndex(in, os);
        }
        return out;
    }

    @Test
    void samtoolsCramIsReadByIgvButHtsjdkCramIsServedAsBam() throws Exception {
        Path d = brca1();
        Path fasta = d.resolve("ref_brca1.fa");
        Path samtoolsCram = d.resolve("brca1_HG00099.cram");
        Path htsjdkCram = writeWithHtsjdk(d.resolve("brca1_HG00099.bam"), fasta, tmp.resolve("HG00099.cram"));

        assertThat(CramCompatibility.problem(samtoolsCram)).isEmpty();
        assertThat(CramCompatibility.problem(htsjdkCram)).hasValueSatisfying(p -> assertThat(p).contains("4096"));

        TrackSpec kept = CramCompatibility.forBrowser(TrackSpec.alignments("s", samtoolsCram), fasta);
        assertThat(kept.isServedAsBam()).isFalse();
        TrackSpec served = CramCompatibility.forBrowser(TrackSpec.alignments("h", htsjdkCram), fasta);
        assertThat(served.isServedAsBam()).isTrue();
        assertThat(served.bamReference()).isEqualTo(fasta.toAbsolutePath().normalize());
        // a BAM is never touched
        TrackSpec bam = TrackSpec.alignments("b", d.resolve("brca1_HG00099.bam"));
        assertThat(CramCompatibility.forBrowser(bam, fasta)).isSameAs(bam);
    }

    @Test
    void htsjdkCramDecodedAsBamHasTheBamsReads() throws Exception {
        Path d = brca1();
        Path fasta = d.resolve("ref_brca1.fa");
        Path bam = d.resolve("brca1_HG00099.bam");
        Path cram = writeWithHtsjdk(bam, fasta, tmp.resolve("HG00099.cram"));
        try (CramBamRegions regions = new CramBamRegions(cram, Path.of(cram + ".crai"), fasta)) {
            for (int[] r : new int[][] {{19_999, 20_100}, {40_999, 41_100}, {79_000, 81_143}, {1, 100}, {41_050, 41_051}}) {
                byte[] served = regions.region("ref_brca1", r[0], r[1]);
                assertThat(reads(served)).as("reads at %d-%d", r[0], r[1])
                        .isEqualTo(readsOfBam(bam, r[0] + 1, r[1]));
                if (r[0] == 19_999) {
                    assertThat(reads(served)).isNotEmpty();
                }
            }
            assertThat(reads(regions.region("no_such_contig", 0, 100))).isEmpty();
            assertThat(reads(regions.header())).isEmpty();
        }
    }

    /** name, flag, position, CIGAR and bases of each read of a BAM held in memory. */
    private static List<String> reads(byte[] bam) throws Exception {
        List<String> out = new ArrayList<>();
        try (SamReader r = SamReaderFactory.makeDefault().open(SamInputResource.of(new ByteArrayInputStream(bam)))) {
            for (SAMRecord rec : r) {
                out.add(describe(rec));
            }
        }
        return out;
    }

    private static List<String> readsOfBam(Path bam, int start, int end) throws Exception {
        List<String> out = new ArrayList<>();
        try (SamReader r = SamReaderFactory.makeDefault().open(bam);
             SAMRecordIterator it = r.queryOverlapping("ref_brca1", start, end)) {
            while (it.hasNext()) {
                out.add(describe(it.next()));
            }
        }
        return out;
    }

    private static String describe(SAMRecord r) {
        return r.getReadName() + " " + r.getFlags() + " " + r.getAlignmentStart() + " " + r.getCigarString() + " "
                + r.getReadString() + " " + r.getMappingQuality();
    }
}
