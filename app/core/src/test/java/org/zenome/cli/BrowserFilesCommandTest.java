package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.tribble.index.tabix.TabixIndex;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.TrackKind;
import org.zenome.browser.TrackSpec;
import org.zenome.casefiles.BrowserSetupException;
import org.zenome.casefiles.CaseBrowserSessions;
import org.zenome.casefiles.LocusResolver;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.SourceFile;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * {@code zenome import --bam}, {@code zenome reference set|list} and the case's browser session, on the real
 * 1000 Genomes reads and reference excerpt (GRCh37 17:1-4200, HG00100 and HG00101) read in place, with a small
 * VCF of those two samples written here.
 */
class BrowserFilesCommandTest {
    @TempDir
    Path dir;
    Path data;
    Path db;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void sharedData() {
        String root = System.getProperty("zenome.shared.data");
        assumeTrue(root != null && !root.isBlank(), "system property zenome.shared.data is not set");
        data = Path.of(root).resolve("reference_and_reads/grch37_17_1-4200_1000G").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(data), "shared test data not present: " + data);
        db = dir.resolve("cases.db");
    }

    private static final String HEADER = """
            ##fileformat=VCFv4.2
            ##reference=GRCh37
            ##contig=<ID=17,length=81195210>
            ##contig=<ID=5,length=180915260>
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tHG00100\tHG00101
            """;

    private Path vcf(String name, String contig) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, HEADER + records(contig), StandardCharsets.UTF_8);
        return p;
    }

    private static String records(String contig) {
        return contig + "\t1200\t.\tC\tT\t50\tPASS\t.\tGT\t0/1\t0/0\n"
                + contig + "\t2400\t.\tG\tA\t50\tPASS\t.\tGT\t1/1\t0/1\n"
                + contig + "\t3600\t.\tA\tG\t50\tPASS\t.\tGT\t0/0\t0/1\n";
    }

    private Path bgzippedVcf(String name) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new BlockCompressedOutputStream(p.toFile())) {
            out.write((HEADER + records("17")).getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private Result importWithReads(String caseId, Path vcf, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--db", db.toString(), "--case", caseId,
                "--sample", "HG00100=proband", "--sample", "HG00101=mother", "-q"));
        args.addAll(List.of(extra));
        args.add(vcf.toString());
        return run(args.toArray(String[]::new));
    }

    @Test
    void importRecordsEachSamplesReadsAndTheBrowserShowsThem() throws Exception {
        Path bam = data.resolve("HG00100.17_1-4200.bam");
        Path cram = data.resolve("HG00101.17_1-4200.cram");
        Result r = importWithReads("C1", vcf("c1.vcf", "17"), "--bam", "HG00100=" + bam, "--bam", "HG00101=" + cram);
        assertThat(r.code()).as(r.err()).isZero();

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            CaseSummary c = store.cases().find("C1").orElseThrow();
            List<SourceFile> reads = store.cases().sourceFiles(c.id()).stream().filter(SourceFile::isAlignments).toList();
            assertThat(reads).extracting(SourceFile::kind, SourceFile::sampleName, SourceFile::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("BAM", "HG00100", bam.toString()),
                    org.assertj.core.groups.Tuple.tuple("CRAM", "HG00101", cram.toString()));
            assertThat(reads.get(0).size()).isEqualTo(Files.size(bam));

            // no reference for GRCh37 yet: the browser says what to do
            BrowserSetupException none = assertThrows(BrowserSetupException.class,
                    () -> new CaseBrowserSessions(store).forCase(c));
            assertThat(none.problem()).isEqualTo(BrowserSetupException.Problem.NO_REFERENCE);
            assertThat(none.getMessage()).contains("zenome reference set --build GRCh37");
        }

        Result set = run("reference", "set", "--db", db.toString(), "--build", "GRCh37", "--fasta",
                data.resolve("ref_17_1-4200.fa").toString());
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("reference GRCh37: ").contains("(1 sequences)");
        Result list = run("reference", "list", "--db", db.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out().lines().toList()).containsExactly("build\tfasta\tannotation\tcytoband\tupdated\tstatus",
                list.out().lines().toList().get(1));
        assertThat(list.out().lines().toList().get(1)).startsWith("GRCh37\t" + data.resolve("ref_17_1-4200.fa") + "\t\t\t")
                .endsWith("\tok");

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            CaseSummary c = store.cases().find("C1").orElseThrow();
            CaseBrowserSessions.Setup setup = new CaseBrowserSessions(store).forCase(c);
            BrowserSession s = setup.session();
            assertThat(s.reference().fasta()).isEqualTo(data.resolve("ref_17_1-4200.fa"));
            assertThat(s.tracks()).extracting(TrackSpec::name, TrackSpec::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Variants", TrackKind.VARIANTS),
                    org.assertj.core.groups.Tuple.tuple("HG00100 (proband)", TrackKind.ALIGNMENTS),
                    org.assertj.core.groups.Tuple.tuple("HG00101 (mother)", TrackKind.ALIGNMENTS));
            assertThat(s.tracks().get(2).index()).isEqualTo(data.resolve("HG00101.17_1-4200.cram.crai"));
            assertThat(setup.missingContigs()).isEmpty();
            assertThat(setup.unavailable()).isEmpty();

            // the locus box: a region, a finding as the table labels it, and a gene symbol for igv.js
            LocusResolver locus = new LocusResolver(store.findings(), c.id());
            assertThat(locus.resolve("17:1,000-2,000")).contains(new LocusResolver.Locus("17:1000-2000"));
            assertThat(locus.resolve("17:2400 G>A").orElseThrow()).isInstanceOf(LocusResolver.Variant.class)
                    .extracting(t -> ((LocusResolver.Variant) t).finding().pos()).isEqualTo(2400);
            assertThat(locus.resolve("17:2400 G>A").orElseThrow().igvLocus()).isEqualTo("chr17:2350-2450"); // the store names contigs chrN; igv.js aliases it
            assertThat(locus.resolve("BRCA1")).contains(new LocusResolver.Gene("BRCA1"));
            assertThat(locus.resolve("BRCA1:c.68_69del")).isEmpty(); // no finding of the case is described so
        }
    }

    @Test
    void contigsOfAnotherNamingAreRefused() throws Exception {
        assertThat(importWithReads("C5", vcf("c5.vcf", "5")).code()).isZero();
        assertThat(run("reference", "set", "--db", db.toString(), "--build", "GRCh37", "--fasta",
                data.resolve("ref_17_1-4200.fa").toString()).code()).isZero();
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            BrowserSetupException e = assertThrows(BrowserSetupException.class,
                    () -> new CaseBrowserSessions(store).forCase(store.cases().find("C5").orElseThrow()));
            assertThat(e.problem()).isEqualTo(BrowserSetupException.Problem.CONTIGS_DO_NOT_MATCH);
            assertThat(e.getMessage()).contains("(5)").contains("ref_17_1-4200.fa");
        }
    }

    @Test
    void readsWithoutIndexOrOfAnUnknownSampleAreRefusedAndNothingIsStored() throws Exception {
        Path unindexed = dir.resolve("HG00100.bam");
        Files.copy(data.resolve("HG00100.17_1-4200.bam"), unindexed);
        Result noIndex = importWithReads("C2", vcf("c2.vcf", "17"), "--bam", "HG00100=" + unindexed);
        assertThat(noIndex.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(noIndex.err()).isEqualTo("zenome: " + unindexed + ": no index found beside it (.bai, .csi); "
                + "create it with samtools index" + System.lineSeparator());

        Result unknown = importWithReads("C2", vcf("c2.vcf", "17"), "--bam",
                "NA12878=" + data.resolve("HG00100.17_1-4200.bam"));
        assertThat(unknown.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(unknown.err()).contains("reads given for sample 'NA12878', which is not in the VCF (samples: HG00100, HG00101)");

        Result missing = importWithReads("C2", vcf("c2.vcf", "17"), "--bam", "HG00100=" + dir.resolve("gone.bam"));
        assertThat(missing.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(missing.err()).contains("gone.bam: file not found or not readable");

        Result notReads = importWithReads("C2", vcf("c2.vcf", "17"), "--bam", "HG00100=" + data.resolve("ref_17_1-4200.fa"));
        assertThat(notReads.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(notReads.err()).contains("reads must be BAM or CRAM");

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            assertThat(store.cases().list()).isEmpty();
        }
    }

    @Test
    void referenceSetRefusesFilesTheBrowserCannotRead() throws Exception {
        Path fa = dir.resolve("ref.fa");
        Files.copy(data.resolve("ref_17_1-4200.fa"), fa);
        Result noFai = run("reference", "set", "--db", db.toString(), "--build", "GRCh37", "--fasta", fa.toString());
        assertThat(noFai.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(noFai.err()).contains(fa + ": no index found beside it (.fai); create it with samtools faidx");

        Result notFasta = run("reference", "set", "--db", db.toString(), "--build", "GRCh37", "--fasta",
                data.resolve("HG00100.17_1-4200.bam").toString());
        assertThat(notFasta.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(notFasta.err()).contains("the reference must be a FASTA");

        Result badGenes = run("reference", "set", "--db", db.toString(), "--build", "GRCh37", "--fasta",
                data.resolve("ref_17_1-4200.fa").toString(), "--annotation", data.resolve("HG00100.17_1-4200.bam").toString());
        assertThat(badGenes.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(badGenes.err()).contains("annotation must be GFF3, GTF, BED or refGene");

        Result badBuild = run("reference", "set", "--db", db.toString(), "--build", "hg18", "--fasta", fa.toString());
        assertThat(badBuild.code()).isEqualTo(ZenomeCli.USAGE);

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            assertThat(store.references().list()).isEmpty();
        }
    }

    @Test
    void theStoresVcfCopyGetsATabixIndexForTheBrowser() throws Exception {
        assertThat(importWithReads("GZ", bgzippedVcf("gz.vcf.gz")).code()).isZero();
        assertThat(run("reference", "set", "--db", db.toString(), "--build", "GRCh37", "--fasta",
                data.resolve("ref_17_1-4200.fa").toString()).code()).isZero();
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            CaseSummary c = store.cases().find("GZ").orElseThrow();
            Path copy = store.cases().variantFile(c.id()).orElseThrow();
            Path tbi = copy.resolveSibling(copy.getFileName() + ".tbi");
            assertThat(tbi).doesNotExist(); // the pipeline gave none: built on first use
            TrackSpec variants = new CaseBrowserSessions(store).forCase(c).session().tracks().get(0);
            assertThat(variants.file()).isEqualTo(copy);
            assertThat(variants.index()).isEqualTo(tbi);
            TabixIndex index = new TabixIndex(tbi);
            assertThat(index.getSequenceNames()).containsExactly("17");
            assertThat(index.containsChromosome("17")).isTrue();
        }
    }
}
