package org.zenome.browser;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the genome browser shows for a case: the reference and the tracks in display order (typically the
 * case's variants, then one alignment track per sample with reads), and where to start.
 *
 * @param reference    the reference of the case's build
 * @param tracks       tracks top to bottom; names must be unique
 * @param initialLocus a locus such as {@code chr17:41196312-41277500}, or null for the first contig
 */
public record BrowserSession(ReferenceGenome reference, List<TrackSpec> tracks, String initialLocus) {

    public BrowserSession {
        Objects.requireNonNull(reference, "reference");
        tracks = List.copyOf(tracks);
        Set<String> names = new HashSet<>();
        reference.annotationTrack().ifPresent(t -> names.add(t.name()));
        for (TrackSpec t : tracks) {
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("two tracks are named " + t.name());
            }
        }
        if (initialLocus != null && initialLocus.isBlank()) {
            initialLocus = null;
        }
    }

    public static BrowserSession of(ReferenceGenome reference, List<TrackSpec> tracks) {
        return new BrowserSession(reference, tracks, null);
    }

    public BrowserSession withInitialLocus(String locus) {
        return new BrowserSession(reference, tracks, locus);
    }

    public Optional<String> initialLocusIfSet() {
        return Optional.ofNullable(initialLocus);
    }

    /** The alignment tracks, in order. */
    public List<TrackSpec> alignmentTracks() {
        return tracks.stream().filter(t -> t.kind() == TrackKind.ALIGNMENTS).toList();
    }
}
