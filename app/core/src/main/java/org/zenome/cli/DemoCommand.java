package org.zenome.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zenome.demo.DemoAlignments;
import org.zenome.demo.DemoCaseGenerator;
import org.zenome.demo.DemoFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome demo --out DIR}: writes the synthetic demo case and lists the files (kind TAB path). */
@Command(name = "demo", description = {
    "Write Zenome's synthetic demo case into a directory: a germline trio and a tumour/normal pair (annotated",
    "VCFs with tabix indexes, PED), a synthetic GRCh38-shaped reference (bgzipped FASTA with .fai/.gzi), a gene",
    "annotation (GFF3) and simulated reads per sample (BAM and CRAM with indexes). The data are synthetic and",
    "the same seed always gives the same files. Prints one line per file: kind, a tab, the path."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the shipped demo case).")
    long seed = DemoCaseGenerator.DEFAULT_SEED;

    @Override
    public Integer call() {
        DemoFiles f;
        try {
            f = new DemoCaseGenerator(seed).generate(out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("zenome: cannot write the demo case to " + out + ": " + e);
            return ZenomeCli.FAILURE;
        }
        PrintWriter w = spec.commandLine().getOut();
        line(w, "trio-vcf", f.trioVcf());
        line(w, "trio-vcf-index", f.trioVcfIndex());
        line(w, "trio-ped", f.trioPed());
        line(w, "tumour-normal-vcf", f.tumourNormalVcf());
        line(w, "tumour-normal-vcf-index", f.tumourNormalVcfIndex());
        line(w, "tumour-normal-samples", f.tumourNormalSampleSheet());
        line(w, "reference", f.reference());
        line(w, "reference-fai", f.referenceFai());
        line(w, "reference-gzi", f.referenceGzi());
        line(w, "reference-dict", f.referenceDict());
        line(w, "genes", f.genes());
        line(w, "findings", f.findings());
        line(w, "readme", f.readme());
        for (DemoAlignments a : f.alignments().values()) {
            line(w, "bam:" + a.sample(), a.bam());
            line(w, "bai:" + a.sample(), a.bai());
            line(w, "cram:" + a.sample(), a.cram());
            line(w, "crai:" + a.sample(), a.crai());
        }
        w.flush();
        return ZenomeCli.OK;
    }

    private static void line(PrintWriter w, String kind, Path p) {
        w.println(kind + "\t" + p.toAbsolutePath().normalize());
    }
}
