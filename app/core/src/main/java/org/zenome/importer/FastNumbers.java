package org.zenome.importer;

/** Number parsing for the import hot path, without creating strings; exact like {@link Double#parseDouble}. */
final class FastNumbers {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private FastNumbers() {
    }

    /**
     * Parses {@code s[from, to)} as a decimal number; NaN when empty, '.', or not a number. Uses the exact
     * fast path (mantissa below 2^53, power of ten up to 22) and falls back to {@link Double#parseDouble}.
     */
    static double parseDouble(String s, int from, int to) {
        int n = to - from;
        if (n <= 0 || n == 1 && (s.charAt(from) == '.' || s.charAt(from) == '-')) {
            return Double.NaN;
        }
        int i = from;
        boolean neg = false;
        char c = s.charAt(i);
        if (c == '-' || c == '+') {
            neg = c == '-';
            i++;
        }
        long mant = 0;
        int digits = 0;
        int scale = 0;
        boolean any = false;
        while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
            if (digits < 18) {
                mant = mant * 10 + (c - '0');
                if (mant != 0) {
                    digits++;
                }
            } else {
                scale++;
            }
            any = true;
            i++;
        }
        if (i < to && s.charAt(i) == '.') {
            i++;
            while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
                if (digits < 18) {
                    mant = mant * 10 + (c - '0');
                    if (mant != 0) {
                        digits++;
                    }
                    scale--;
                }
                any = true;
                i++;
            }
        }
        if (!any) {
            return slow(s, from, to);
        }
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean eneg = false;
            if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            int e = 0;
            boolean edig = false;
            while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
                e = e * 10 + (c - '0');
                edig = true;
                i++;
                if (e > 10000) {
                    return slow(s, from, to);
                }
            }
            if (!edig) {
                return Double.NaN;
            }
            scale += eneg ? -e : e;
        }
        if (i != to) {
            return slow(s, from, to);
        }
        if (mant < (1L << 53) && scale >= -22 && scale <= 22) {
            double d = mant;
            d = scale < 0 ? d / POW10[-scale] : d * POW10[scale];
            return neg ? -d : d;
        }
        return slow(s, from, to);
    }

    private static double slow(String s, int from, int to) {
        try {
            return Double.parseDouble(s.substring(from, to));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Parses a non-negative int; -1 when empty or not a number. */
    static int parseInt(String s, int from, int to) {
        if (to <= from) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
            if (v > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) v;
    }
}
