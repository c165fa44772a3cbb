package org.zenome.casefiles;

import htsjdk.samtools.CRAMCRAIIndexer;
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
import htsjdk.samtools.cram.CRAIEntry;
import htsjdk.samtools.cram.ref.CRAMReferenceSource;
import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /** The last decoded window (guarded by this). */
    private String cachedContig;
    private int cachedFrom;
    private int cachedTo;
    private List<SAMRecord> cached = List.of();
    /** The slices of the file, from its .crai (empty for another kind of index). */
    private final List<CRAIEntry> slices;
    private static final int MAX_CACHED_READS = 200_000;

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
            this.slices = index.getFileName().toString().endsWith(".crai") ? crai(index) : List.of();
        } catch (RuntimeException e) {
            fasta.close();
            throw new IOException("cannot read " + cram + ": " + e.getMessage(), e);
        }
    }

    private static List<CRAIEntry> crai(Path index) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(index)) {
            return List.copyOf(CRAMCRAIIndexer.readIndex(in).getCRAIEntries());
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

    /**
     * The decoded reads of {@code [from, to]} (1-based) and of the rest of the slices that hold them, kept so that
     * nearby requests (igv.js asks again when the view moves a little, and variants of one gene lie close
     * together) need no decoding: htsjdk decodes whole slices anyway (10,000 reads, about 50 kb of a 30x genome).
     */
    private List<SAMRecord> decoded(String contig, int from, int to) {
        if (contig.equals(cachedContig) && from >= cachedFrom && to <= cachedTo) {
            return cached;
        }
        // decode (and keep) the whole slices that hold the region: htsjdk decodes them whole in any case
        int wideFrom = from;
        int wideTo = to;
        SAMSequenceRecord seq = header.getSequence(contig);
        for (CRAIEntry e : slices) {
            if (e.getSequenceId() == seq.getSequenceIndex() && e.getAlignmentStart() <= to
                    && e.getAlignmentStart() + e.getAlignmentSpan() > from) {
                wideFrom = Math.min(wideFrom, Math.max(1, e.getAlignmentStart()));
                wideTo = (int) Math.max(wideTo, Math.min(Integer.MAX_VALUE,
                        (long) e.getAlignmentStart() + e.getAlignmentSpan() - 1));
            }
        }
        List<SAMRecord> reads = new ArrayList<>();
        try (SAMRecordIterator it = reader.queryOverlapping(contig, wideFrom, wideTo)) {
            while (it.hasNext()) {
                reads.add(it.next());
                if (reads.size() > MAX_CACHED_READS) {
                    break;
                }
            }
        }
        if (reads.size() > MAX_CACHED_READS) {
            // very deep data: decode just the region asked, keep nothing
            cachedContig = null;
            cached = List.of();
            List<SAMRecord> exact = new ArrayList<>();
            try (SAMRecordIterator it = reader.queryOverlapping(contig, from, to)) {
                it.forEachRemaining(exact::add);
            }
            return exact;
        }
        cachedContig = contig;
        cachedFrom = wideFrom;
        cachedTo = wideTo;
        cached = reads;
        return reads;
    }

    private byte[] bam(String contig, long start, long end) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        // level 1: the bytes only cross the loopback interface; igv.js inflates them on the FX thread
        try (SAMFileWriter w = new SAMFileWriterFactory().setCompressionLevel(1).setCreateIndex(false)
                .setCreateMd5File(false).makeBAMWriter(header, true, out)) {
            if (contig != null && header.getSequence(contig) != null) {
                int from = (int) Math.min(Integer.MAX_VALUE, start + 1);
                int to = (int) Math.min(Integer.MAX_VALUE, Math.max(end, start + 1));
                for (SAMRecord r : decoded(contig, from, to)) {
                    int s = r.getAlignmentStart();
                    int e = Math.max(r.getAlignmentEnd(), s);
                    if (s <= to && e >= from) {
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
        cached = List.of();
        cachedContig = null;
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
