package org.zenome.store.jdbc;

import htsjdk.samtools.seekablestream.SeekableStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The kept BGZF copy of a case's VCF, stored beside its findings as chunks of {@link #CHUNK} bytes
 * ({@code source_chunk}, its size in {@code meta.source_size}): in the case's schema on PostgreSQL, in the findings
 * file of an encrypted SQLite store (so the copy is encrypted with it). Read as a seekable stream so a record's line
 * is read back by its virtual offset.
 */
public final class SourceChunks extends SeekableStream {
    public static final int CHUNK = 1 << 20;

    private final Connection c;
    private final String schema;
    private final long length;
    private long position;
    private long chunkNo = -1;
    private byte[] chunk;

    /** @param schema the tables' qualifier with its dot ({@code "zf_1a."}), or "" for a findings file */
    public SourceChunks(Connection c, String schema) throws IOException {
        this.c = c;
        this.schema = schema;
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM " + schema
                + "meta WHERE key = 'source_size'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IOException("no copy of the VCF is kept for this case");
            }
            this.length = Long.parseLong(rs.getString(1));
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void seek(long p) {
        position = p;
    }

    private boolean load() throws IOException {
        if (position >= length) {
            return false;
        }
        long n = position / CHUNK;
        if (n != chunkNo) {
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM " + schema + "source_chunk WHERE n = ?")) {
                ps.setLong(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("the kept copy of the VCF lacks chunk " + n);
                    }
                    chunk = rs.getBytes(1);
                    chunkNo = n;
                }
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return true;
    }

    @Override
    public int read(byte[] buffer, int offset, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!load()) {
            return -1;
        }
        int at = (int) (position - chunkNo * CHUNK);
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        if (!load()) {
            return -1;
        }
        int b = chunk[(int) (position - chunkNo * CHUNK)] & 0xff;
        position++;
        return b;
    }

    @Override
    public void close() {
        chunk = null;
    }

    @Override
    public boolean eof() {
        return position >= length;
    }

    /** Stores {@code in} as chunks into {@code schema}'s {@code source_chunk} table; returns its size. */
    public static long store(Connection c, String schema, java.io.InputStream in) throws IOException, SQLException {
        long size = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + "source_chunk VALUES (?,?)")) {
            byte[] chunk = new byte[CHUNK];
            for (long n = 0; ; n++) {
                int len = in.readNBytes(chunk, 0, chunk.length);
                if (len <= 0) {
                    break;
                }
                ps.setLong(1, n);
                ps.setBytes(2, len == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, len));
                ps.executeUpdate();
                size += len;
            }
        }
        return size;
    }

    @Override
    public String getSource() {
        return schema + "source_chunk";
    }
}
