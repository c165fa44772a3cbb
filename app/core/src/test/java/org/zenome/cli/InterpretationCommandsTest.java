package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.interpretation.InterpretationCases;

/** {@code zenome annotate}, {@code plugins}, {@code tmb} and {@code sf-lists} end to end on a real database. */
class InterpretationCommandsTest {
    private static final Path SHARED = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"));

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

    private String importCase(String id, String vcf, String... roles) {
        String db = dir.resolve("z.db").toString();
        String[] args = new String[8 + 2 * roles.length];
        int i = 0;
        args[i++] = "import";
        args[i++] = "--db";
        args[i++] = db;
        args[i++] = "--case";
        args[i++] = id;
        args[i++] = "--build";
        args[i++] = "GRCh38";
        for (String r : roles) {
            args[i++] = "--sample";
            args[i++] = r;
        }
        args[i] = InterpretationCases.resource(vcf).toString();
        Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return db;
    }

    @Test
    void tmbOfATumourNormalCase() {
        String db = importCase("C1", "tumour_normal.vcf", "TUMOR=tumour", "NORMAL=normal");
        Result r = run("tmb", "--db", db, "--case", "C1", "--callable-mb", "0.4", "--user", "sato");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(2);
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("C1\t4\t0.40\t10.00\tyes\t");
        Result missing = run("tmb", "--db", db, "--case", "NOPE");
        assertThat(missing.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(missing.err()).contains("no case 'NOPE'");
    }

    @Test
    void annotateRecordsEachSourceAndRefusesBadFiles() throws Exception {
        String db = importCase("T1", "trio.vcf", "PROBAND=proband", "MOTHER=mother", "FATHER=father");
        Result r = run("annotate", "--db", db, "--case", "T1", "--plugin", "population-frequency", "--plugins",
                dir.resolve("none").toString(), InterpretationCases.resource("tommo_54kjpn_excerpt.vcf").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("population-frequency\tToMMo 54KJPN\t20230401\t").endsWith("\t6\t2\n");
        Result bad = run("annotate", "--db", db, "--case", "T1", "--plugin", "clinvar", "--plugins",
                dir.resolve("none").toString(), InterpretationCases.resource("tommo_54kjpn_excerpt.vcf").toString());
        assertThat(bad.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(bad.err()).contains("tommo_54kjpn_excerpt.vcf").contains("not a ClinVar VCF");
        Result unknown = run("annotate", "--db", db, "--case", "T1", "--plugin", "dbnsfp", "--plugins",
                dir.resolve("none").toString(), "x.vcf");
        assertThat(unknown.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(unknown.err()).contains("no plugin 'dbnsfp'").contains("clinvar");
        Path clinvar = SHARED.resolve("clinvar/clinvar_20260226_GRCh38_cancer_genes_excerpt.vcf.gz");
        Assumptions.assumeTrue(Files.isRegularFile(clinvar), "shared data absent: " + clinvar);
        Result cv = run("annotate", "--db", db, "--case", "T1", "--plugin", "clinvar", clinvar.toString());
        assertThat(cv.code()).as(cv.err()).isZero();
        assertThat(cv.out()).contains("clinvar\tClinVar\t20260226\t").endsWith("\t6\t3\n");
    }

    @Test
    void pluginsAndGeneLists() throws Exception {
        Result p = run("plugins", "--plugins", dir.toString());
        assertThat(p.code()).isZero();
        assertThat(p.out()).contains("clinvar\t0.1.0-SNAPSHOT\tclinvar\tclass path")
                .contains("population-frequency\t");
        Files.writeString(dir.resolve("bad.tsv"), "gene\tcategory\nX\tY\n");
        Result l = run("sf-lists", "--folder", dir.toString());
        assertThat(l.out()).contains("acmg-sf-3.1\tACMG SF v3.1\t3.1\t78\tCancer,Cardiovascular,Metabolic,Miscellaneous");
        assertThat(l.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(l.err()).contains("bad.tsv");
    }

    @Test
    void importReplacePrintsWhatBecameOfTheInterpretation() throws Exception {
        Path trio = SHARED.resolve("scout_demo_trio_643594").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(trio.resolve("643594.clinical.vcf.gz")),
                "shared test data not present: " + trio);
        String db = dir.resolve("z.db").toString();
        Result first = run("import", "--db", db, "--case", "643594", "--ped", trio.resolve("643594.ped").toString(),
                "-q", trio.resolve("643594.clinical.vcf.gz").toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("interpretation:");
        try (var s = org.zenome.store.sqlite.SqliteCaseStore.open(Path.of(db))) {
            long pk = s.cases().find("643594").orElseThrow().id();
            for (String[] at : new String[][] {{"chr1", "7879627"}, {"chrM", "14872"}, {"chrM", "15326"}}) {
                int pos = Integer.parseInt(at[1]);
                var f = s.findings().query(pk, org.zenome.domain.VariantFilter.all().withRegion(
                        new org.zenome.domain.Region(at[0], pos, pos)), 0, 5).get(0);
                s.interpretation().recordCall(org.zenome.interpretation.FindingRef.of(pk, f),
                        org.zenome.classification.CriterionCall.accepted(
                                org.zenome.classification.AppliedCriterion.parse("BS1"), "", "sato",
                                java.time.Instant.parse("2026-12-03T10:00:00Z")));
            }
        }
        Result again = run("import", "--db", db, "--case", "643594", "--ped", trio.resolve("643594.ped").toString(),
                "--replace", "-q", trio.resolve("643594.research.vcf.gz").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out().lines()).contains("interpretation: 1 findings carried over, 2 orphaned");
        assertThat(again.err().lines().filter(l -> l.startsWith("orphaned: "))).containsExactly(
                "orphaned: MT-CYB chrM:14872 C>T (its variant is not in the new data; its records are kept on the case)",
                "orphaned: MT-CYB chrM:15326 A>G (its variant is not in the new data; its records are kept on the case)");
        Result log = run("audit", "log", "--db", db, "--case", "643594");
        assertThat(log.out()).contains("interpretation.reimport.orphaned").contains("interpretation.reimport.carried");
    }
}
