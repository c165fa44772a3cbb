package org.zenome.importer;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
    private final Path path;
    private final String name;
    private final long size;
    private final CountingStream counter;
    private final BufferedReader reader;
    private long lineNo;

    private VcfInput(Path path, String name, long size, CountingStream counter, BufferedReader reader) {
        this.path = path;
        this.name = name;
        this.size = size;
        this.counter = counter;
        this.reader = reader;
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
                    throw new InvalidInputException(name, 0, "truncated or corrupt BGZF file: the last block is "
                            + "incomplete", null);
                }
                if (t == BlockCompressedInputStream.FileTermination.HAS_HEALTHY_LAST_BLOCK) {
                    counter.close();
                    throw new InvalidInputException(name, 0, "truncated BGZF file: the end-of-file marker block is "
                            + "missing, so part of the file may be lost", null);
                }
                text = new BlockCompressedInputStream(counter);
            } else {
                text = new GZIPInputStream(counter, 1 << 16);
            }
        } else {
            text = counter;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(text, decoder), 1 << 20);
        return new VcfInput(path, name, size, counter, reader);
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

    /** The next line without its line break, or null at the end. */
    public String readLine() throws InvalidInputException {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNo++;
                if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    line = line.substring(0, line.length() - 1);
                }
            }
            return line;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, lineNo + 1, "not valid UTF-8 text", e);
        } catch (EOFException e) {
            throw new InvalidInputException(name, lineNo + 1, "truncated compressed data (unexpected end of file)", e);
        } catch (ZipException e) {
            throw new InvalidInputException(name, lineNo + 1, "corrupt compressed data: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (msg.contains("EOF") || msg.contains("end of file") || msg.contains("Premature")) {
                throw new InvalidInputException(name, lineNo + 1, "truncated compressed data: " + msg, e);
            }
            throw new InvalidInputException(name, lineNo + 1, "cannot read the file: " + msg, e);
        }
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
        reader.close();
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
