package org.zenome.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zenome.domain.Contigs;
import org.zenome.domain.GenomeBuild;

/**
 * Decides the genome build of a VCF from its header: the lengths of the primary chromosomes (strongest
 * evidence), the {@code assembly} of the contig lines, and the {@code ##reference} line.
 */
public final class BuildDetector {

    /** The result: the build when the evidence agrees, the evidence in words, and any contradiction. */
    public record Detection(Optional<GenomeBuild> build, String evidence, boolean conflicting) {
    }

    private static final Map<String, long[]> LENGTHS = Map.of(
            // {GRCh37, GRCh38}
            "chr1", new long[] {249_250_621L, 248_956_422L},
            "chr2", new long[] {243_199_373L, 242_193_529L},
            "chr3", new long[] {198_022_430L, 198_295_559L},
            "chr7", new long[] {159_138_663L, 159_345_973L},
            "chr13", new long[] {115_169_878L, 114_364_328L},
            "chr17", new long[] {81_195_210L, 83_257_441L},
            "chr22", new long[] {51_304_566L, 50_818_468L},
            "chrX", new long[] {155_270_560L, 156_040_895L},
            "chrY", new long[] {59_373_566L, 57_227_415L});

    private BuildDetector() {
    }

    public static Detection detect(VcfHeader header) {
        Set<GenomeBuild> fromLengths = EnumSet.noneOf(GenomeBuild.class);
        Set<GenomeBuild> fromAssembly = EnumSet.noneOf(GenomeBuild.class);
        List<String> evidence = new ArrayList<>();
        for (VcfHeader.Contig c : header.contigs()) {
            String name = Contigs.normalise(c.id());
            long[] known = LENGTHS.get(name);
            if (known != null && c.length() > 0) {
                if (c.length() == known[0]) {
                    fromLengths.add(GenomeBuild.GRCh37);
                    evidence.add(c.id() + " length " + c.length() + " (GRCh37)");
                } else if (c.length() == known[1]) {
                    fromLengths.add(GenomeBuild.GRCh38);
                    evidence.add(c.id() + " length " + c.length() + " (GRCh38)");
                }
            }
            if (!c.assembly().isEmpty()) {
                GenomeBuild.parse(c.assembly()).ifPresent(fromAssembly::add);
            }
        }
        if (!fromAssembly.isEmpty()) {
            evidence.add("contig assembly " + fromAssembly);
        }
        Optional<GenomeBuild> fromReference = GenomeBuild.parse(header.reference());
        fromReference.ifPresent(b -> evidence.add("##reference=" + header.reference()));

        Set<GenomeBuild> all = EnumSet.noneOf(GenomeBuild.class);
        all.addAll(fromLengths);
        all.addAll(fromAssembly);
        fromReference.ifPresent(all::add);
        String words = evidence.isEmpty() ? "no build information in the header" : summarise(evidence);
        if (all.size() > 1) {
            // contig lengths are facts about the sequences; names in ##reference are often stale paths
            if (fromLengths.size() == 1) {
                return new Detection(Optional.of(fromLengths.iterator().next()), words, true);
            }
            return new Detection(Optional.empty(), words, true);
        }
        if (all.size() == 1) {
            return new Detection(Optional.of(all.iterator().next()), words, false);
        }
        return new Detection(Optional.empty(), words, false);
    }

    private static String summarise(List<String> evidence) {
        if (evidence.size() <= 3) {
            return String.join("; ", evidence);
        }
        return String.join("; ", evidence.subList(0, 3)) + "; and " + (evidence.size() - 3) + " more";
    }
}
