package org.zenome.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The demo case's reference genome: every GRCh38 contig at its full length, with deterministic random sequence in
 * windows around the demo variants and {@code N} everywhere else. Bases may be <em>forced</em> (to realise a
 * curated codon, a splice site or an indel context); a second, different force of the same base is a curation
 * conflict and fails.
 */
final class SyntheticReference {
    /** A stretch of sequence; {@code start} is 1-based. */
    record Window(int start, byte[] bases) {
        int end() {
            return start + bases.length - 1;
        }
    }

    private final Map<String, TreeMap<Integer, Window>> windows;
    private final Map<String, Map<Integer, String>> forced = new HashMap<>();
    /** The window of the last lookup (lookups come in runs along a contig). */
    private String lastChrom;
    private Window lastWindow;

    private SyntheticReference(Map<String, TreeMap<Integer, Window>> windows) {
        this.windows = windows;
    }

    /**
     * Fills the union of the given intervals (1-based, inclusive, per contig) with random sequence; chrM is filled
     * completely.
     */
    static SyntheticReference random(Map<String, List<int[]>> intervals, Random rng) {
        Map<String, TreeMap<Integer, Window>> out = new LinkedHashMap<>();
        for (Grch38.Contig c : Grch38.CONTIGS) {
            List<int[]> raw = new ArrayList<>(intervals.getOrDefault(c.name(), List.of()));
            if (c.name().equals("chrM")) {
                raw.add(new int[] {1, c.length()});
            }
            raw.sort((a, b) -> Integer.compare(a[0], b[0]));
            TreeMap<Integer, Window> map = new TreeMap<>();
            int curStart = -1;
            int curEnd = -1;
            for (int[] iv : raw) {
                int s = Math.max(1, iv[0]);
                int e = Math.min(c.length(), iv[1]);
                if (curStart < 0) {
                    curStart = s;
                    curEnd = e;
                } else if (s <= curEnd + 200) {
                    curEnd = Math.max(curEnd, e);
                } else {
                    map.put(curStart, window(curStart, curEnd, rng));
                    curStart = s;
                    curEnd = e;
                }
            }
            if (curStart >= 0) {
                map.put(curStart, window(curStart, curEnd, rng));
            }
            out.put(c.name(), map);
        }
        return new SyntheticReference(out);
    }

    private static Window window(int start, int end, Random rng) {
        byte[] b = new byte[end - start + 1];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Dna.randomBase(rng);
        }
        return new Window(start, b);
    }

    /** The windows of a contig in order. */
    List<Window> windows(String chrom) {
        return new ArrayList<>(windows.get(chrom).values());
    }

    /** Total number of non-N bases. */
    long sequencedBases() {
        return windows.values().stream().flatMap(m -> m.values().stream()).mapToLong(w -> w.bases().length).sum();
    }

    private Window windowAt(String chrom, int pos) {
        Window last = lastWindow;
        if (last != null && chrom.equals(lastChrom) && pos >= last.start() && pos <= last.end()) {
            return last;
        }
        TreeMap<Integer, Window> m = windows.get(chrom);
        if (m == null) {
            throw new IllegalArgumentException("unknown contig " + chrom);
        }
        Map.Entry<Integer, Window> e = m.floorEntry(pos);
        if (e == null || pos > e.getValue().end()) {
            return null;
        }
        lastChrom = chrom;
        lastWindow = e.getValue();
        return e.getValue();
    }

    boolean covered(String chrom, int pos) {
        return windowAt(chrom, pos) != null;
    }

    /** Whether every base of [start, end] has sequence. */
    boolean covered(String chrom, int start, int end) {
        Window w = windowAt(chrom, start);
        return w != null && end <= w.end();
    }

    /** The base at a 1-based position ('N' outside the windows). */
    char base(String chrom, int pos) {
        Window w = windowAt(chrom, pos);
        return w == null ? 'N' : (char) w.bases()[pos - w.start()];
    }

    /** Bases of [start, end], 1-based inclusive. */
    String bases(String chrom, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start + 1);
        for (int p = start; p <= end; p++) {
            sb.append(base(chrom, p));
        }
        return sb.toString();
    }

    boolean isForced(String chrom, int pos) {
        return forced.getOrDefault(chrom, Map.of()).containsKey(pos);
    }

    /** Rewrites a base that is not forced (used to give genes their splice sites and open reading frames). */
    void set(String chrom, int pos, char base) {
        Window w = windowAt(chrom, pos);
        if (w == null || isForced(chrom, pos)) {
            throw new IllegalStateException("cannot set " + chrom + ":" + pos);
        }
        w.bases()[pos - w.start()] = (byte) base;
    }

    /** Forces a base; forcing it again to another base is a conflict. */
    void force(String chrom, int pos, char base, String reason) {
        Window w = windowAt(chrom, pos);
        if (w == null) {
            throw new IllegalStateException(reason + ": " + chrom + ":" + pos + " has no reference sequence");
        }
        Map<Integer, String> f = forced.computeIfAbsent(chrom, k -> new HashMap<>());
        String previous = f.get(pos);
        char current = (char) w.bases()[pos - w.start()];
        if (previous != null && current != base) {
            throw new IllegalStateException(reason + " conflicts with " + previous + " at " + chrom + ":" + pos);
        }
        w.bases()[pos - w.start()] = (byte) base;
        if (previous == null) {
            f.put(pos, reason);
        }
    }

    /** The whole contig as upper-case bytes with N outside the windows (for CRAM reference-based compression). */
    byte[] contigBases(String chrom) {
        return region(chrom, 0, Grch38.contig(chrom).length());
    }

    /** {@code length} bases from a 0-based start, N-filled outside the windows. */
    byte[] region(String chrom, int zeroBasedStart, int length) {
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) 'N');
        int from = zeroBasedStart + 1;
        int to = zeroBasedStart + length;
        for (Window w : windows.get(chrom).subMap(windows.get(chrom).floorKey(from) == null ? from
                : windows.get(chrom).floorKey(from), true, to, true).values()) {
            int s = Math.max(from, w.start());
            int e = Math.min(to, w.end());
            if (s <= e) {
                System.arraycopy(w.bases(), s - w.start(), out, s - from, e - s + 1);
            }
        }
        return out;
    }
}
