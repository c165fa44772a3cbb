package org.zenome.plot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zenome.domain.Contigs;
import org.zenome.domain.GenomeBuild;

/** The primary chromosomes of a build laid end to end: the x axis of the genome-wide plots. */
public final class GenomeAxis {
    private static final long[] GRCH37 = {249250621, 243199373, 198022430, 191154276, 180915260, 171115067,
        159138663, 146364022, 141213431, 135534747, 135006516, 133851895, 115169878, 107349540, 102531392, 90354753,
        81195210, 78077248, 59128983, 63025520, 48129895, 51304566, 155270560, 59373566};
    private static final long[] GRCH38 = {248956422, 242193529, 198295559, 190214555, 181538259, 170805979,
        159345973, 145138636, 138394717, 133797422, 135086622, 133275309, 114364328, 107043718, 101991189, 90338345,
        83257441, 80373285, 58617616, 64444167, 46709983, 50818468, 156040895, 57227415};

    private final Map<String, Long> offsets = new LinkedHashMap<>();
    private final Map<String, Long> lengths = new LinkedHashMap<>();
    private final long total;

    public GenomeAxis(GenomeBuild build) {
        long[] len = build == GenomeBuild.GRCh37 ? GRCH37 : GRCH38;
        long off = 0;
        for (int i = 0; i < len.length; i++) {
            String name = i < 22 ? "chr" + (i + 1) : i == 22 ? "chrX" : "chrY";
            offsets.put(name, off);
            lengths.put(name, len[i]);
            off += len[i];
        }
        total = off;
    }

    /** Position along the whole genome (bases), or -1 for a contig off the axis (chrM, alternates). */
    public long position(String contig, long pos) {
        Long off = offsets.get(Contigs.normalise(contig));
        return off == null ? -1 : off + pos;
    }

    public long total() {
        return total;
    }

    /** Chromosome names in order with their start on the axis. */
    public Map<String, Long> starts() {
        return java.util.Collections.unmodifiableMap(offsets);
    }

    public long length(String chrom) {
        Long l = lengths.get(Contigs.normalise(chrom));
        return l == null ? 0 : l;
    }
}
