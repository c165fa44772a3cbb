package org.zenome.importer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The ASCII view of a line: a byte array at the same indexes as the line's characters, each character below 128 as
 * itself and every other character as {@code 0x80}, so a search for a separator in the bytes finds exactly the
 * separators of the text. Separators are then found eight bytes at a time.
 */
final class LineBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SEVENS = 0x7F7F7F7F7F7F7F7FL;

    private LineBytes() {
    }

    /**
     * Fills {@code into} (grown when too small; a new array when null) with the view of {@code s[from, to)}, at the
     * same indexes. {@code ascii} promises that every character of that range is below 128 (a plain copy).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, an array copy
    static byte[] of(String s, int from, int to, byte[] into, boolean ascii) {
        byte[] b = into != null && into.length >= to ? into : new byte[Math.max(to, into == null ? 0 : into.length * 2)];
        if (ascii) {
            s.getBytes(from, to, b, from);
        } else {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                b[i] = c < 128 ? (byte) c : (byte) 0x80;
            }
        }
        return b;
    }

    /**
     * Puts the positions of {@code c} (an ASCII character) in {@code b[from, to)} into {@code out} (at least
     * {@code to - from} long), in order; returns how many there are.
     */
    static int positions(byte[] b, int from, int to, byte c, int[] out) {
        long pattern = (c & 0xFFL) * 0x0101010101010101L;
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i) ^ pattern;
            // exactly the zero bytes of w get their high bit set (no borrow from one byte into the next)
            long zero = ~(((w & SEVENS) + SEVENS) | w | SEVENS);
            while (zero != 0) {
                out[n++] = i + (Long.numberOfTrailingZeros(zero) >>> 3);
                zero &= zero - 1;
            }
        }
        for (; i < to; i++) {
            if (b[i] == c) {
                out[n++] = i;
            }
        }
        return n;
    }
}
