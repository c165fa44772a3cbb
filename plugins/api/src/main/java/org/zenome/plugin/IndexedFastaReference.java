package org.zenome.plugin;

import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.reference.FastaSequenceIndexEntry;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An indexed FASTA ({@code .fai} beside it; bgzipped with {@code .gzi} too) read through htsjdk, in blocks of
 * {@value #BLOCK} bases of which the last {@value #BLOCKS} are kept: left-aligning the indels of a case in
 * position order reads each stretch of the genome once. Not thread-safe (one per annotation run).
 */
public final class IndexedFastaReference implements ReferenceBases, Closeable {
    static final int BLOCK = 16_384;
    static final int BLOCKS = 64;

    private final Path file;
    private final ReferenceSequenceFile fasta;
    /** Normalised contig name ({@link VariantKey#contig}) → name in the FASTA. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Long> lengths = new HashMap<>();
    private final Map<String, byte[]> blocks = new LinkedHashMap<>(BLOCKS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > BLOCKS;
        }
    };
    private long blockReads;

    private IndexedFastaReference(Path file, ReferenceSequenceFile fasta, FastaSequenceIndex index) {
        this.file = file;
        this.fasta = fasta;
        for (FastaSequenceIndexEntry e : index) {
            names.putIfAbsent(VariantKey.contig(e.getContig()), e.getContig());
            lengths.put(e.getContig(), e.getSize());
        }
    }

    /**
     * Opens an indexed FASTA.
     *
     * @throws IOException naming the file when it is missing, has no {@code .fai} index, or cannot be read
     */
    public static IndexedFastaReference open(Path fasta) throws IOException {
        Path f = fasta.toAbsolutePath();
        if (!Files.isRegularFile(f)) {
            throw new IOException(f + ": no such reference FASTA");
        }
        Path fai = f.resolveSibling(f.getFileName() + ".fai");
        if (!Files.isRegularFile(fai)) {
            throw new IOException(f + ": the reference FASTA has no .fai index beside it (samtools faidx "
                    + f.getFileName() + ")");
        }
        try {
            FastaSequenceIndex index = new FastaSequenceIndex(fai);
            ReferenceSequenceFile r = ReferenceSequenceFileFactory.getReferenceSequenceFile(f, true, true);
            if (!r.isIndexed()) {
                r.close();
                throw new IOException(f + ": the reference FASTA cannot be read through its index");
            }
            return new IndexedFastaReference(f, r, index);
        } catch (RuntimeException e) {
            throw new IOException(f + ": cannot open the reference FASTA: " + e.getMessage(), e);
        }
    }

    @Override
    public char base(String contig, long position) {
        String name = names.get(VariantKey.contig(contig));
        if (name == null || position < 1 || position > lengths.get(name)) {
            return 0;
        }
        long block = (position - 1) / BLOCK;
        byte[] bases = blocks.get(name + ':' + block);
        if (bases == null) {
            long start = block * BLOCK + 1;
            long end = Math.min(lengths.get(name), start + BLOCK - 1);
            bases = fasta.getSubsequenceAt(name, start, end).getBases();
            blockReads++;
            blocks.put(name + ':' + block, bases);
        }
        int i = (int) ((position - 1) % BLOCK);
        return i < bases.length ? Character.toUpperCase((char) bases[i]) : 0;
    }

    /** Whether the FASTA has the contig (any of {@code chr17} / {@code 17}). */
    public boolean hasContig(String contig) {
        return names.containsKey(VariantKey.contig(contig));
    }

    /** How many blocks were read from the file (for measuring the cache). */
    public long blockReads() {
        return blockReads;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public String toString() {
        return "reference " + file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        fasta.close();
    }
}
