package org.zenome.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zenome.domain.Sample;

/**
 * What the demo generator wrote.
 *
 * @param directory              the output directory
 * @param trioVcf                germline trio VCF (bgzipped)
 * @param trioVcfIndex           its tabix index
 * @param trioPed                the trio's pedigree (6-column PED, family DEMO-FAM)
 * @param trioSamples            the trio's samples in VCF column order, with roles and sexes
 * @param tumourNormalVcf        tumour/normal VCF (bgzipped, Mutect2-like)
 * @param tumourNormalVcfIndex   its tabix index
 * @param tumourNormalSampleSheet samples of the tumour/normal case (sample, role, sex; TSV)
 * @param tumourNormalSamples    the tumour/normal samples in VCF column order
 * @param reference              the synthetic GRCh38-shaped reference (bgzipped FASTA)
 * @param referenceFai           its .fai
 * @param referenceGzi           its .gzi
 * @param referenceDict          its sequence dictionary
 * @param genes                  gene annotation of the demo genes (GFF3)
 * @param findings               the curated findings and where they ended up (TSV, an answer key)
 * @param readme                 what the files are (text)
 * @param alignments             reads per sample name, in sample order (trio first)
 */
public record DemoFiles(Path directory, Path trioVcf, Path trioVcfIndex, Path trioPed, List<Sample> trioSamples,
                        Path tumourNormalVcf, Path tumourNormalVcfIndex, Path tumourNormalSampleSheet,
                        List<Sample> tumourNormalSamples, Path reference, Path referenceFai, Path referenceGzi,
                        Path referenceDict, Path genes, Path findings, Path readme,
                        Map<String, DemoAlignments> alignments) {
    public DemoFiles {
        trioSamples = List.copyOf(trioSamples);
        tumourNormalSamples = List.copyOf(tumourNormalSamples);
        alignments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alignments));
    }

    /** Every file written, in a fixed order. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>(List.of(trioVcf, trioVcfIndex, trioPed, tumourNormalVcf,
                tumourNormalVcfIndex, tumourNormalSampleSheet, reference, referenceFai, referenceGzi, referenceDict,
                genes, findings, readme));
        for (DemoAlignments a : alignments.values()) {
            out.addAll(a.files());
        }
        return out;
    }

    /** The reads of a sample. */
    public DemoAlignments alignments(String sample) {
        DemoAlignments a = alignments.get(sample);
        if (a == null) {
            throw new IllegalArgumentException("no demo reads for " + sample);
        }
        return a;
    }
}
