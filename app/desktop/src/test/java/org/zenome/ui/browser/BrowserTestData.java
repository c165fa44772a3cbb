package org.zenome.ui.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMRecordIterator;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import htsjdk.samtools.ValidationStringency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.ReferenceGenome;
import org.zenome.browser.TrackSpec;
import org.zenome.domain.GenomeBuild;

/**
 * The real 1000 Genomes reads and reference excerpts in the shared data folder ({@code zenome.shared.data}),
 * read in place, never copied. Tests that need them are skipped with the reason when they are absent.
 */
final class BrowserTestData {
    static final String CHR17_DIR = "reference_and_reads/grch37_17_1-4200_1000G";
    static final String BRCA1_DIR = "reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G";

    private BrowserTestData() {
    }

    /** The folder, or the test is skipped with the reason. */
    static Path dir(String relative) {
        String root = System.getProperty("zenome.shared.data");
        assumeTrue(root != null && !root.isBlank(), "system property zenome.shared.data is not set");
        Path dir = Path.of(root).resolve(relative);
        assumeTrue(Files.isDirectory(dir), "shared test data not present: " + dir);
        return dir;
    }

    /**
     * The BAM's reads written as CRAM 3.0 by htsjdk with its default codecs (as GATK and Picard write CRAM), with
     * its {@code .crai}; igv.js 3.8.2 cannot decode it itself.
     */
    static Path htsjdkCram(Path bam, Path ref, Path out) throws IOException {
        try (SamReader r = SamReaderFactory.makeDefault().open(bam);
             java.io.OutputStream os = Files.newOutputStream(out)) {
            htsjdk.samtools.CRAMFileWriter w = new htsjdk.samtools.CRAMFileWriter(os, null, true,
                    new htsjdk.samtools.cram.ref.ReferenceSource(ref), r.getFileHeader(), out.getFileName().toString());
            for (SAMRecord rec : r) {
                w.addAlignment(rec);
            }
            w.close();
        }
        try (htsjdk.samtools.seekablestream.SeekableFileStream in =
                     new htsjdk.samtools.seekablestream.SeekableFileStream(out.toFile());
             java.io.OutputStream os = Files.newOutputStream(Path.of(out + ".crai"))) {
            htsjdk.samtools.CRAMCRAIIndexer.writeIndex(in, os);
        }
        return out;
    }

    /** GRCh37 17:1-4200 (contig "17"), HG00100 as BAM and as CRAM. */
    static BrowserSession chr17(boolean bam, boolean cram) throws BrowserFileException {
        Path d = dir(CHR17_DIR);
        ReferenceGenome ref = ReferenceGenome.of(GenomeBuild.GRCh37, d.resolve("ref_17_1-4200.fa"));
        List<TrackSpec> tracks = new java.util.ArrayList<>();
        if (bam) {
            tracks.add(TrackSpec.alignments("HG00100 BAM", d.resolve("HG00100.17_1-4200.bam")));
        }
        if (cram) {
            tracks.add(TrackSpec.alignments("HG00100 CRAM", d.resolve("HG00100.17_1-4200.cram")));
        }
        return BrowserSession.of(ref, tracks);
    }

    /** The BRCA1 region (contig "ref_brca1"): GENCODE genes, the 1000G variants, reads of three samples. */
    static BrowserSession brca1(String... alignmentFiles) throws BrowserFileException {
        Path d = dir(BRCA1_DIR);
        ReferenceGenome ref = ReferenceGenome.of(GenomeBuild.GRCh37, d.resolve("ref_brca1.fa"))
                .withAnnotation(TrackSpec.annotation("Genes", d.resolve("brca1_gencodev19.gff3")));
        List<TrackSpec> tracks = new java.util.ArrayList<>();
        tracks.add(TrackSpec.variants("Variants", d.resolve("brca1_1kgPhase3_variants.vcf.gz")));
        for (String f : alignmentFiles) {
            Path file = Path.of(f).isAbsolute() ? Path.of(f) : d.resolve(f);
            TrackSpec t = TrackSpec.alignments(file.getFileName().toString(), file);
            // as the case view does: a CRAM igv.js cannot decode is served as BAM regions
            tracks.add(org.zenome.casefiles.CramCompatibility.forBrowser(t, ref.fasta()));
        }
        return BrowserSession.of(ref, tracks);
    }

    /**
     * Alignments igv.js keeps by default (mapped, not failing QC, not duplicates) that overlap the 0-based
     * half-open interval, counted independently with htsjdk.
     */
    static int countReads(Path bam, String contig, long start0, long end0) throws IOException {
        try (SamReader reader = SamReaderFactory.makeDefault().validationStringency(ValidationStringency.SILENT)
                .open(bam); SAMRecordIterator it = reader.queryOverlapping(contig, (int) start0 + 1, (int) end0)) {
            int n = 0;
            while (it.hasNext()) {
                SAMRecord r = it.next();
                if (!r.getReadUnmappedFlag() && !r.getReadFailsVendorQualityCheckFlag() && !r.getDuplicateReadFlag()) {
                    n++;
                }
            }
            return n;
        }
    }
}
