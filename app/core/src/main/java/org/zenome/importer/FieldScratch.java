package org.zenome.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reused storage for splitting one record's CSQ or ANN value (one parser, one thread, one layout): the field arrays
 * of the entries and the per-allele lists are taken from pools that the next record reuses, and the values of
 * fields that repeat from record to record (allele, consequence terms, impact, gene symbol, transcript, flags) are
 * taken from a small table of strings already seen instead of being copied out of the line again. The entries are
 * valid until the next record is split with the same scratch.
 */
final class FieldScratch {
    /** Fields longer than this are always copied (HGVS-like text rarely repeats). */
    private static final int MAX_INTERNED = 48;
    private static final int TABLE = 1 << 13;

    /** For each field of the layout, whether its values are looked up in the table. */
    final boolean[] interned;
    private String[][] arrays = new String[16][];
    private int arraysUsed;
    @SuppressWarnings("unchecked")
    private final List<String[]>[][] lists = new List[9][];
    private final String[] table = new String[TABLE];
    private final int[] hashes = new int[TABLE];

    FieldScratch(AnnotationLayout layout) {
        interned = new boolean[layout.names.size()];
        for (int i : new int[] {layout.allele, layout.consequence, layout.impact, layout.symbol, layout.feature,
            layout.canonical, layout.mane, layout.alleleNum, layout.clinSig}) {
            if (i >= 0) {
                interned[i] = true;
            }
        }
    }

    /** Starts a record: every array and list handed out before may be reused from now on. */
    void reset() {
        arraysUsed = 0;
    }

    /** An array of at least {@code size} slots, contents undefined. */
    String[] array(int size) {
        if (arraysUsed == arrays.length) {
            arrays = Arrays.copyOf(arrays, arrays.length * 2);
        }
        String[] a = arrays[arraysUsed];
        if (a == null || a.length != size) {
            a = new String[size];
            arrays[arraysUsed] = a;
        }
        arraysUsed++;
        return a;
    }

    private int[] positions = new int[256];

    /** An int array of at least {@code size} slots, contents undefined (the separator positions of one entry). */
    int[] positions(int size) {
        if (positions.length < size) {
            positions = new int[Math.max(size, positions.length * 2)];
        }
        return positions;
    }

    /** One empty list per ALT allele (reused: valid until the next record). */
    @SuppressWarnings("unchecked")
    List<String[]>[] lists(int alleles) {
        if (alleles >= lists.length) {
            List<String[]>[] out = new List[alleles];
            for (int i = 0; i < alleles; i++) {
                out[i] = new ArrayList<>(4);
            }
            return out;
        }
        List<String[]>[] out = lists[alleles];
        if (out == null) {
            out = new List[alleles];
            for (int i = 0; i < alleles; i++) {
                out[i] = new ArrayList<>(4);
            }
            lists[alleles] = out;
        } else {
            for (List<String[]> l : out) {
                l.clear();
            }
        }
        return out;
    }

    /**
     * The text {@code s[from, to)}, taken from the table when it was seen before. The table is direct-mapped: a new
     * text takes its slot from whatever held it. Values that repeat stay (a handful per field: consequence terms,
     * impact, flags, the genes and transcripts of the current region), and a miss costs one copy, as without the
     * table. There is no rare path (probing, a full-table reset) whose first use would have the compiled parser
     * thrown away and compiled again.
     */
    String text(String s, int from, int to) {
        int len = to - from;
        if (len > MAX_INTERNED) {
            return s.substring(from, to);
        }
        int h = sample(s, from, to, len);
        int slot = (h ^ (h >>> 16)) & (TABLE - 1);
        String t = table[slot];
        if (t != null && hashes[slot] == h && t.length() == len && s.regionMatches(from, t, 0, len)) {
            return t;
        }
        t = s.substring(from, to);
        table[slot] = t;
        hashes[slot] = h;
        return t;
    }

    /**
     * The slot hash of {@code s[from, to)} from its length and at most six of its characters (the first, the middle
     * and the last four, where identifiers of one kind differ: ENST...0323.1 and ENST...0324.1): a whole-text hash
     * was a serial multiply per character, ~4 % of an import's CPU. A collision only costs a copy (the text is
     * compared before it is taken from the table).
     */
    private static int sample(String s, int from, int to, int len) {
        if (len == 0) {
            return 0;
        }
        int h = len * 961 + s.charAt(from) * 31 + s.charAt(to - 1);
        if (len > 2) {
            h = h * 31 + s.charAt(from + (len >>> 1));
            h = h * 31 + s.charAt(to - 2);
            if (len > 4) {
                h = h * 961 + s.charAt(to - 3) * 31 + s.charAt(to - 4);
            }
        }
        return h;
    }
}
