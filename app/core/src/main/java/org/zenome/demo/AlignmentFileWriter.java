package org.zenome.demo;

import htsjdk.samtools.BAMIndexer;
import htsjdk.samtools.CRAMCRAIIndexer;
import htsjdk.samtools.CRAMContainerStreamWriter;
import htsjdk.samtools.SAMFileHeader;
import htsjdk.samtools.SAMFileWriter;
import htsjdk.samtools.SAMFileWriterFactory;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import htsjdk.samtools.ValidationStringency;
import htsjdk.samtools.cram.build.CramIO;
import htsjdk.samtools.cram.common.CramVersions;
import htsjdk.samtools.cram.ref.CRAMReferenceSource;
import htsjdk.samtools.seekablestream.SeekableFileStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes simulated reads as coordinate-sorted BAM (+ .bai) and CRAM 3.0 (+ .crai) with htsjdk. */
final class AlignmentFileWriter {
    private final CRAMReferenceSource reference;

    AlignmentFileWriter(SyntheticReference ref) {
        this.reference = new SyntheticReferenceSource(ref);
    }

    void bam(SAMFileHeader header, List<SAMRecord> reads, Path bam, Path bai) throws IOException {
        try (SAMFileWriter w = new SAMFileWriterFactory().setCreateIndex(false).setCreateMd5File(false)
                .makeBAMWriter(header, true, bam)) {
            for (SAMRecord r : reads) {
                w.addAlignment(r);
            }
        }
        try (SamReader r = SamReaderFactory.makeDefault().enable(SamReaderFactory.Option.INCLUDE_SOURCE_IN_RECORDS)
                .validationStringency(ValidationStringency.STRICT)
                .open(bam)) {
            BAMIndexer.createIndex(r, bai);
        }
    }

    /**
     * Writes a sample's CRAM 3.0 with htsjdk (its codecs, as GATK's CRAMs) and then its .crai. The demo's reads sit
     * in islands around the demo variants, hundreds of megabases apart; htsjdk's default layout would put several
     * islands into one slice, whose span a reader must then fetch from the reference (a whole chromosome). So each
     * island gets containers of its own: one container stream writer per island on the same file, after one
     * file header, and the end-of-file container at the end.
     */
    void cram(SAMFileHeader header, List<SAMRecord> reads, Path cram, Path crai) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(cram))) {
            // each writer's finish() closes its stream: give them one that only flushes
            OutputStream out = new java.io.FilterOutputStream(file) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    file.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    file.flush();
                }
            };
            String id = cram.getFileName().toString();
            new CRAMContainerStreamWriter(out, reference, header, id, null).writeHeader();
            int from = 0;
            while (from < reads.size()) {
                int to = islandEnd(reads, from);
                CRAMContainerStreamWriter island = new CRAMContainerStreamWriter(out, reference, header, id, null);
                for (SAMRecord r : reads.subList(from, to)) {
                    island.writeAlignment(r);
                }
                island.finish(false);
                from = to;
            }
            CramIO.writeCramEOF(CramVersions.DEFAULT_CRAM_VERSION, out);
        }
        try (SeekableFileStream in = new SeekableFileStream(cram.toFile());
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(crai))) {
            CRAMCRAIIndexer.writeIndex(in, out);
        }
    }

    /** The end (exclusive) of the island of reads starting at {@code from}: same contig, gaps under 10 kb. */
    static int islandEnd(List<SAMRecord> reads, int from) {
        SAMRecord first = reads.get(from);
        int end = first.getAlignmentEnd();
        int i = from + 1;
        while (i < reads.size()) {
            SAMRecord r = reads.get(i);
            if (!r.getReferenceName().equals(first.getReferenceName()) || r.getAlignmentStart() > end + ISLAND_GAP) {
                break;
            }
            end = Math.max(end, r.getAlignmentEnd());
            i++;
        }
        return i;
    }

    private static final int ISLAND_GAP = 10_000;

    /**
     * The synthetic reference as CRAM's reference source. A contig is 'N' except for its windows, so one buffer as
     * long as the longest contig serves every contig: switching contig blanks the previous contig's windows and
     * paints the new one's, instead of materialising up to 249 MB per contig and file. htsjdk reads the returned
     * bases only at positions inside the contig (the contig length comes from the sequence dictionary), and the
     * bases stay valid until the next contig is requested, which the writer does only after it has finished with
     * the previous one (files are written one after the other).
     */
    private static final class SyntheticReferenceSource implements CRAMReferenceSource {
        private final SyntheticReference ref;
        private byte[] buffer;
        private String current;

        SyntheticReferenceSource(SyntheticReference ref) {
            this.ref = ref;
        }

        @Override
        public synchronized byte[] getReferenceBases(SAMSequenceRecord record, boolean tryNameVariants) {
            String name = record.getSequenceName();
            if (buffer == null) {
                int longest = Grch38.CONTIGS.stream().mapToInt(Grch38.Contig::length).max().orElseThrow();
                buffer = new byte[longest];
                java.util.Arrays.fill(buffer, (byte) 'N');
            }
            if (!name.equals(current)) {
                if (current != null) {
                    for (SyntheticReference.Window w : ref.windows(current)) {
                        java.util.Arrays.fill(buffer, w.start() - 1, w.end(), (byte) 'N');
                    }
                }
                for (SyntheticReference.Window w : ref.windows(name)) {
                    System.arraycopy(w.bases(), 0, buffer, w.start() - 1, w.bases().length);
                }
                current = name;
            }
            return buffer;
        }

        @Override
        public byte[] getReferenceBasesByRegion(SAMSequenceRecord record, int zeroBasedStart, int length) {
            return ref.region(record.getSequenceName(), zeroBasedStart, length);
        }
    }
}
