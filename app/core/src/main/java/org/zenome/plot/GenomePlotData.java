package org.zenome.plot;

import java.util.List;

/**
 * What the genome-wide pictures of a case draw, gathered from its findings.
 *
 * @param bafPositions  genome positions of the germline heterozygous sites (normal's, else the sample's own)
 * @param baf           the tumour's (else the sample's) B-allele fraction there
 * @param vafPositions  genome positions of the somatic (PASS, tumour) SNVs and indels
 * @param vaf           their tumour allele fraction
 * @param ratioPositions genome positions with tumour and normal depth
 * @param log2Ratio     log2 of the tumour/normal depth ratio, centred on its median
 * @param spectrum      the SNV spectrum (null when no reference was found)
 */
public record GenomePlotData(double[] bafPositions, double[] baf, double[] vafPositions, double[] vaf,
                            double[] ratioPositions, double[] log2Ratio, List<StructuralVariant> structuralVariants,
                            Spectrum spectrum) {
}
