package org.zenome.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEntry;
import org.zenome.domain.CaseSummary;
import org.zenome.store.sqlite.SqliteCaseStore;

/** {@code zenome qc} end to end: imports real and synthetic cases into a real database and checks them. */
class QcCommandTest {
    @TempDir
    static Path dir;

    static Path trio;

    @BeforeAll
    static void synthetic() throws Exception {
        trio = QcCases.generate(dir, 30_000, "--samples", "3");
    }

    private static final String[] CORRECT = {"F1\tproband\tfather\tmother\t1\t2", "F1\tfather\t0\t0\t1\t1",
        "F1\tmother\t0\t0\t2\t1"};

    @Test
    void syntheticTrioWithTheRightPedigreePasses() throws Exception {
        String db = dir.resolve("right.db").toString();
        QcCases.importCase(db, "T1", trio, QcCases.ped(dir, "right.ped", CORRECT));
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "T1");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("section\tsubject\tmetric\tvalue\texpected\tstatus");
        // the generator's trio is Mendelian-consistent: no errors at all
        assertThat(r.row("trio", "proband,father,mother", "mendelian_errors")[3]).startsWith("0/");
        assertThat(r.row("trio", "proband,father,mother", "mendelian_error_rate")[5]).isEqualTo("ok");
        String[] pc = r.row("pair", "proband,mother", "relatedness");
        assertThat(Double.parseDouble(pc[3])).isBetween(0.33, 0.67);
        assertThat(pc[5]).isEqualTo("ok");
        String[] parents = r.row("pair", "mother,father", "relatedness");
        assertThat(Double.parseDouble(parents[3])).isBetween(-0.17, 0.17);
        assertThat(Long.parseLong(r.row("pair", "proband,father", "ibs0")[3])).isZero();
        // the mother has no Y reads: female by Y; the generator writes X diploid for everyone, so the males' X
        // and Y disagree and their sex is left undetermined (a warning, not an identity failure)
        assertThat(r.row("sample", "mother", "sex")[3]).startsWith("female");
        assertThat(r.row("sample", "mother", "sex")[5]).isEqualTo("ok");
        assertThat(r.row("sample", "father", "sex")[5]).isEqualTo("undetermined");
        assertThat(Double.parseDouble(r.row("sample", "proband", "ti_tv")[3])).isBetween(1.8, 2.6);
        assertThat(Double.parseDouble(r.row("sample", "proband", "call_rate")[3])).isGreaterThan(0.95);
        assertThat(r.err()).contains("warning sex-chromosomes:father").doesNotContain("IDENTITY");
    }

    @Test
    void swappedParentsAreCaughtBySex() throws Exception {
        String db = dir.resolve("swapped-parents.db").toString();
        // the PED calls the mother the father and the father the mother
        QcCases.importCase(db, "T2", trio, QcCases.ped(dir, "swap1.ped", "F1\tproband\tmother\tfather\t1\t2",
                "F1\tmother\t0\t0\t1\t1", "F1\tfather\t0\t0\t2\t1"));
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "T2");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(5);
        assertThat(r.row("sample", "mother", "sex")[5]).isEqualTo("MISMATCH");
        assertThat(r.err()).contains("IDENTITY sex:mother").contains("declared male but the data look female");
    }

    @Test
    void swappedChildAndFatherAreCaughtByRelatednessAndMendelianErrors() throws Exception {
        String db = dir.resolve("swapped-child.db").toString();
        // the PED makes the real father the child of the proband and the mother
        QcCases.importCase(db, "T3", trio, QcCases.ped(dir, "swap2.ped", "F1\tfather\tproband\tmother\t1\t2",
                "F1\tproband\t0\t0\t1\t1", "F1\tmother\t0\t0\t2\t1"));
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "T3");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(5);
        assertThat(r.row("trio", "father,proband,mother", "mendelian_error_rate")[5]).isEqualTo("FAIL");
        assertThat(Double.parseDouble(r.row("trio", "father,proband,mother", "mendelian_error_rate")[3]))
                .isGreaterThan(0.05);
        // declared parent and child, observed unrelated
        assertThat(r.row("pair", "mother,father", "relatedness")[5]).isEqualTo("FAIL");
        assertThat(r.err()).contains("IDENTITY mendelian:father").contains("IDENTITY relatedness:mother,father");

        // the result is kept, audited, and the problem stays open until acknowledged with a note
        try (SqliteCaseStore store = SqliteCaseStore.open(Path.of(db))) {
            CaseSummary c = store.cases().find("T3").orElseThrow();
            assertThat(store.qc().latest(c.id()).orElseThrow().identityFailed()).isTrue();
            List<AuditEntry> log = store.audit().list("T3", null, null, null);
            assertThat(log).anyMatch(e -> e.action().equals("qc.identity-failed") && e.after().contains("mendelian:father"));
            assertThat(new QcService(store, java.time.Clock.systemUTC()).open(c)).extracting(QcProblem::key)
                    .contains("mendelian:father");
        }
    }

    @Test
    void sexCheckOnBothSexes() throws Exception {
        Path vcf = QcCases.sexes(dir, "male", "female", "male", "female");
        String db = dir.resolve("sexes.db").toString();
        // M3 declared female and F4 declared male: both must be caught
        QcCases.importCase(db, "S1", vcf, QcCases.ped(dir, "sexes.ped", "A\tM1\t0\t0\t1\t1", "B\tF2\t0\t0\t2\t1",
                "C\tM3\t0\t0\t2\t1", "D\tF4\t0\t0\t1\t1"), "--build", "GRCh38");
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "S1");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(5);
        assertThat(r.row("sample", "M1", "sex")).containsSubsequence("male (x male, y male)", "male", "ok");
        assertThat(r.row("sample", "F2", "sex")).containsSubsequence("female (x female, y female)", "female", "ok");
        assertThat(r.row("sample", "M3", "sex")).containsSubsequence("male (x male, y male)", "female", "MISMATCH");
        assertThat(r.row("sample", "F4", "sex")).containsSubsequence("female (x female, y female)", "male", "MISMATCH");
        assertThat(r.err()).contains("IDENTITY sex:M3").contains("IDENTITY sex:F4").doesNotContain("sex:M1");
    }

    @Test
    void scoutTrio() throws Exception {
        Path vcf = QcCases.SHARED.resolve("scout_demo_trio_643594/643594.research.vcf.gz");
        Path ped = QcCases.SHARED.resolve("scout_demo_trio_643594/643594.ped");
        Assumptions.assumeTrue(Files.isRegularFile(vcf), "shared data absent: " + vcf);
        String db = dir.resolve("scout.db").toString();
        QcCases.importCase(db, "643594", vcf, ped);
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "643594");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.row("trio", "ADM1059A2,ADM1059A1,ADM1059A3", "mendelian_error_rate")[5]).isEqualTo("ok");
        assertThat(r.row("sample", "ADM1059A1", "sex")[4]).isEqualTo("male");
        assertThat(r.row("sample", "ADM1059A3", "sex")[4]).isEqualTo("female");
        // the relatedness agrees with peddy's ped_check of the same family (computed on the whole genome)
        List<String> pedCheck = Files.readAllLines(vcf.resolveSibling("643594.ped_check.csv"));
        for (String line : pedCheck.subList(1, pedCheck.size())) {
            String[] f = line.split(",");
            String subject = f[0].compareTo(f[1]) < 0 ? f[0] + "," + f[1] : f[1] + "," + f[0];
            String[] row = r.row("pair", subject, "relatedness");
            assertThat(Double.parseDouble(row[3])).as(subject).isCloseTo(Double.parseDouble(f[6]),
                    org.assertj.core.data.Offset.offset(0.1));
            assertThat(row[5]).isEqualTo("ok");
        }
    }

    @Test
    void acknowledgementNeedsANoteAndIsAudited() throws Exception {
        Path vcf = QcCases.sexes(dir, "male", "female");
        String db = dir.resolve("ack.db").toString();
        QcCases.importCase(db, "A1", vcf, QcCases.ped(dir, "ack.ped", "A\tM1\t0\t0\t2\t1", "B\tF2\t0\t0\t2\t1"),
                "--build", "GRCh38");
        assertThat(QcCases.run("qc", "--db", db, "--case", "A1").code()).isEqualTo(5);
        try (SqliteCaseStore store = SqliteCaseStore.open(Path.of(db))) {
            CaseSummary c = store.cases().find("A1").orElseThrow();
            QcService qc = new QcService(store, java.time.Clock.systemUTC());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> qc.acknowledge(c, "sex:M1", " ", "sato"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> qc.acknowledge(c, "sex:NOPE", "x", "sato"))
                    .isInstanceOf(IllegalArgumentException.class);
            qc.acknowledge(c, "sex:M1", "PED typo, confirmed male with the clinic", "sato");
            assertThat(qc.open(c)).isEmpty();
            assertThat(store.audit().list("A1", "sato", null, null)).anyMatch(e -> e.action().equals("qc.acknowledge")
                    && e.after().contains("PED typo"));
        }
    }

    @Test
    void badThresholdsFileIsRefused() throws Exception {
        Path vcf = QcCases.sexes(dir, "male");
        String db = dir.resolve("thr.db").toString();
        QcCases.importCase(db, "B1", vcf, null, "--build", "GRCh38");
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "min-call-rate=lots\n");
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "B1", "--thresholds", bad.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("bad.properties").contains("min-call-rate");
        Files.writeString(bad, "min-call-rate=0.999\nmin-x-sites=5\n");
        r = QcCases.run("qc", "--db", db, "--case", "B1", "--thresholds", bad.toString());
        assertThat(r.row("sample", "M1", "call_rate")[4]).isEqualTo(">=0.999");
    }

    @Test
    void tumourAndNormalOfTwoPersonsAreCaught() throws Exception {
        // the normal's germline heterozygous sites: the tumour of another person shows none of half of them
        StringBuilder v = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=chr1,length=248956422>\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                + "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n");
        for (int k = 0; k < 60; k++) {
            String tumour = k % 2 == 0 ? "0/0:50,0:50" : "0/1:25,25:50";
            v.append("chr1\t").append(1_000_000 + k * 1000).append("\t.\tA\tG\t.\tgermline\t.\tGT:AD:DP\t")
                    .append(tumour).append("\t0/1:15,15:30\n");
        }
        Path vcf = dir.resolve("tn-swap.vcf");
        Files.writeString(vcf, v.toString());
        String db = dir.resolve("tn.db").toString();
        QcCases.importCase(db, "TN1", vcf, null, "--build", "GRCh38", "--sample", "TUMOR=tumour", "--sample",
                "NORMAL=normal");
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "TN1");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(5);
        assertThat(r.row("tumour-normal", "TUMOR,NORMAL", "germline_concordance")).containsSubsequence("0.500", "FAIL");
        assertThat(r.err()).contains("IDENTITY tumour-normal:TUMOR,NORMAL");
    }

    /**
     * The demo case's reads cover only the regions around its findings (as a review excerpt or a panel would): their
     * genome-wide mean coverage (~0x) is not held against the samples, the covered fraction says why.
     */
    @Test
    void readsOfAFewRegionsAreNotJudgedForGenomeCoverage() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(QcCases.run("demo", "--out", demo.toString()).code()).isZero();
        String db = dir.resolve("demo.db").toString();
        QcCases.importCase(db, "DEMO", demo.resolve("demo-trio.vcf.gz"), demo.resolve("demo-trio.ped"),
                "--bam", "DEMO-PROBAND=" + demo.resolve("demo-proband.bam"),
                "--bam", "DEMO-MOTHER=" + demo.resolve("demo-mother.bam"));
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "DEMO");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        for (String sample : List.of("DEMO-PROBAND", "DEMO-MOTHER")) {
            assertThat(r.row("sample", sample, "coverage_mean")[5]).as(sample).isEqualTo("not assessed");
            String[] fraction = r.row("sample", sample, "coverage_genome_fraction");
            assertThat(Double.parseDouble(fraction[3])).as(sample).isLessThan(0.05);
            assertThat(fraction[5]).isEqualTo("partial reads");
        }
        assertThat(r.err()).doesNotContain("coverage:");
        assertThat(r.row("sample", "DEMO-MOTHER", "sex")[3]).startsWith("female");
    }

    @Test
    void metricsFilesGiveTheCoverage() throws Exception {
        Path vcf = QcCases.sexes(dir, "male");
        String db = dir.resolve("metrics.db").toString();
        QcCases.importCase(db, "C1", vcf, null, "--build", "GRCh38");
        Path m = dir.resolve("M1.mosdepth.summary.txt");
        Files.writeString(m, "chrom\tlength\tbases\tmean\tmin\tmax\nchr1\t1000\t12000\t12.00\t0\t80\n"
                + "chrY\t1000\t6000\t6.00\t0\t40\n");
        QcCases.Result r = QcCases.run("qc", "--db", db, "--case", "C1", "--metrics", "M1=" + m);
        assertThat(r.row("sample", "M1", "coverage_mean")).containsSubsequence("12.0", ">=20.0", "LOW");
        assertThat(r.row("sample", "M1", "coverage_source")[3]).isEqualTo("mosdepth");
        assertThat(r.row("sample", "M1", "y_depth_ratio")[3]).isEqualTo("0.500");
        QcCases.Result wrong = QcCases.run("qc", "--db", db, "--case", "C1", "--metrics", "NOBODY=" + m);
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err()).contains("sample 'NOBODY' is not in case C1");
    }
}
