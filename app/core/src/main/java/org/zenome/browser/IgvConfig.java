package org.zenome.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the igv.js configuration for a {@link BrowserSession}. Every file is turned into a URL by the given
 * {@link UrlResolver} (in the application, {@link LoopbackFileServer#register}), so the configuration names
 * no local path and no remote host.
 *
 * <p>Choices that keep igv.js offline: {@code loadDefaultGenomes: false} (igv.js would otherwise fetch its
 * genome list from the internet), {@code search: false} (no web locus search; gene symbols are found in the
 * reference's annotation track, which is {@code searchable}), the genome given as a local FASTA under an id
 * that is not one of igv.js's hosted genomes, and no track that refers to a remote service.
 */
public final class IgvConfig {
    /** Height in pixels of the coverage part of an alignment track. */
    static final int COVERAGE_HEIGHT = 40;
    /** Height in pixels of an alignment track (reads scroll inside it). */
    static final int ALIGNMENT_HEIGHT = 220;
    /** Reads are loaded only when the view is narrower than this (igv.js default 30 kb). */
    static final int ALIGNMENT_VISIBILITY_WINDOW = 30_000;

    private IgvConfig() {
    }

    /** Turns a local file into the URL igv.js reads it from. */
    @FunctionalInterface
    public interface UrlResolver {
        URI urlFor(Path file) throws IOException;

        /** The htsget URL of reads served as BAM ({@link TrackSpec#isServedAsBam()}). */
        default URI bamRegionsFor(TrackSpec reads) throws IOException {
            throw new IOException("reads served as BAM need the loopback server: " + reads.file());
        }
    }

    /** The whole browser configuration, as JSON. */
    public static String browserJson(BrowserSession session, UrlResolver urls) throws IOException {
        return Json.write(browser(session, urls));
    }

    /** The configuration of one track, as JSON (for loading a track into an open browser). */
    public static String trackJson(TrackSpec track, UrlResolver urls) throws IOException {
        return Json.write(track(track, urls, 0));
    }

    static Map<String, Object> browser(BrowserSession session, UrlResolver urls) throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("loadDefaultGenomes", false);
        c.put("search", false);
        c.put("queryParametersSupported", false);
        c.put("showSVGButton", false);           // WebView cannot download; snapshots go through the bridge
        c.put("showCircularViewButton", false);
        c.put("showCenterGuide", true);           // the selected variant sits on the centre line
        c.put("showSampleNames", true);            // genotype rows of the variant track carry the sample name
        c.put("reference", reference(session.reference(), urls));
        session.initialLocusIfSet().ifPresent(locus -> c.put("locus", locus));
        List<Object> tracks = new ArrayList<>();
        int order = 1;
        for (TrackSpec t : session.tracks()) {
            tracks.add(track(t, urls, order++));
        }
        c.put("tracks", tracks);
        return c;
    }

    static Map<String, Object> reference(ReferenceGenome ref, UrlResolver urls) throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", ref.igvId());
        r.put("name", ref.build().name());
        r.put("fastaURL", urls.urlFor(ref.fasta()).toString());
        r.put("indexURL", urls.urlFor(ref.fastaIndex()).toString());
        if (ref.compressedIndexFile().isPresent()) {
            r.put("compressedIndexURL", urls.urlFor(ref.compressedIndex()).toString());
        }
        if (ref.cytobandFile().isPresent()) {
            r.put("cytobandURL", urls.urlFor(ref.cytoband()).toString());
        }
        if (ref.annotationTrack().isPresent()) {
            r.put("tracks", List.of(track(ref.annotation(), urls, 0)));
        }
        return r;
    }

    static Map<String, Object> track(TrackSpec t, UrlResolver urls, int order) throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", t.kind().igvType());
        c.put("name", t.name());
        if (t.isServedAsBam()) {
            // decoded by Zenome, read by igv.js region by region as BAM (htsget); no index needed
            c.put("format", "bam");
            c.put("sourceType", "htsget");
            c.put("url", urls.bamRegionsFor(t).toString());
        } else {
            c.put("format", t.igvFormat());
            c.put("url", urls.urlFor(t.file()).toString());
        }
        if (t.isServedAsBam()) {
            // no index: the server finds the region
        } else if (t.indexFile().isPresent()) {
            c.put("indexURL", urls.urlFor(t.index()).toString());
        } else if (t.kind() != TrackKind.COVERAGE) {
            c.put("indexed", false);
        }
        if (order > 0) {
            c.put("order", order);
        }
        switch (t.kind()) {
            case ALIGNMENTS -> {
                c.put("showCoverage", true);
                c.put("coverageTrackHeight", COVERAGE_HEIGHT);
                c.put("showMismatches", true);
                c.put("showSoftClips", false);
                c.put("displayMode", "EXPANDED");
                c.put("height", ALIGNMENT_HEIGHT);
                c.put("visibilityWindow", ALIGNMENT_VISIBILITY_WINDOW);
            }
            case VARIANTS -> {
                c.put("displayMode", "EXPANDED");
                c.put("showGenotypes", true);
                c.put("autoHeight", true);                  // one genotype row per sample, all visible
                c.put("visibilityWindow", 1_000_000);
            }
            case ANNOTATION -> {
                c.put("displayMode", "EXPANDED");
                c.put("searchable", t.indexFile().isEmpty()); // a whole-file track can be searched by gene symbol
            }
            case COVERAGE -> c.put("autoscale", true);
        }
        return c;
    }
}
