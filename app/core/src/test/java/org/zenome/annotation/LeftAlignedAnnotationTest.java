package org.zenome.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Annotation matched on left-aligned indels: a case VCF that writes its indels right-shifted in a homopolymer and in
 * a dinucleotide repeat finds the left-aligned ClinVar and gnomAD-style records once the build has a reference FASTA
 * ({@code zenome reference set}), and does not without one (the command says so once). SNVs and the alleles of a
 * multi-allelic record match either way. Fixture reference, case and sources are written here.
 */
class LeftAlignedAnnotationTest {
    /** chr1, 1-based: 1-10 ACGTGCATGC, 11-16 AAAAAA, 17-20 GCTG, 21-28 CACACACA, 29-34 TGGTCA, filler. */
    static final String CHR1 = "ACGTGCATGC" + "AAAAAA" + "GCTG" + "CACACACA" + "TGGTCA" + "GATTACAGATTACAGATTAC";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void rightShiftedIndelsOfTheCaseFindTheLeftAlignedRecordsWithAReference() throws Exception {
        Path fasta = dir.resolve("fixture.fa");
        Files.writeString(fasta, ">chr1\n" + CHR1.substring(0, 40) + "\n" + CHR1.substring(40) + "\n");
        Files.writeString(dir.resolve("fixture.fa.fai"), "chr1\t" + CHR1.length() + "\t6\t40\t41\n");
        Path caseVcf = write("case.vcf", "##fileformat=VCFv4.2\n##reference=GRCh38\n"
                + "##contig=<ID=chr1,length=248956422,assembly=GRCh38>\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPROBAND\n"
                + "chr1\t15\t.\tAA\tA\t60\tPASS\t.\tGT\t0/1\n" // homopolymer deletion, last A of the run
                + "chr1\t16\t.\tA\tAA\t60\tPASS\t.\tGT\t0/1\n" // homopolymer insertion after the run
                + "chr1\t26\t.\tACA\tA\t60\tPASS\t.\tGT\t0/1\n" // CA deleted at the end of (CA)4
                + "chr1\t28\t.\tA\tACA\t60\tPASS\t.\tGT\t0/1\n" // CA inserted after (CA)4
                + "chr1\t31\t.\tG\tT\t60\tPASS\t.\tGT\t0/1\n" // SNV
                + "chr1\t33\t.\tC\tA,G\t60\tPASS\t.\tGT\t1/2\n"); // multi-allelic SNV
        Path clinvar = write("clinvar_fixture.vcf", "##fileformat=VCFv4.1\n##fileDate=2026-02-26\n##source=ClinVar\n"
                + "##reference=GRCh38\n"
                + "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"significance\">\n"
                + "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"review status\">\n"
                + "##INFO=<ID=CLNDN,Number=.,Type=String,Description=\"conditions\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "1\t10\t1001\tCA\tC\t.\t.\tCLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_multiple_submitters,"
                + "_no_conflicts;CLNDN=Homopolymer_deletion_syndrome\n"
                + "1\t10\t1002\tC\tCA\t.\t.\tCLNSIG=Likely_pathogenic;CLNREVSTAT=reviewed_by_expert_panel;CLNDN=X\n"
                + "1\t20\t1003\tGCA\tG\t.\t.\tCLNSIG=Benign;CLNREVSTAT=criteria_provided,_single_submitter;CLNDN=Y\n"
                + "1\t20\t1004\tG\tGCA\t.\t.\tCLNSIG=Uncertain_significance;CLNREVSTAT=no_assertion_criteria_provided;"
                + "CLNDN=Z\n"
                + "1\t31\t1005\tG\tT\t.\t.\tCLNSIG=Likely_benign;CLNREVSTAT=criteria_provided,_single_submitter;CLNDN=W\n"
                + "1\t33\t1006\tC\tG\t.\t.\tCLNSIG=Benign;CLNREVSTAT=criteria_provided,_single_submitter;CLNDN=V\n");
        Path gnomad = write("gnomad_fixture_v4.0.vcf", "##fileformat=VCFv4.2\n##reference=GRCh38\n"
                + "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"AC\">\n"
                + "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"AN\">\n"
                + "##INFO=<ID=AF,Number=A,Type=Float,Description=\"AF\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "chr1\t10\t.\tCA\tC\t.\tPASS\tAC=1;AN=1000;AF=0.001\n"
                + "chr1\t10\t.\tC\tCA\t.\tPASS\tAC=2;AN=1000;AF=0.002\n"
                + "chr1\t20\t.\tGCA\tG\t.\tPASS\tAC=3;AN=1000;AF=0.003\n"
                + "chr1\t20\t.\tG\tGCA\t.\tPASS\tAC=4;AN=1000;AF=0.004\n"
                + "chr1\t31\t.\tG\tT\t.\tPASS\tAC=5;AN=1000;AF=0.005\n"
                + "chr1\t33\t.\tC\tA,G\t.\tPASS\tAC=6,7;AN=1000;AF=0.006,0.007\n");
        String db = dir.resolve("z.db").toString();
        Result imp = run("import", "--db", db, "--case", "LA1", "--build", "GRCh38", "--sample", "PROBAND=proband",
                "-q", caseVcf.toString());
        assertThat(imp.code()).as(imp.err()).isZero();

        // no reference for GRCh38: indels as written, said once; only the SNVs match
        Result before = run("annotate", "--db", db, "--case", "LA1", "--plugin", "clinvar", "--plugins",
                dir.resolve("none").toString(), clinvar.toString());
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.err()).containsOnlyOnce("not left-aligned").contains("no reference FASTA for GRCh38");
        assertThat(before.out()).endsWith("\t7\t2\n");

