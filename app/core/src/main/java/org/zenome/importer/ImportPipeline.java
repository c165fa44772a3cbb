package org.zenome.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Inflater;
import org.zenome.store.FindingRow;

/**
 * Reads and parses a VCF on several threads and hands the findings over in file order. A BGZF file is read
 * as raw blocks by one thread and inflated, split into lines and parsed in units of about 2 MB by a pool of
 * workers, which also yields each record's BGZF virtual offset; plain and gzip files are read line by line and
 * parsed by the same pool. Line numbers, the sort-order checks and the first error are resolved in order.
 */
final class ImportPipeline {
    /** Receives findings in file order, on the calling thread. */
    interface Sink {
        void accept(List<FindingRow> rows) throws Exception;
    }

    /** What the pipeline saw. */
    record Result(long lines, long records, long findings, long skippedReferenceBlocks, String sha256,
                  List<String> warnings) {
    }

    /** Progress and cancel, polled once per unit. */
    interface Control {
        boolean cancelled();

        void progress(long records, long findings, long bytesRead);
    }

    private static final int BLOCKS_PER_UNIT = Integer.getInteger("zenome.import.blocks", 32);
    private static final int LINES_PER_UNIT = 4096;
    private static final int IN_FLIGHT = Integer.getInteger("zenome.import.inflight", 4);

    private final Path path;
    private final String name;
    private final VcfHeader header;
    private final int primarySample;
    private final boolean bgzf;
    private final List<VcfRecordParser> parsers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<VcfRecordParser> parser;
    /**
     * Each worker's buffer for the inflated data of a unit, reused from unit to unit: nothing keeps a reference to it
     * (lines are decoded into strings, head and tail are copied).
     */
    private final ThreadLocal<byte[]> inflated =
            ThreadLocal.withInitial(() -> new byte[BLOCKS_PER_UNIT * BgzfBlocks.MAX_BLOCK]);
    private volatile long bytesRead;
    /** The BGZF blocks read (for the index check), written by the producer, read after it finished. */
    private final VcfIndexCheck.Blocks blocks = new VcfIndexCheck.Blocks();
    /** Each contig with records, in file order, with its first record's virtual offset (BGZF only). */
    private final java.util.LinkedHashMap<String, Long> contigStarts = new java.util.LinkedHashMap<>();
    private String lastContig;
    /** Each contig's last record's virtual offset (BGZF only). */
    private final java.util.Map<String, Long> contigLastRecords = new java.util.HashMap<>();
    private long lastRecordOffset;

    ImportPipeline(Path path, String name, VcfHeader header, int primarySample, boolean bgzf) {
        this.path = path;
        this.name = name;
        this.header = header;
        this.primarySample = primarySample;
        this.bgzf = bgzf;
        this.parser = ThreadLocal.withInitial(() -> {
            VcfRecordParser p = new VcfRecordParser(name, header, primarySample);
            parsers.add(p);
            return p;
        });
    }

    /** A unit of work: input, then the worker's output. */
    private static final class Unit {
        // BGZF input
        List<BgzfBlocks.Raw> blocks;
        // text input: complete lines with absolute numbers
        List<String> lines;
        long firstLineNo;
        // output
        byte[] head;
        byte[] tail;
        boolean hasNewline;
        long firstBlockVirtual;
        long tailOffset = -2;
        int completeLines;
        final List<FindingRow> rows = new ArrayList<>();
        /** The rows' records as runs (the markers taken out of the rows), made by the worker. */
        RecordOrder.Runs runs;
        /** Line of the first error: absolute for text input, relative to the unit's first complete line for BGZF. */
        long errorLine = -1;
        String errorProblem;
        /** A block of the unit that could not be inflated: the lines before it are parsed, then this is the error. */
        String corruption;
        Throwable failure;
    }

