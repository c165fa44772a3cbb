package org.zenome.importer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads raw BGZF blocks (RFC 1952 members with the BC extra field) so they can be inflated on several
 * threads, keeping each block's file offset for virtual file offsets ({@code offset << 16 | within}).
 */
final class BgzfBlocks {
    static final int MAX_BLOCK = 65536;

    /** One compressed block as read from the file. */
    static final class Raw {
        final long fileOffset;
        final byte[] data;
        final int cdataStart;
        final int cdataLength;
        final int crc;
        final int isize;

        Raw(long fileOffset, byte[] data, int cdataStart, int cdataLength, int crc, int isize) {
            this.fileOffset = fileOffset;
            this.data = data;
            this.cdataStart = cdataStart;
            this.cdataLength = cdataLength;
            this.crc = crc;
            this.isize = isize;
        }
    }

    private BgzfBlocks() {
    }

    /** Reads the next block, or null at the end of the stream. */
    static Raw read(InputStream in, long offset, String file) throws IOException, InvalidInputException {
        byte[] head = new byte[18];
        int n = in.readNBytes(head, 0, 18);
        if (n == 0) {
            return null;
        }
        if (n < 18) {
            throw corrupt(file, offset, "truncated block header");
        }
        if ((head[0] & 0xff) != 31 || (head[1] & 0xff) != 139 || (head[2] & 0xff) != 8 || (head[3] & 4) == 0) {
            throw corrupt(file, offset, "not a BGZF block");
        }
        int xlen = u16(head, 10);
        if (xlen < 6 || head[12] != 'B' || head[13] != 'C' || u16(head, 14) != 2) {
            // BC subfield not first: search the extra field
            throw corrupt(file, offset, "BGZF block without the BC extra field first");
        }
        int bsize = u16(head, 16) + 1;
        if (bsize < 18 + xlen - 6 + 8 || bsize > MAX_BLOCK) {
            throw corrupt(file, offset, "invalid block size " + bsize);
        }
        byte[] block = new byte[bsize];
        System.arraycopy(head, 0, block, 0, 18);
        int rest = bsize - 18;
        int got = in.readNBytes(block, 18, rest);
        if (got < rest) {
            throw new EOFException("truncated BGZF block at byte " + offset);
        }
        int cstart = 12 + xlen;
        int clen = bsize - cstart - 8;
        if (clen < 0) {
            throw corrupt(file, offset, "invalid block layout");
        }
        int crc = i32(block, bsize - 8);
        int isize = i32(block, bsize - 4);
        if (isize < 0 || isize > MAX_BLOCK) {
            throw corrupt(file, offset, "invalid uncompressed size " + isize);
        }
        return new Raw(offset, block, cstart, clen, crc, isize);
    }

    /** Inflates a block into {@code out} at {@code at}; checks size and CRC32. */
    static int inflate(Raw b, Inflater inflater, byte[] out, int at, String file) throws InvalidInputException {
        if (b.isize == 0) {
            return 0;
        }
        if (BlockInflaters.fast(inflater)) {
            // ISA-L inflates a block in one call; anything but the exact size is looked at again with zlib below
            inflater.reset();
            inflater.setInput(b.data, b.cdataStart, b.cdataLength);
            int k;
            try {
                k = inflater.inflate(out, at, b.isize);
            } catch (DataFormatException | RuntimeException e) {
                k = -1;
            }
            if (k != b.isize) {
                Inflater zlib = new Inflater(true);
                try {
                    return inflate(b, zlib, out, at, file);
                } finally {
                    zlib.end();
                }
            }
            return checkCrc(b, out, at, file);
        }
        inflater.reset();
        inflater.setInput(b.data, b.cdataStart, b.cdataLength);
        try {
            int n = 0;
            while (n < b.isize) {
                int k = inflater.inflate(out, at + n, b.isize - n);
                if (k == 0) {
                    if (inflater.finished() || inflater.needsInput()) {
                        break;
                    }
                }
                n += k;
            }
            if (n != b.isize) {
                throw corrupt(file, b.fileOffset, "block inflates to " + n + " bytes, header says " + b.isize);
            }
        } catch (DataFormatException e) {
            throw corrupt(file, b.fileOffset, "corrupt deflate data (" + e.getMessage() + ")");
        }
        return checkCrc(b, out, at, file);
    }

    private static int checkCrc(Raw b, byte[] out, int at, String file) throws InvalidInputException {
        CRC32 crc = new CRC32();
        crc.update(out, at, b.isize);
        if ((int) crc.getValue() != b.crc) {
            throw corrupt(file, b.fileOffset, "CRC32 mismatch: the data is damaged");
        }
        return b.isize;
    }

    private static InvalidInputException corrupt(String file, long offset, String what) {
        return new InvalidInputException(file, 0, "corrupt BGZF file at byte " + offset + ": " + what, null);
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int i32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }
}
