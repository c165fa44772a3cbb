package org.zenome.importer;

import java.util.List;
import java.util.Set;

/**
 * Open-addressing lookup of INFO keys by a range of a line, without creating a string per key: the keys the
 * importer reads map to their slot, the other keys defined in the header to {@link #DEFINED}, anything else to
 * {@link #UNKNOWN}.
 */
final class KeyTable {
    static final int DEFINED = -1;
    static final int UNKNOWN = -2;

    private final String[] keys;
    private final int[] values;
    private final int mask;

    KeyTable(List<String> wanted, Set<String> defined) {
        int n = Integer.highestOneBit(Math.max(16, (wanted.size() + defined.size()) * 4) - 1) << 1;
        keys = new String[n];
        values = new int[n];
        mask = n - 1;
        for (String d : defined) {
            put(d, DEFINED);
        }
        for (int i = 0; i < wanted.size(); i++) {
            put(wanted.get(i), i);
        }
    }

    private void put(String key, int value) {
        int h = hash(key, 0, key.length()) & mask;
        while (keys[h] != null && !keys[h].equals(key)) {
            h = (h + 1) & mask;
        }
        keys[h] = key;
        values[h] = value;
    }

    int find(String s, int from, int to) {
        int len = to - from;
        int h = hash(s, from, to) & mask;
        while (true) {
            String k = keys[h];
            if (k == null) {
                return UNKNOWN;
            }
            if (k.length() == len && s.regionMatches(from, k, 0, len)) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
