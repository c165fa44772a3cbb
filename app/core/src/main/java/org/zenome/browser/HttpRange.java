package org.zenome.browser;

import java.util.Locale;

/**
 * Reads an HTTP {@code Range} request header against a representation of known length (RFC 9110, section 14).
 *
 * <p>Only a single byte range is honoured. A header that is absent, malformed, of another unit or that asks
 * for several ranges is ignored, as the RFC allows, and the whole file is sent; igv.js asks for one range at
 * a time.
 */
public final class HttpRange {
    private HttpRange() {
    }

    /** What to send. */
    public sealed interface Result permits Whole, Part, Unsatisfiable {
    }

    /** Send the whole representation with 200. */
    public record Whole() implements Result {
    }

    /** Send bytes {@code first..last} (inclusive, 0-based) with 206 and {@code Content-Range}. */
    public record Part(long first, long last, long completeLength) implements Result {
        public Part {
            if (first < 0 || last < first || last >= completeLength) {
                throw new IllegalArgumentException("bad range " + first + "-" + last + "/" + completeLength);
            }
        }

        public long length() {
            return last - first + 1;
        }

        /** The {@code Content-Range} header value, {@code bytes first-last/complete}. */
        public String contentRange() {
            return "bytes " + first + "-" + last + "/" + completeLength;
        }
    }

    /** Send 416 with {@code Content-Range: bytes *}{@code /length}. */
    public record Unsatisfiable(long completeLength) implements Result {
        public String contentRange() {
            return "bytes */" + completeLength;
        }
    }

    /**
     * @param header the {@code Range} header value, or null
     * @param length the representation length in bytes
     */
    public static Result parse(String header, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length " + length);
        }
        if (header == null) {
            return new Whole();
        }
        String h = header.trim();
        int eq = h.indexOf('=');
        if (eq < 0 || !h.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("bytes")) {
            return new Whole();
        }
        String spec = h.substring(eq + 1).trim();
        if (spec.isEmpty() || spec.indexOf(',') >= 0) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String a = spec.substring(0, dash).trim();
        String b = spec.substring(dash + 1).trim();
        if (a.isEmpty()) {
            // suffix range: the last N bytes
            long n = digits(b);
            if (n < 0) {
                return new Whole();
            }
            if (n == 0 || length == 0) {
                return new Unsatisfiable(length);
            }
            return new Part(Math.max(0, length - n), length - 1, length);
        }
        long first = digits(a);
        if (first < 0) {
            return new Whole();
        }
        long last;
        if (b.isEmpty()) {
            last = Long.MAX_VALUE;
        } else {
            last = digits(b);
            if (last < 0 || last < first) {
                return new Whole();
            }
        }
        if (first >= length) {
            return new Unsatisfiable(length);
        }
        return new Part(first, Math.min(last, length - 1), length);
    }

    /** Non-negative decimal; values too large for a long read as {@link Long#MAX_VALUE}; -1 if not digits. */
    private static long digits(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
