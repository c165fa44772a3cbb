package org.zenome.plugin;

/**
 * Read access to a reference genome sequence, for left-aligning indels ({@link VariantKey#leftAligned}). Contig
 * names are matched as {@link VariantKey#contig} does ({@code chr17} and {@code 17} are the same contig).
 */
public interface ReferenceBases {

    /**
     * The base at a 1-based position, upper-case, or {@code 0} when the contig is not in the reference or the
     * position is outside it.
     */
    char base(String contig, long position);

    /** Bases {@code start..end} (1-based, inclusive), upper-case; null when any of them is outside the reference. */
    default String bases(String contig, long start, long end) {
        StringBuilder b = new StringBuilder((int) Math.max(0, end - start + 1));
        for (long p = start; p <= end; p++) {
            char c = base(contig, p);
            if (c == 0) {
                return null;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** What the sequence is, for messages (e.g. the FASTA path). */
    String describe();
}
