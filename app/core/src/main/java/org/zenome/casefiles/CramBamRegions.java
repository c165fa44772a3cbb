package org.zenome.casefiles;

import htsjdk.samtools.SAMFileHeader;
import htsjdk.samtools.SAMFileWriter;
import htsjdk.samtools.SAMFileWriterFactory;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMRecordIterator;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.SamInputResource;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import htsjdk.samtools.ValidationStringency;
import htsjdk.samtools.cram.ref.CRAMReferenceSource;
import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.zenome.browser.BamRegions;

/**
 * A CRAM decoded with htsjdk and handed to igv.js as BAM region by region (see {@link BamRegions}). The reference
 * is read region by region from the indexed FASTA (htsjdk asks for the span of each slice), never a whole contig.
 * One reader per file; requests for the same file are served one at a time.
 */
public final class CramBamRegions implements BamRegions.Source {
    private final Path cram;
    private final SamReader reader;
    private final ReferenceSequenceFile fasta;
    private final SAMFileHeader header;
    private byte[] headerBam;

    /** Registered in {@code META-INF/services}: the loopback server's decoder. */
    public static final class Opener implements BamRegions.Opener {
        @Override
        public BamRegions.Source open(Path reads, Path index, Path reference) throws IOException {
            return new CramBamRegions(reads, index, reference);
        }
    }

    public CramBamRegions(Path cram, Path index, Path referenceFasta) throws IOException {
        this.cram = cram;
        this.fasta = ReferenceSequenceFileFactory.getReferenceSequenceFile(referenceFasta, true, true);
        if (!fasta.isIndexed()) {
            fasta.close();
            throw new IOException("the reference " + referenceFasta + " has no .fai index");
        }
        try {
            this.reader = SamReaderFactory.makeDefault().validationStringency(ValidationStringency.SILENT)
                    .referenceSource(new RegionReference(fasta,
                            new FastaSequenceIndex(referenceFasta.resolveSibling(referenceFasta.getFileName() + ".fai"))))
                    .open(SamInputResource.of(cram).index(index));
            this.header = reader.getFileHeader();
        } catch (RuntimeException e) {
            fasta.close();
            throw new IOException("cannot read " + cram + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized byte[] header() throws IOException {
        if (headerBam == null) {
            headerBam = bam(null, 0, 0);
        }
        return headerBam.clone();
    }

    @Override
    public synchronized byte[] region(String contig, long start, long end) throws IOException {
        return bam(contig, start, end);
    }

    private byte[] bam(String contig, long start, long end) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        // level 1: the bytes only cross the loopback interface; igv.js inflates them on the FX thread
        try (SAMFileWriter w = new SAMFileWriterFactory().setCompressionLevel(1).setCreateIndex(false)
                .setCreateMd5File(false).makeBAMWriter(header, true, out)) {
            if (contig != null && header.getSequence(contig) != null) {
                int from = (int) Math.min(Integer.MAX_VALUE, start + 1);
                int to = (int) Math.min(Integer.MAX_VALUE, Math.max(end, start + 1));
                try (SAMRecordIterator it = reader.queryOverlapping(contig, from, to)) {
                    while (it.hasNext()) {
                        SAMRecord r = it.next();
                        w.addAlignment(r);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot decode " + cram + (contig == null ? "" : " at " + contig + ":" + (start + 1)
                    + "-" + end) + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            reader.close();
        } finally {
            fasta.close();
        }
    }

    /** The reference for htsjdk's CRAM decoder, read region by region from the indexed FASTA. */
    private static final class RegionReference implements CRAMReferenceSource {
        private final ReferenceSequenceFile fasta;
        private final FastaSequenceIndex index;

        RegionReference(ReferenceSequenceFile fasta, FastaSequenceIndex index) {
            this.fasta = fasta;
            this.index = index;
        }

        @Override
        public byte[] getReferenceBases(SAMSequenceRecord record, boolean tryNameVariants) {
            return upper(fasta.getSequence(name(record)).getBases());
        }

        @Override
        public byte[] getReferenceBasesByRegion(SAMSequenceRecord record, int zeroBasedStart, int length) {
            String name = name(record);
            long contigLength = index.getIndexEntry(name).getSize();
            long last = Math.min((long) zeroBasedStart + length, contigLength);
            if (last <= zeroBasedStart) {
                return new byte[0];
            }
            return upper(fasta.getSubsequenceAt(name, zeroBasedStart + 1L, last).getBases());
        }

        /** The FASTA's name for the contig: as in the CRAM, else with or without {@code chr}. */
        private String name(SAMSequenceRecord record) {
            String n = record.getSequenceName();
            if (index.hasIndexEntry(n)) {
                return n;
            }
            String other = n.startsWith("chr") ? n.substring(3) : "chr" + n;
            if (index.hasIndexEntry(other)) {
                return other;
            }
            throw new IllegalArgumentException("contig " + n + " is not in the reference");
        }

        private static byte[] upper(byte[] bases) {
            for (int i = 0; i < bases.length; i++) {
                byte b = bases[i];
                if (b >= 'a' && b <= 'z') {
                    bases[i] = (byte) (b - 32);
                }
            }
            return bases;
        }
    }
}
