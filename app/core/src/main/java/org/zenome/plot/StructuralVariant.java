package org.zenome.plot;

/**
 * A structural variant of a case as the SV list and arc plot show it.
 *
 * @param mateChrom the other end's chromosome (a breakend's mate; the same chromosome otherwise)
 * @param matePos   the other end's position (END, or the breakend's mate)
 * @param length    SVLEN when given, else NaN-free 0
 */
public record StructuralVariant(String chrom, int pos, String mateChrom, int matePos, String type, int length,
                                String gene, String filter, double tumourVaf) {
}
