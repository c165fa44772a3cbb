package org.zenome.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.Sample;

/**
 * Generates Zenome's synthetic demo case: a germline trio and a tumour/normal pair as annotated VCFs, a matching
 * synthetic GRCh38-shaped reference with a gene annotation, and simulated reads (BAM and CRAM) around the curated
 * findings. The output depends only on the seed: two runs with the same seed write byte-identical files.
 *
 * <p>The data are clearly labelled as synthetic in every file header. Nothing is copied from real patients or
 * public data sets; real gene symbols and transcript identifiers are used so that the demo reads like a real case.
 */
public final class DemoCaseGenerator {
    /** The seed of the demo case the application ships. */
    public static final long DEFAULT_SEED = 20_250_401L;

    public static final String TRIO_VCF = "demo-trio.vcf.gz";
    public static final String TRIO_PED = "demo-trio.ped";
    public static final String TUMOUR_NORMAL_VCF = "demo-tumour-normal.vcf.gz";
    public static final String TUMOUR_NORMAL_SAMPLES = "demo-tumour-normal.samples.tsv";
    public static final String REFERENCE = "demo-reference.fa.gz";
    public static final String GENES = "demo-genes.gff3";
    public static final String FINDINGS = "demo-findings.tsv";
    public static final String README = "README-demo.txt";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCaseGenerator.class);

    private final long seed;

    public DemoCaseGenerator() {
        this(DEFAULT_SEED);
    }

    public DemoCaseGenerator(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The trio's samples (proband, mother, father) in VCF column order. */
    public static List<Sample> trioSamples() {
        return DemoCaseBuilder.TRIO;
    }

    /** The tumour/normal samples in VCF column order. */
    public static List<Sample> tumourNormalSamples() {
        return DemoCaseBuilder.TUMOUR_NORMAL;
    }

    /**
     * Writes the demo case into {@code directory} (created if needed; files of the same names are replaced).
     *
     * @return the paths written
     */
    public DemoFiles generate(Path directory) throws IOException {
        Files.createDirectories(directory);
        long t0 = System.nanoTime();
        DemoCaseBuilder.DemoCase c = new DemoCaseBuilder(seed).build();
        long t1 = System.nanoTime();

        Path trioVcf = directory.resolve(TRIO_VCF);
        Path tnVcf = directory.resolve(TUMOUR_NORMAL_VCF);
        VcfFileWriter.write(trioVcf, DemoCaseBuilder.TRIO, c.trio(), false, seed);
        VcfFileWriter.write(tnVcf, DemoCaseBuilder.TUMOUR_NORMAL, c.tumourNormal(), true, seed);
        Path ped = directory.resolve(TRIO_PED);
        CaseSheets.ped(ped, DemoCaseBuilder.TRIO);
        Path sheet = directory.resolve(TUMOUR_NORMAL_SAMPLES);
        CaseSheets.sampleSheet(sheet, DemoCaseBuilder.TUMOUR_NORMAL);

        long t2 = System.nanoTime();
        Path fasta = directory.resolve(REFERENCE);
        Path fai = directory.resolve(REFERENCE + ".fai");
        Path gzi = directory.resolve(REFERENCE + ".gzi");
        Path dict = directory.resolve("demo-reference.dict");
        new ReferenceFastaWriter(c.reference()).write(fasta, fai, gzi, dict);
        Path genes = directory.resolve(GENES);
        Gff3Writer.write(genes, c.models());

        long t3 = System.nanoTime();
        AlignmentFileWriter alignmentWriter = new AlignmentFileWriter(c.reference());
        Map<String, DemoAlignments> alignments = new LinkedHashMap<>();
        List<Sample> all = new ArrayList<>(DemoCaseBuilder.TRIO);
        all.addAll(DemoCaseBuilder.TUMOUR_NORMAL);
        for (Sample s : all) {
            String stem = CaseSheets.fileStem(s);
            DemoAlignments a = new DemoAlignments(s.name(), directory.resolve(stem + ".bam"),
                    directory.resolve(stem + ".bam.bai"), directory.resolve(stem + ".cram"),
                    directory.resolve(stem + ".cram.crai"));
            alignmentWriter.bam(c.headers().get(s.name()), c.reads().get(s.name()), a.bam(), a.bai());
            alignmentWriter.cram(c.headers().get(s.name()), c.reads().get(s.name()), a.cram(), a.crai());
            alignments.put(s.name(), a);
        }
        long t4 = System.nanoTime();
        LOG.debug("demo case: built in {} ms, VCFs {} ms, reference {} ms, reads {} ms", ms(t0, t1), ms(t1, t2),
                ms(t2, t3), ms(t3, t4));
        Path findings = directory.resolve(FINDINGS);
        CaseSheets.findings(findings, c.trio(), DemoCaseBuilder.TRIO, c.tumourNormal(), DemoCaseBuilder.TUMOUR_NORMAL);
        Path readme = directory.resolve(README);
        CaseSheets.readme(readme, seed, c.trio().size(), c.tumourNormal().size(), c.reference().sequencedBases());
        return new DemoFiles(directory, trioVcf, directory.resolve(TRIO_VCF + ".tbi"), ped, DemoCaseBuilder.TRIO,
                tnVcf, directory.resolve(TUMOUR_NORMAL_VCF + ".tbi"), sheet, DemoCaseBuilder.TUMOUR_NORMAL, fasta,
                fai, gzi, dict, genes, findings, readme, alignments);
    }
}
