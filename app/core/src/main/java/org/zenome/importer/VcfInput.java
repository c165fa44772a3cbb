package org.zenome.importer;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Lines of a VCF file, plain, gzip or BGZF (htsjdk), as strict UTF-8, with the number of bytes of the file
 * consumed so far for progress. Corrupt or truncated compression and invalid text become
 * {@link InvalidInputException}s naming the file and the line.
 */
public final class VcfInput implements Closeable {
    /** The problem of a line that is not UTF-8. */
    static final String NOT_UTF8 = "not valid UTF-8 text (a VCF is UTF-8; convert Shift_JIS or Latin-1 text, e.g. with iconv)";

    private final Path path;
    private final String name;
    private final long size;
    private final CountingStream counter;
    private final InputStream text;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Decompressed bytes not yet returned; lines are cut and decoded one at a time (no decoding ahead). */
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] lineBytes = new byte[4096];
    private long lineNo;

    private VcfInput(Path path, String name, long size, CountingStream counter, InputStream text) {
        this.path = path;
        this.name = name;
        this.size = size;
        this.counter = counter;
        this.text = text;
    }

    /**
     * Opens a VCF.
     *
     * @param name the file as the user gave it, for messages
     */
    public static VcfInput open(Path path, String name) throws IOException, InvalidInputException {
        if (!Files.exists(path)) {
            throw new InvalidInputException(name, 0, "file not found", null);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new InvalidInputException(name, 0, "not a readable file", null);
        }
        long size = Files.size(path);
        if (size == 0) {
            throw new InvalidInputException(name, 0, "the file is empty", null);
        }
        byte[] magic = new byte[2];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(magic, 0, 2);
            if (n < 2) {
                magic[0] = 0;
            }
        }
        boolean gzip = (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        CountingStream counter = new CountingStream(new BufferedInputStream(openRaw(path, name), 1 << 16));
        InputStream text;
        if (gzip) {
            boolean bgzf;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
                bgzf = BlockCompressedInputStream.isValidFile(in);
            }
            if (bgzf) {
                BlockCompressedInputStream.FileTermination t = BlockCompressedInputStream.checkTermination(path);
                if (t == BlockCompressedInputStream.FileTermination.DEFECTIVE) {
                    counter.close();
                    throw new InvalidInputException(name, firstIncompleteLine(path), "truncated or corrupt BGZF "
                            + "file: the last block is incomplete", null);
                }
                if (t == BlockCompressedInputStream.FileTermination.HAS_HEALTHY_LAST_BLOCK) {
                    counter.close();
                    throw new InvalidInputException(name, firstIncompleteLine(path), "truncated BGZF file: the "
                            + "end-of-file marker block is missing, so the rest of the file may be lost", null);
                }
                text = new BlockCompressedInputStream(counter);
            } else {
                text = new GZIPInputStream(counter, 1 << 16);
            }
        } else {
            text = counter;
        }
        return new VcfInput(path, name, size, counter, text);
    }

    /**
     * For the message about a truncated BGZF file: the line after the last complete one that can be read
     * (the error path only; the file is read once more up to the damage).
     */
    private static long firstIncompleteLine(Path path) {
        long lines = 0;
        try (InputStream in = new BlockCompressedInputStream(new BufferedInputStream(Files.newInputStream(path),
                1 << 16))) {
            byte[] b = new byte[1 << 16];
            while (true) {
                int avail = in.available();
                int n = in.read(b, 0, avail > 0 ? Math.min(avail, b.length) : 1);
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (b[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the damage: lines counted so far are complete
        }
        return lines + 1;
    }

    private static InputStream openRaw(Path path, String name) throws IOException, InvalidInputException {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, 0, "file not found", null);
        }
    }

    /** True when the file is BGZF-compressed (gzip members with the BC extra field). */
    public static boolean isBgzf(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return BlockCompressedInputStream.isValidFile(in);
        }
    }

    /**
     * The next line without its line break, or null at the end. Lines are cut from the decompressed bytes and
     * decoded one by one, so an invalid byte or the end of a truncated stream is reported on its own line.
     */
    public String readLine() throws InvalidInputException {
        int n = 0;
        boolean ascii = true;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                int r = fill();
                if (r < 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                continue;
            }
            any = true;
            int start = pos;
            int i = start;
            byte[] b = buf;
            int end = limit;
            while (i < end) {
                byte c = b[i];
                if (c == '\n') {
                    break;
                }
                if (c < 0) {
                    ascii = false;
                }
                i++;
            }
            int len = i - start;
            if (n + len > lineBytes.length) {
                lineBytes = java.util.Arrays.copyOf(lineBytes, Math.max(n + len, lineBytes.length * 2));
            }
            System.arraycopy(b, start, lineBytes, n, len);
            n += len;
            if (i < end) {
                pos = i + 1;
                break;
            }
            pos = end;
        }
        lineNo++;
        if (n > 0 && lineBytes[n - 1] == '\r') {
            n--;
        }
        if (ascii) {
            return new String(lineBytes, 0, n, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(lineBytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, lineNo, NOT_UTF8, e);
        }
    }

    /** Reads more decompressed bytes; -1 at the end. Errors name the line being read (the next one). */
    private int fill() throws InvalidInputException {
        try {
            int len = buf.length;
            if (text instanceof BlockCompressedInputStream) {
                // one block at a time: htsjdk drops the data of a good block when the next one is damaged
                int available = text.available();
                len = available > 0 ? Math.min(available, buf.length) : 1;
            }
            int r = text.read(buf, 0, len);
            if (r > 0) {
                pos = 0;
                limit = r;
            }
            return r == 0 ? 0 : r;
        } catch (IOException | RuntimeException e) {
            throw readFailure(name, lineNo + 1, e);
        }
    }

    /** A plain one-line problem for a read failure: no exception class names or library internals. */
    static InvalidInputException readFailure(String name, long line, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return new InvalidInputException(name, line, "truncated compressed data (unexpected end of file)", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ZipException || t instanceof java.util.zip.DataFormatException) {
                return new InvalidInputException(name, line, "corrupt compressed data"
                        + plainDetail(t.getMessage()), e);
            }
        }
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("EOF") || msg.contains("end of file") || msg.contains("Premature")
                || msg.contains("truncated")) {
            return new InvalidInputException(name, line, "truncated compressed data (unexpected end of file)", e);
        }
        if (msg.toLowerCase(java.util.Locale.ROOT).contains("crc") || msg.contains("inflat")
                || msg.contains("BGZF") || msg.contains("GZIP") || msg.contains("gzip")) {
            return new InvalidInputException(name, line, "corrupt compressed data" + plainDetail(msg), e);
        }
        return new InvalidInputException(name, line, "cannot read the file" + plainDetail(msg), e);
    }

    /** {@code " (detail)"} from a library message, without class names; empty when nothing plain is left. */
    private static String plainDetail(String message) {
        if (message == null) {
            return "";
        }
        String m = message.replaceAll("(?:[a-z][a-zA-Z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\s*:?\\s*", "")
                .replaceAll("\\s+", " ").trim();
        if (m.isEmpty() || m.contains("Exception")) {
            return "";
        }
        if (m.length() > 80) {
            m = m.substring(0, 77) + "...";
        }
        return " (" + m + ")";
    }

    /** Line number of the last line returned (1-based). */
    public long lineNo() {
        return lineNo;
    }

    /** Bytes of the file read so far. */
    public long bytesRead() {
        return counter.count;
    }

    public long size() {
        return size;
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    /**
     * SHA-256 of the whole file, computed from the bytes as they were read (the rest of the file, if the
     * reader stopped early, is read now).
     */
    public String sha256() throws IOException {
        byte[] buf = new byte[1 << 16];
        while (counter.read(buf, 0, buf.length) >= 0) {
            // drain: hash what the decompressor did not need
        }
        return java.util.HexFormat.of().formatHex(counter.digest.digest());
    }

    /** Counts and hashes the bytes pulled from the file. */
    static final class CountingStream extends FilterInputStream {
        final java.security.MessageDigest digest;
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
            try {
                digest = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                digest.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }
    }
}
