package org.zenome.demo;

import htsjdk.samtools.SAMFileHeader;
import htsjdk.samtools.SAMTextHeaderCodec;
import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.reference.FastaSequenceIndexEntry;
import htsjdk.samtools.util.BlockCompressedStreamConstants;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes the synthetic reference as a bgzipped FASTA (60 bases a line) with its {@code .fai}, {@code .gzi} and
 * {@code .dict}. The genome is 3.1 Gb, almost all N: every BGZF block holds whole lines, so all blocks that are
 * pure N are the same bytes, compressed once. The block offsets are recorded while writing (htsjdk's
 * {@code GZIIndex.GZIIndexer} counts uncompressed offsets in an {@code int} and cannot index a file past 2 GiB);
 * the .gzi is written in the bgzip format that htsjdk and samtools read.
 */
final class ReferenceFastaWriter {
    static final int LINE_BASES = 60;
    private static final int LINE_BYTES = LINE_BASES + 1;
    private static final int LINES_PER_BLOCK = BlockCompressedStreamConstants.DEFAULT_UNCOMPRESSED_BLOCK_SIZE
            / LINE_BYTES;

    private final SyntheticReference ref;
    private final List<long[]> blocks = new ArrayList<>();
    private final Deflater deflater = new Deflater(6, true);
    private byte[] nBlock;
    private long compressedOffset;
    private long uncompressedOffset;

    ReferenceFastaWriter(SyntheticReference ref) {
        this.ref = ref;
    }

    void write(Path fasta, Path fai, Path gzi, Path dict) throws IOException {
        List<FastaSequenceIndexEntry> entries = new ArrayList<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fasta), 1 << 20)) {
            byte[] full = new byte[LINES_PER_BLOCK * LINE_BYTES];
            for (int i = 0; i < full.length; i++) {
                full[i] = (byte) (i % LINE_BYTES == LINE_BASES ? '\n' : 'N');
            }
            nBlock = compress(full, full.length, 9);
            for (Grch38.Contig c : Grch38.CONTIGS) {
                byte[] header = (">" + c.name() + "\n").getBytes(StandardCharsets.US_ASCII);
                writeBlock(out, compress(header, header.length, 6), header.length);
                entries.add(new FastaSequenceIndexEntry(c.name(), uncompressedOffset, c.length(), LINE_BASES,
                        LINE_BYTES, c.index()));
                writeContig(out, c);
            }
            out.write(BlockCompressedStreamConstants.EMPTY_GZIP_BLOCK);
        }
        new Fai(entries).write(fai);
        writeGzi(gzi);
        SAMFileHeader h = new SAMFileHeader();
        h.setSequenceDictionary(VcfFileWriter.dictionary());
        try (Writer w = Files.newBufferedWriter(dict, StandardCharsets.UTF_8)) {
            new SAMTextHeaderCodec().encode(w, h);
        }
    }

    private void writeContig(OutputStream out, Grch38.Contig c) throws IOException {
        List<SyntheticReference.Window> windows = ref.windows(c.name());
        int wi = 0;
        long lines = (c.length() + LINE_BASES - 1L) / LINE_BASES;
        byte[] buf = new byte[LINES_PER_BLOCK * LINE_BYTES];
        for (long firstLine = 0; firstLine < lines; firstLine += LINES_PER_BLOCK) {
            long lastLine = Math.min(lines, firstLine + LINES_PER_BLOCK);
            int from = (int) (firstLine * LINE_BASES) + 1;
            int to = (int) Math.min(c.length(), lastLine * LINE_BASES);
            while (wi < windows.size() && windows.get(wi).end() < from) {
                wi++;
            }
            boolean sequence = wi < windows.size() && windows.get(wi).start() <= to;
            boolean full = lastLine - firstLine == LINES_PER_BLOCK && to - from + 1 == LINES_PER_BLOCK * LINE_BASES;
            if (!sequence && full) {
                writeBlock(out, nBlock, buf.length);
                continue;
            }
            int n = 0;
            byte[] bases = sequence ? ref.region(c.name(), from - 1, to - from + 1) : null;
            for (int p = from; p <= to; p++) {
                buf[n++] = bases == null ? (byte) 'N' : bases[p - from];
                if ((p % LINE_BASES) == 0 || p == to) {
                    buf[n++] = '\n';
                }
            }
            writeBlock(out, compress(buf, n, 6), n);
        }
    }

    private byte[] compress(byte[] data, int length, int level) {
        deflater.reset();
        deflater.setLevel(level);
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = new byte[BlockCompressedStreamConstants.MAX_COMPRESSED_BLOCK_SIZE];
        int n = 0;
        while (!deflater.finished()) {
            n += deflater.deflate(out, n, out.length - n);
            if (n == out.length && !deflater.finished()) {
                throw new IllegalStateException("block does not compress");
            }
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        int total = BlockCompressedStreamConstants.BLOCK_HEADER_LENGTH + n
                + BlockCompressedStreamConstants.BLOCK_FOOTER_LENGTH;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 31).put((byte) 139).put((byte) 8).put((byte) 4).putInt(0).put((byte) 0).put((byte) 255);
        b.putShort((short) 6).put((byte) 'B').put((byte) 'C').putShort((short) 2).putShort((short) (total - 1));
        b.put(out, 0, n);
        b.putInt((int) crc.getValue()).putInt(length);
        return b.array();
    }

    private void writeBlock(OutputStream out, byte[] block, int uncompressed) throws IOException {
        if (compressedOffset > 0) {
            blocks.add(new long[] {compressedOffset, uncompressedOffset});
        }
        out.write(block);
        compressedOffset += block.length;
        uncompressedOffset += uncompressed;
    }

    /** bgzip's .gzi: little-endian entry count, then (compressed, uncompressed) offsets of every block but the first. */
    private void writeGzi(Path gzi) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 + 16 * blocks.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(blocks.size());
        for (long[] e : blocks) {
            b.putLong(e[0]).putLong(e[1]);
        }
        Files.write(gzi, b.array());
    }

    /** The .fai written by htsjdk from entries recorded while writing (no 3 GB re-scan). */
    private static final class Fai extends FastaSequenceIndex {
        Fai(List<FastaSequenceIndexEntry> entries) {
            super();
            entries.forEach(this::add);
        }
    }
}
