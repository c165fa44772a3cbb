package org.zenome.ui;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the synthetic demo data (a trio with its PED and a tumour/normal pair) that the first start offers
 * to import. The composition root adapts the project's demo generator to it.
 */
public interface DemoCaseProvider {

    /** Generates the demo files into {@code dir} (created if needed) and returns where they are. */
    DemoFiles generate(Path dir) throws IOException;

    /**
     * The generated files.
     *
     * @param trioVcf         germline trio VCF
     * @param trioPed         its pedigree
     * @param tumourNormalVcf somatic tumour/normal VCF
     * @param reference       the synthetic reference the reads were simulated from (indexed FASTA)
     * @param genes           its gene annotation
     * @param alignments      sample name → its reads (BAM with index), for the genome browser
     */
    record DemoFiles(Path trioVcf, Path trioPed, Path tumourNormalVcf, Path reference, Path genes,
                     java.util.Map<String, Path> alignments) {
        public DemoFiles {
            alignments = alignments == null ? java.util.Map.of() : java.util.Map.copyOf(alignments);
        }

        public DemoFiles(Path trioVcf, Path trioPed, Path tumourNormalVcf) {
            this(trioVcf, trioPed, tumourNormalVcf, null, null, java.util.Map.of());
        }
    }
}
