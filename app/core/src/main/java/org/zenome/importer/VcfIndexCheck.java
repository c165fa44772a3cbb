package org.zenome.importer;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that the tabix ({@code .tbi}) or CSI ({@code .csi}) index beside a bgzipped VCF belongs to it: the index
 * is copied into the case store and the genome browser reads the variants through it, so an index of another
 * file, or one left from before the VCF was rewritten, would show the wrong variants or none.
 *
 * <p>The check needs no second pass over the data: the import pipeline already knows each contig's first record
 * (as a BGZF virtual offset) and every block's place. For each contig with records, the smallest chunk start in
 * the index must be that contig's first record and the largest chunk end must fall after the start of its last
 * record and no later than its end (htslib writes the end, htsjdk a point inside the record); the index must list no
 * contig with records that the file lacks.
 * Virtual offsets are compared as positions in the uncompressed data, so the two ways of writing a position at a
 * block boundary (end of one block, start of the next) compare equal.
 */
final class VcfIndexCheck {
    private static final int TBI_MAGIC = 0x01494254; // "TBI\1" little-endian
    private static final int CSI_MAGIC = 0x01495343; // "CSI\1"

    private VcfIndexCheck() {
    }

    /** The index beside {@code vcf} ({@code .tbi} first, then {@code .csi}), or null. */
    static Path find(Path vcf) {
        for (String suffix : new String[] {".tbi", ".csi"}) {
            Path p = vcf.resolveSibling(vcf.getFileName() + suffix);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** The BGZF blocks of the data file: compressed offset and uncompressed size, in file order. */
    static final class Blocks {
        private long[] offsets = new long[1024];
        private long[] starts = new long[1024];
        private int n;
        private long total;

        void add(long fileOffset, int isize) {
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
            }
            offsets[n] = fileOffset;
            starts[n] = total;
            n++;
            total += isize;
        }

        long totalUncompressed() {
            return total;
        }

        /** The position in the uncompressed data of a virtual offset, or -1 when it is not in this file. */
        long absolute(long virtual) {
            long coffset = virtual >>> 16;
            int uoffset = (int) (virtual & 0xffff);
            int i = Arrays.binarySearch(offsets, 0, n, coffset);
            if (i < 0) {
                return -1;
            }
            long size = (i + 1 < n ? starts[i + 1] : total) - starts[i];
            return uoffset <= size ? starts[i] + uoffset : -1;
        }
    }

    /** Where a contig's records are in the uncompressed data: first record, start of the last, end of the last. */
    record Extent(long begin, long lastStart, long end) {
    }

    /**
     * An index being read (and parsed) on a thread of its own while the data is imported; its problems are reported
     * by {@link #check(Pending, String, LinkedHashMap, Map, Blocks)} at the end, as if it were read there.
     */
    static final class Pending {
        final Path index;
        private final java.util.concurrent.FutureTask<Map<String, long[]>> task;

        Pending(Path index, VcfHeader header) {
            this.index = index;
            task = new java.util.concurrent.FutureTask<>(() -> read(index, header));
            Thread t = new Thread(task, "zenome-import-index");
            t.setDaemon(true);
            t.start();
        }

        /** The index's chunk extents per contig; what {@link #read} throws, it throws. */
        Map<String, long[]> get() throws IOException {
            try {
                return task.get();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof IOException io) {
                    throw io;
                }
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error er) {
                    throw er;
                }
                throw new IOException(c);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading it", e);
            }
        }
    }

    /**
     * Compares the index (read beside the import) with where the import found each contig's records.
     *
     * @param pending  the index being read ({@link Pending}: made with the VCF header, whose contig names a CSI index
     *                 without names needs)
     * @param contigs  each contig with records, in file order, with the virtual offset of its first record
     */
    static void check(Pending pending, String vcfName, LinkedHashMap<String, Long> contigs,
                      Map<String, Long> lastRecords, Blocks blocks) throws InvalidInputException {
        Path index = pending.index;
        String indexName = index.getFileName().toString();
        Map<String, Extent> fromFile = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(contigs.keySet());
        for (int i = 0; i < names.size(); i++) {
            long begin = blocks.absolute(contigs.get(names.get(i)));
            long end = i + 1 < names.size() ? blocks.absolute(contigs.get(names.get(i + 1)))
                    : blocks.totalUncompressed();
            Long last = lastRecords.get(names.get(i));
            fromFile.put(names.get(i), new Extent(begin, last == null ? begin : blocks.absolute(last), end));
        }
        Map<String, long[]> fromIndex;
        try {
            fromIndex = pending.get();
        } catch (EOFException e) {
            throw invalid(vcfName, indexName, "the index " + indexName + " is truncated; re-create it "
                    + "(tabix -p vcf) or remove it");
        } catch (IOException | RuntimeException e) {
            throw invalid(vcfName, indexName, "the index " + indexName + " is not a readable tabix or CSI index ("
                    + plain(e) + "); re-create it (tabix -p vcf) or remove it");
        }
        String fix = "; it is an index of another file or from before the VCF was rewritten: re-create it "
                + "(tabix -p vcf) or remove it";
        for (Map.Entry<String, long[]> e : fromIndex.entrySet()) {
            if (!fromFile.containsKey(e.getKey())) {
                throw invalid(vcfName, indexName, "the index " + indexName + " does not match the VCF: it lists "
                        + "records on contig '" + e.getKey() + "', which has none in the VCF" + fix);
            }
        }
        for (Map.Entry<String, Extent> e : fromFile.entrySet()) {
            long[] span = fromIndex.get(e.getKey());
            if (span == null) {
                throw invalid(vcfName, indexName, "the index " + indexName + " does not match the VCF: it has no "
                        + "entry for contig '" + e.getKey() + "', which has records in the VCF" + fix);
            }
            long begin = blocks.absolute(span[0]);
            long end = blocks.absolute(span[1]);
            // htslib ends a contig's last chunk at the end of its last record; htsjdk (GATK, Picard) somewhat before
            // it: either way after the start of the last record, and no further than its end
            Extent x = e.getValue();
            if (begin != x.begin() || end <= x.lastStart() || end > x.end()) {
                throw invalid(vcfName, indexName, "the index " + indexName + " does not match the VCF: the records "
                        + "of contig '" + e.getKey() + "' are not where it says" + fix);
            }
        }
    }

    private static String plain(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "unreadable content" : m.replace('\n', ' ');
    }

    private static InvalidInputException invalid(String vcfName, String indexName, String problem) {
        return new InvalidInputException(vcfName, 0, problem, null);
    }

    /** Contig name → {smallest chunk start, largest chunk end} (virtual offsets) of each reference with chunks. */
    static Map<String, long[]> read(Path index, VcfHeader header) throws IOException {
        byte[] raw;
        try (InputStream head = Files.newInputStream(index)) {
            byte[] magic = head.readNBytes(2);
            if (magic.length < 2 || (magic[0] & 0xff) != 0x1f || (magic[1] & 0xff) != 0x8b) {
                throw new IOException("it is not BGZF-compressed");
            }
        }
        try (InputStream in = new BlockCompressedInputStream(Files.newInputStream(index))) {
            raw = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw new IOException("its compressed data is damaged or cut short", e);
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 4) {
            throw new EOFException();
        }
        int magic = b.getInt();
        List<String> names;
        boolean csi = magic == CSI_MAGIC;
        int pseudoBin;
        if (magic == TBI_MAGIC) {
            int nRef = count(b);
            names = tabixNames(b);
            if (names.size() != nRef) {
                throw new IOException("it names " + names.size() + " contigs for " + nRef + " references");
            }
            pseudoBin = 37450;
        } else if (csi) {
            need(b, 12);
            int minShift = b.getInt();
            int depth = b.getInt();
            int lAux = count(b);
            need(b, lAux);
            if (depth < 0 || depth > 20 || minShift < 0 || minShift > 40) {
                throw new IOException("implausible CSI parameters");
            }
            pseudoBin = (int) (((1L << ((depth + 1) * 3)) - 1) / 7 + 1);
            if (lAux >= 28) {
                ByteBuffer aux = b.slice(b.position(), lAux).order(ByteOrder.LITTLE_ENDIAN);
                names = tabixNames(aux);
            } else {
                names = header.contigs().stream().map(VcfHeader.Contig::id).toList();
            }
            b.position(b.position() + lAux);
            int nRef = count(b);
            if (nRef > names.size()) {
                throw new IOException("it has " + nRef + " references but names " + names.size());
            }
            names = names.subList(0, nRef);
        } else {
            throw new IOException("it does not start with TBI or CSI");
        }
        Map<String, long[]> out = new HashMap<>();
        for (String name : names) {
            int nBin = count(b);
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < nBin; i++) {
                need(b, csi ? 16 : 8);
                int bin = b.getInt();
                if (csi) {
                    b.getLong(); // loffset
                }
                int nChunk = count(b);
                need(b, 16L * nChunk);
                for (int c = 0; c < nChunk; c++) {
                    long beg = b.getLong();
                    long end = b.getLong();
                    if (bin != pseudoBin) {
                        min = Long.compareUnsigned(beg, min) < 0 ? beg : min;
                        max = max == Long.MIN_VALUE || Long.compareUnsigned(end, max) > 0 ? end : max;
                    }
                }
            }
            if (!csi) {
                int nIntv = count(b);
                need(b, 8L * nIntv);
                b.position(b.position() + 8 * nIntv);
            }
            if (min != Long.MAX_VALUE) {
                out.put(name, new long[] {min, max});
            }
        }
        return out;
    }

    private static List<String> tabixNames(ByteBuffer b) throws IOException {
        need(b, 28);
        b.position(b.position() + 24); // format, col_seq, col_beg, col_end, meta, skip
        int lNm = count(b);
        need(b, lNm);
        List<String> names = new ArrayList<>();
        int start = b.position();
        int from = start;
        for (int i = start; i < start + lNm; i++) {
            if (b.get(i) == 0) {
                byte[] n = new byte[i - from];
                for (int k = 0; k < n.length; k++) {
                    n[k] = b.get(from + k);
                }
                names.add(new String(n, java.nio.charset.StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        b.position(start + lNm);
        return names;
    }

    private static int count(ByteBuffer b) throws IOException {
        need(b, 4);
        int n = b.getInt();
        if (n < 0) {
            throw new IOException("negative count " + n);
        }
        return n;
    }

    private static void need(ByteBuffer b, long bytes) throws EOFException {
        if (bytes > b.remaining()) {
            throw new EOFException();
        }
    }
}