        Result ref = run("reference", "set", "--db", db, "--build", "GRCh38", "--fasta", fasta.toString());
        assertThat(ref.code()).as(ref.err()).isZero();
        Result cv = run("annotate", "--db", db, "--case", "LA1", "--plugin", "clinvar", "--plugins",
                dir.resolve("none").toString(), clinvar.toString());
        assertThat(cv.code()).as(cv.err()).isZero();
        assertThat(cv.err()).containsOnlyOnce("indels left-aligned against " + fasta.toAbsolutePath());
        assertThat(cv.out()).endsWith("\t7\t6\n");
        Result pop = run("annotate", "--db", db, "--case", "LA1", "--plugin", "population-frequency", "--plugins",
                dir.resolve("none").toString(), gnomad.toString());
        assertThat(pop.code()).as(pop.err()).isZero();
        assertThat(pop.out()).endsWith("\t7\t7\n");

        try (SqliteCaseStore s = SqliteCaseStore.open(Path.of(db))) {
            long pk = s.cases().find("LA1").orElseThrow().id();
            Map<String, Map<String, String>> clinvarBy = new HashMap<>();
            Map<String, String> afBy = new HashMap<>();
            List<Finding> findings = s.findings().query(pk, VariantFilter.all(), 0, 100);
            for (Finding f : findings) {
                String key = f.pos() + " " + f.ref() + ">" + f.alt();
                for (FindingAnnotation a : s.interpretation().annotations(f.id())) {
                    if (a.kind().equals(org.zenome.plugin.Annotation.CLINVAR) && a.sourceName().startsWith("ClinVar")
                            && a.fields().containsKey("stars")) {
                        clinvarBy.put(key, a.fields());
                    } else if (a.kind().equals(org.zenome.plugin.Annotation.POPULATION)) {
                        afBy.put(key, a.fields().get("AF"));
                    }
                }
            }
            assertThat(clinvarBy.get("15 AA>A")).containsEntry("variation_id", "1001")
                    .containsEntry("significance", "Pathogenic").containsEntry("stars", "2");
            assertThat(clinvarBy.get("16 A>AA")).containsEntry("variation_id", "1002").containsEntry("stars", "3");
            assertThat(clinvarBy.get("26 ACA>A")).containsEntry("variation_id", "1003");
            assertThat(clinvarBy.get("28 A>ACA")).containsEntry("variation_id", "1004");
            assertThat(clinvarBy.get("31 G>T")).containsEntry("variation_id", "1005");
            assertThat(clinvarBy.get("33 C>G")).containsEntry("variation_id", "1006");
            assertThat(clinvarBy).doesNotContainKey("33 C>A");
            assertThat(afBy).containsEntry("15 AA>A", "0.001").containsEntry("16 A>AA", "0.002")
                    .containsEntry("26 ACA>A", "0.003").containsEntry("28 A>ACA", "0.004")
                    .containsEntry("31 G>T", "0.005").containsEntry("33 C>A", "0.006").containsEntry("33 C>G", "0.007");
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