    Result run(Sink sink, Control control) throws IOException, InvalidInputException, ImportCancelledException {
        int threads = Integer.getInteger("zenome.import.workers", Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "zenome-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        ExecutorService producer = Executors.newSingleThreadExecutor(tf);
        BlockingQueue<Future<Unit>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // the index beside the file is read meanwhile, on a thread of its own: only the comparison with what the
        // import saw is left for the end (was 0.05-0.1 s after the last record of a genome)
        Path index = bgzf ? VcfIndexCheck.find(path) : null;
        indexRead = index == null ? null : new VcfIndexCheck.Pending(index, header);
        Future<?> produced = producer.submit(() -> {
            produce(queue, pool, sha);
            return null;
        });
        try {
            Result r = consume(queue, produced, sink, control);
            produced.get();
            return new Result(r.lines(), r.records(), r.findings(), r.skippedReferenceBlocks(),
                    bgzf ? HexFormat.of().formatHex(sha.digest()) : r.sha256(), r.warnings());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException(name);
        } catch (ExecutionException e) {
            propagate(e.getCause());
            throw new IllegalStateException(e);
        } catch (IOException | InvalidInputException | ImportCancelledException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            propagate(e);
            throw new IllegalStateException(e);
        } finally {
            produced.cancel(true);
            producer.shutdownNow();
            pool.shutdownNow();
        }
    }

    private String textSha;
    /** The index of a BGZF file being read beside the import, or null when the file has none. */
    private VcfIndexCheck.Pending indexRead;

    private void produce(BlockingQueue<Future<Unit>> queue, ExecutorService pool, MessageDigest sha) throws Exception {
        try {
            if (bgzf) {
                produceBgzf(queue, pool, sha);
            } else {
                produceText(queue, pool);
            }
        } catch (Exception e) {
            CompletableFuture<Unit> failed = new CompletableFuture<>();
            failed.completeExceptionally(e);
            queue.put(failed);
            return;
        }
        queue.put(CompletableFuture.completedFuture(null));
    }

    private void produceBgzf(BlockingQueue<Future<Unit>> queue, ExecutorService pool, MessageDigest sha)
            throws IOException, InvalidInputException, InterruptedException {
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 20), sha)) {
            long offset = 0;
            List<BgzfBlocks.Raw> blocks = new ArrayList<>(BLOCKS_PER_UNIT);
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                BgzfBlocks.Raw b = BgzfBlocks.read(in, offset, name);
                if (b == null) {
                    break;
                }
                this.blocks.add(offset, b.isize);
                offset += b.data.length;
                bytesRead = offset;
                blocks.add(b);
                if (blocks.size() == BLOCKS_PER_UNIT) {
                    submit(queue, pool, blocks);
                    blocks = new ArrayList<>(BLOCKS_PER_UNIT);
                }
            }
            // the end of the file as a position too: htsjdk ends the last chunk of an index there, after the EOF block
            this.blocks.add(offset, 0);
            if (!blocks.isEmpty()) {
                submit(queue, pool, blocks);
            }
        }
    }

    private void submit(BlockingQueue<Future<Unit>> queue, ExecutorService pool, List<BgzfBlocks.Raw> blocks)
            throws InterruptedException {
        Unit u = new Unit();
        u.blocks = blocks;
        queue.put(pool.submit(() -> work(u)));
    }

    private void produceText(BlockingQueue<Future<Unit>> queue, ExecutorService pool) throws Exception {
        try (VcfInput in = VcfInput.open(path, name)) {
            List<String> lines = new ArrayList<>(LINES_PER_UNIT);
            long first = 0;
            String line;
            while ((line = in.readLine()) != null) {
                bytesRead = in.bytesRead();
                if (line.startsWith("#") || line.isEmpty()) {
                    if (!lines.isEmpty()) {
                        // a unit holds consecutive lines only, so its line numbers stay exact
                        submitText(queue, pool, lines, first);
                        lines = new ArrayList<>(LINES_PER_UNIT);
                    }
                    continue;
                }
                if (lines.isEmpty()) {
                    first = in.lineNo();
                }
                lines.add(line);
                if (lines.size() == LINES_PER_UNIT) {
                    submitText(queue, pool, lines, first);
                    lines = new ArrayList<>(LINES_PER_UNIT);
                }
            }
            if (!lines.isEmpty()) {
                submitText(queue, pool, lines, first);
            }
            textSha = in.sha256();
            bytesRead = in.size();
        }
    }

    private void submitText(BlockingQueue<Future<Unit>> queue, ExecutorService pool, List<String> lines, long first)
            throws InterruptedException {
        Unit u = new Unit();
        u.lines = lines;
        u.firstLineNo = first;
        queue.put(pool.submit(() -> work(u)));
    }

    /** Worker: inflate, split, decode and parse one unit, and summarise its records. */
    private Unit work(Unit u) {
        try {
            // each record's rows join the unit's runs as soon as they are parsed; the first record out of order
            // ends the unit there, as a malformed line does (the first problem by line is the one reported)
            u.runs = new RecordOrder.Runs();
            if (u.lines != null) {
                VcfRecordParser p = parser.get();
                for (int i = 0; i < u.lines.size(); i++) {
                    int before = u.rows.size();
                    try {
                        p.parse(u.lines.get(i), u.firstLineNo + i, -1, u.rows);
                    } catch (InvalidInputException e) {
                        u.errorLine = u.firstLineNo + i;
                        u.errorProblem = e.problem();
                        u.rows.subList(before, u.rows.size()).clear(); // the failed record's rows, if any
                        break;
                    }
                    if (!joinRuns(u, before)) {
                        break;
                    }
                }
            } else {
                workBgzf(u);
            }
        } catch (Throwable t) {
            u.failure = t;
        }
        return u;
    }

    /**
     * The rows of the record just parsed ({@code u.rows} from {@code before} on) join the unit's runs; false, with the
     * unit's error set, when the record is out of order.
     */
    private static boolean joinRuns(Unit u, int before) {
        if (u.runs.absorb(u.rows, before)) {
            return true;
        }
        u.errorLine = u.runs.errorLine;
        u.errorProblem = u.runs.errorProblem;
        return false;
    }

    private void workBgzf(Unit u) throws InvalidInputException {
        int total = 0;
        for (BgzfBlocks.Raw b : u.blocks) {
            total += b.isize;
        }
        byte[] buf = inflated.get();
        if (buf.length < total) {
            buf = new byte[Math.max(total, buf.length + buf.length / 2)];
            inflated.set(buf);
        }
        int[] starts = new int[u.blocks.size() + 1];
        long[] fileOffsets = new long[u.blocks.size()];
        Inflater inflater = BlockInflaters.create();
        try {
            int at = 0;
            for (int k = 0; k < u.blocks.size(); k++) {
                BgzfBlocks.Raw b = u.blocks.get(k);
                starts[k] = at;
                fileOffsets[k] = b.fileOffset;
                try {
                    at += BgzfBlocks.inflate(b, inflater, buf, at, name);
                } catch (InvalidInputException ex) {
                    // keep the lines before the damaged block, so the error names the line it damages
                    u.corruption = ex.problem();
                    for (int j = k + 1; j < u.blocks.size(); j++) {
                        starts[j] = at;
                        fileOffsets[j] = u.blocks.get(j).fileOffset;
                    }
                    total = at;
                    break;
                }
            }
            starts[u.blocks.size()] = at;
        } finally {
            inflater.end();
        }
        u.blocks = null;
        u.firstBlockVirtual = fileOffsets.length == 0 ? 0 : fileOffsets[0] << 16;
        int first = indexOf(buf, 0, total);
        if (first < 0) {
            u.head = java.util.Arrays.copyOf(buf, total);
            return;
        }
        u.hasNewline = true;
        u.head = java.util.Arrays.copyOfRange(buf, 0, first);
        // a unit of ASCII text (the usual VCF) needs no UTF-8 check per line
        boolean ascii = ascii(buf, total);
        VcfRecordParser p = parser.get();
        int s = first + 1;
        int k = 0;
        int line = 0;
        while (true) {
            int e = indexOf(buf, s, total);
            if (e < 0) {
                break;
            }
            while (k + 1 < fileOffsets.length && s >= starts[k + 1]) {
                k++;
            }
            long virtual = (fileOffsets[k] << 16) | (s - starts[k]);
            int end = e > s && buf[e - 1] == '\r' ? e - 1 : e;
            if (end > s && buf[s] != '#') {
                String text;
                if (ascii) {
                    text = new String(buf, s, end - s, StandardCharsets.ISO_8859_1);
                } else {
                    try {
                        text = decode(buf, s, end);
                    } catch (CharacterCodingException ex) {
                        u.errorLine = line;
                        u.errorProblem = VcfInput.NOT_UTF8;
                        break;
                    }
                }
                int before = u.rows.size();
                try {
                    p.parse(text, line, virtual, ascii, u.rows);
                } catch (InvalidInputException ex) {
                    u.errorLine = line;
                    u.errorProblem = ex.problem();
                    u.rows.subList(before, u.rows.size()).clear(); // the failed record's rows, if any
                    break;
                }
                if (!joinRuns(u, before)) {
                    break;
                }
            }
            line++;
            s = e + 1;
        }
        u.completeLines = line;
        if (u.errorLine < 0 && u.corruption != null) {
            u.errorLine = line;
            u.errorProblem = u.corruption;
        }
        if (u.errorLine < 0) {
            if (s < total) {
                while (k + 1 < fileOffsets.length && s >= starts[k + 1]) {
                    k++;
                }
                u.tailOffset = (fileOffsets[k] << 16) | (s - starts[k]);
            }
            u.tail = java.util.Arrays.copyOfRange(buf, s, total);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    /** The first newline in {@code b[from, to)}, or -1; eight bytes at a time. */
    static int indexOf(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i) ^ NEWLINES;
            // a zero byte of w is a newline; the lowest flagged byte is exact (a borrow only flags bytes above it)
            long zero = (w - ONES) & ~w & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code b[0, to)} is all ASCII (no byte with the high bit set); eight bytes at a time. */
    static boolean ascii(byte[] b, int to) {
        long any = 0;
        int i = 0;
        for (; i + 8 <= to; i += 8) {
            any |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            any |= b[i];
        }
        return (any & HIGHS) == 0;
    }

    private static String decode(byte[] b, int from, int to) throws CharacterCodingException {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b, from, to - from)).toString();
            }
        }
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Consumer: resolves order, line numbers and errors; hands rows to the sink in file order. */
    private Result consume(BlockingQueue<Future<Unit>> queue, Future<?> produced, Sink sink, Control control)
            throws Exception {
        RecordOrder order = new RecordOrder(name, header);
        VcfRecordParser own = new VcfRecordParser(name, header, primarySample);
        ByteArrayOutputStream carry = new ByteArrayOutputStream();
        long carryOffset = -2;
        long lineNo = 0;
        List<FindingRow> stitchedRows = new ArrayList<>();
        while (true) {
            Future<Unit> f = queue.poll(200, TimeUnit.MILLISECONDS);
            if (f == null) {
                if (control.cancelled()) {
                    throw new ImportCancelledException(name);
                }
                continue;
            }
            Unit u = f.get();
            if (u == null) {
                break;
            }
            if (u.failure != null) {
                propagate(u.failure);
            }
            if (control.cancelled()) {
                throw new ImportCancelledException(name);
            }
            long base;
            if (u.lines != null) {
                base = 0;
                lineNo = u.firstLineNo + u.lines.size() - 1;
            } else {
                if (carryOffset == -2) {
                    carryOffset = u.firstBlockVirtual;
                }
                if (!u.hasNewline) {
                    if (u.corruption != null) {
                        throw new InvalidInputException(name, lineNo + 1, u.corruption, null);
                    }
                    carry.write(u.head);
                    continue;
                }
                carry.write(u.head);
                byte[] stitched = carry.toByteArray();
                carry.reset();
                lineNo++;
                stitchedRows.clear();
                int len = stitched.length > 0 && stitched[stitched.length - 1] == '\r' ? stitched.length - 1 : stitched.length;
                if (len > 0 && stitched[0] != '#') {
                    String text;
                    try {
                        text = decode(stitched, 0, len);
                    } catch (CharacterCodingException e) {
                        throw new InvalidInputException(name, lineNo, VcfInput.NOT_UTF8, null);
                    }
                    // ASCII as the workers' lines mostly are: the parser then takes the same paths as theirs
                    own.parse(text, lineNo, carryOffset, ascii(stitched, len), stitchedRows);
                }
                acceptStitched(stitchedRows, order, sink);
                base = lineNo + 1;
                if (u.tail != null) {
                    carry.write(u.tail);
                }
                carryOffset = u.tailOffset;
            }
            accept(u.rows, u.runs, base, order, sink);
            if (u.errorLine >= 0) {
                throw new InvalidInputException(name, base + u.errorLine, u.errorProblem, null);
            }
            if (u.lines == null) {
                lineNo += u.completeLines;
            }
            control.progress(records, findings, bytesRead);
        }
        if (carry.size() > 0) {
            byte[] last = carry.toByteArray();
            lineNo++;
            int len = last[last.length - 1] == '\r' ? last.length - 1 : last.length;
            if (len > 0 && last[0] != '#') {
                stitchedRows.clear();
                String text;
                try {
                    text = decode(last, 0, len);
                } catch (CharacterCodingException e) {
                    throw new InvalidInputException(name, lineNo, VcfInput.NOT_UTF8, null);
                }
                own.parse(text, lineNo, carryOffset, ascii(last, len), stitchedRows);
                acceptStitched(stitchedRows, order, sink);
            }
        }
        produced.get();
        List<String> warnings = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        parsers.add(own);
        for (VcfRecordParser p : parsers) {
            for (String w : p.warnings()) {
                if (seen.add(w)) {
                    warnings.add(w);
                }
            }
        }
        order.addWarnings(warnings);
        if (indexRead != null) {
            if (lastContig != null) {
                contigLastRecords.put(lastContig, lastRecordOffset);
            }
            VcfIndexCheck.check(indexRead, name, contigStarts, contigLastRecords, blocks);
        }
        return new Result(lineNo, records, findings, skipped, textSha, warnings);
    }

    // counted by accept, on the consumer's thread
    private long records;
    private long findings;
    private long skipped;

    /**
     * Checks the order of a unit's records at the boundaries of its runs (line numbers relative to {@code base}; the
     * worker checked the records within each run), counts them and hands the findings to the sink.
     */
    private void accept(List<FindingRow> rows, RecordOrder.Runs runs, long base, RecordOrder order, Sink sink)
            throws Exception {
        for (int k = 0; k < runs.size(); k++) {
            String contig = runs.contigs.get(k);
            order.check(contig, runs.firstPos[k], base + runs.firstLine[k]);
            order.advance(runs.lastPos[k]);
            noteContig(contig, runs.firstOffset[k], runs.lastOffset[k]);
        }
        records += runs.records;
        skipped += runs.skipped;
        findings += rows.size();
        if (!rows.isEmpty()) {
            sink.accept(rows);
        }
    }

    /** {@link #accept} for the rows of a line parsed here (one that spans two units, or the last); keeps none of them. */
    private void acceptStitched(List<FindingRow> rows, RecordOrder order, Sink sink) throws Exception {
        RecordOrder.Runs runs = RecordOrder.Runs.of(rows);
        if (runs.errorLine >= 0) {
            throw new InvalidInputException(name, runs.errorLine, runs.errorProblem, null);
        }
        accept(new ArrayList<>(rows), runs, 0, order, sink);
    }

    /** Notes a run of records of one contig: where the contig's first and last records are (BGZF only). */
    private void noteContig(String contig, long firstOffset, long lastOffset) {
        if (!bgzf) {
            return;
        }
        if (!contig.equals(lastContig)) {
            if (lastContig != null) {
                contigLastRecords.put(lastContig, lastRecordOffset);
            }
            lastContig = contig;
            contigStarts.putIfAbsent(contig, firstOffset);
        }
        lastRecordOffset = lastOffset;
    }

    long bytesRead() {
        return bytesRead;
    }

    private static void propagate(Throwable t) throws IOException, InvalidInputException, ImportCancelledException {
        if (t instanceof ExecutionException && t.getCause() != null) {
            propagate(t.getCause());
        }
        if (t instanceof InvalidInputException) {
            throw (InvalidInputException) t;
        }
        if (t instanceof ImportCancelledException) {
            throw (ImportCancelledException) t;
        }
        if (t instanceof IOException) {
            throw (IOException) t;
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new IllegalStateException(t);
    }
}
