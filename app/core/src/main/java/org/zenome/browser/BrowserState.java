package org.zenome.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What igv.js shows right now, as reported through the bridge: the locus and, per track, the interval whose
 * data it has loaded and how much it found there.
 *
 * @param locus  {@code chr:start-end}, 1-based inclusive
 * @param tracks top to bottom, without igv's ruler and sequence tracks
 */
public record BrowserState(String igvVersion, String locus, List<TrackState> tracks) {

    public BrowserState {
        tracks = List.copyOf(tracks);
    }

    /**
     * One track.
     *
     * @param loadedChrom  contig of the loaded data, or null when nothing is loaded
     * @param loadedStart  0-based start of the loaded interval
     * @param loadedEnd    end of the loaded interval (exclusive)
     * @param featureCount features loaded that overlap the loaded interval (alignments, variants, genes...)
     * @param inView       of those, the ones overlapping the current locus
     * @param maxDepth     alignment tracks: highest coverage in the current locus; else 0
     */
    public record TrackState(String name, String type, String format, String loadedChrom, long loadedStart,
                             long loadedEnd, int featureCount, int inView, int maxDepth) {

        /** True when data for the whole of {@code chrom:start-end} (1-based) is loaded. */
        public boolean covers(String chrom, long start, long end) {
            return chrom.equals(loadedChrom) && loadedStart <= start - 1 && loadedEnd >= end;
        }
    }

    public Optional<TrackState> track(String name) {
        return tracks.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Reads the JSON the page's {@code state} command returns. */
    public static BrowserState fromJson(String json) {
        Map<String, Object> m = Json.parseObject(json);
        List<TrackState> tracks = new ArrayList<>();
        Object list = m.get("tracks");
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> t) {
                    tracks.add(new TrackState(str(t.get("name")), str(t.get("type")), str(t.get("format")),
                            str(t.get("chr")), num(t.get("start")), num(t.get("end")),
                            (int) num(t.get("count")), (int) num(t.get("inView")), (int) num(t.get("maxDepth"))));
                }
            }
        }
        return new BrowserState(str(m.get("igvVersion")), str(m.get("locus")), tracks);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static long num(Object o) {
        return o instanceof Number n ? (long) Math.floor(n.doubleValue()) : 0;
    }
}
