package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.testing.TestImports.cli;
import static org.zenome.testing.TestImports.fixture;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zenome.testing.TestImports;
import org.zenome.testing.TestImports.CliRun;

/**
 * The command line as issue 2 writes it, run in-process: sub-commands, options, output columns and exit codes
 * (0 success, 2 usage error, 3 invalid input).
 */
class CliContractTest {
    private static final List<String> VARIANT_COLUMNS = List.of("chrom", "pos", "ref", "alt", "gene", "consequence",
            "hgvs_c", "hgvs_p");
    @TempDir
    static Path dir;
    static Path db;
    static CliRun imported;

    @BeforeAll
    static void importTrio() {
        db = dir.resolve("zenome.db");
        imported = cli("import", "--db", db.toString(), "--case", "TRIO-7", "--ped", fixture("trio.ped").toString(),
                "--diagnosis", "developmental delay", fixture("trio_grch38.vcf").toString());
        cli("import", "--db", db.toString(), "--case", "TN-1", "-q", fixture("tumour_normal.vcf").toString());
    }

    private static String db() {
        return db.toString();
    }

    @Test
    void importReportsWhatItStored() {
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).matches("imported case TRIO-7: 13 records, 14 findings, 0 reference blocks "
                + "skipped, GRCh38, [0-9.]+ s");
        assertThat(imported.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void version() {
        CliRun r = cli("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("zenome " + ZenomeCli.version()).doesNotContain("unknown");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpListsTheSubCommands() {
        CliRun r = cli("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("import", "cases", "variants");
    }

    @Test
    void casesIsTsvWithOneRowPerCase() {
        CliRun r = cli("cases", "--db", db());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines.get(0).split("\t")).containsExactly("case_id", "disease_area", "status", "build", "findings",
                "samples", "received", "imported");
        assertThat(lines).hasSize(3);
        String[] trio = lines.stream().filter(l -> l.startsWith("TRIO-7\t")).findFirst().orElseThrow().split("\t", -1);
        assertThat(trio).hasSize(8);
        assertThat(List.of(trio).subList(0, 6)).containsExactly("TRIO-7", "rare-disease", "DATA_READY", "GRCh38", "14",
                "CHILD=proband,MOTHER=mother,FATHER=father");
        assertThat(LocalDate.parse(trio[6])).isEqualTo(LocalDate.now());
        assertThat(Instant.parse(trio[7])).isBefore(Instant.now().plusSeconds(1));
        String[] tn = lines.stream().filter(l -> l.startsWith("TN-1\t")).findFirst().orElseThrow().split("\t", -1);
        assertThat(List.of(tn).subList(0, 6)).containsExactly("TN-1", "cancer", "DATA_READY", "GRCh37", "2",
                "N_001=normal,T_001=tumour");
    }

    @Test
    void casesOfAnEmptyStoreIsTheHeaderOnly() {
        CliRun r = cli("cases", "--db", dir.resolve("empty.db").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(1);
    }

    @Test
    void variantsTsvHeaderAndRows() {
        CliRun r = cli("variants", "--db", db(), "--case", "TRIO-7");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.outLines();
        List<String> header = List.of(lines.get(0).split("\t"));
        assertThat(header.subList(0, 8)).isEqualTo(VARIANT_COLUMNS);
        // one genotype column per sample, named after it, last
        assertThat(header.subList(header.size() - 3, header.size())).containsExactly("CHILD", "MOTHER", "FATHER");
        assertThat(lines).hasSize(1 + 14);
        for (String l : lines) {
            assertThat(l.split("\t", -1)).hasSize(header.size());
        }
        String[] first = lines.get(1).split("\t", -1);
        assertThat(List.of(first).subList(0, 8)).containsExactly("chr1", "1000", "G", "A", "GENEA", "missense_variant",
                "c.100G>A", "p.Gly34Ser");
        assertThat(List.of(first).subList(first.length - 3, first.length)).containsExactly("0/1", "0/0", "0/0");
        String[] multi = lines.stream().filter(l -> l.startsWith("chr4\t500\tA\tG\t")).findFirst().orElseThrow()
                .split("\t", -1);
        assertThat(multi[header.indexOf("pop_af")]).isEqualTo("0.2");
        assertThat(List.of(multi).subList(multi.length - 3, multi.length)).containsExactly("1/2", "0/1", "0/2");
    }

    private List<String> rows(String... filter) {
        List<String> args = new java.util.ArrayList<>(List.of("variants", "--db", db(), "--case", "TRIO-7"));
        args.addAll(List.of(filter));
        CliRun r = cli(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.outLines().subList(1, r.outLines().size()).stream()
                .map(l -> String.join(":", List.of(l.split("\t")).subList(0, 4))).toList();
    }

    @Test
    void variantsFilters() {
        assertThat(rows("--gene", "GENEF")).containsExactly("chr3:1000:G:T", "chr3:2000:A:G");
        assertThat(rows("--gene", "GENEA,GENEE")).containsExactly("chr1:1000:G:A", "chr2:1500:C:CT");
        assertThat(rows("--region", "3:1500-2500")).containsExactly("chr3:2000:A:G");
        assertThat(rows("--max-af", "0.01")).hasSize(12);
        assertThat(rows("--consequence", "stop_gained,frameshift_variant"))
                .containsExactly("chr1:2000:C:T", "chr2:1500:C:CT", "chr4:500:A:G");
        assertThat(rows("--limit", "2")).containsExactly("chr1:1000:G:A", "chr1:2000:C:T");
        assertThat(rows("--limit", "0")).isEmpty();
        assertThat(rows("--gene", "GENEX", "--region", "chrX:1-5500", "--format", "tsv"))
                .containsExactly("chrX:5000:C:T");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "frobnicate",
        "import --db DB",                                  // no --case, no VCF
        "import --db DB --case X",                         // no VCF
        "import --db DB --case X --bogus VCF",
        "import --db DB --case X --build GRCh36 VCF",
        "import --db DB --case X --sample CHILD=king VCF",
        "import --db DB --case X --disease-area cardiology VCF",
        "variants --db DB",                                // no --case
        "variants --db DB --case TRIO-7 --max-af 2",
        "variants --db DB --case TRIO-7 --max-af lots",
        "variants --db DB --case TRIO-7 --region chr1:500-100",
        "variants --db DB --case TRIO-7 --limit -1",
        "variants --db DB --case TRIO-7 --format csv",
        "variants --db DB --case TRIO-7 --consequence missense",
        "cases --db DB extra",
    })
    void usageErrorsExit2WithoutTouchingTheStore(String command) {
        String before = TestImports.snapshot(db);
        String[] args = command.replace("DB", db()).replace("VCF", fixture("trio_grch38.vcf").toString()).split(" ");
        CliRun r = cli(args);
        assertThat(r.exit()).as(command + "\n" + r.err()).isEqualTo(ZenomeCli.USAGE);
        assertThat(r.err()).isNotEmpty().doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(TestImports.snapshot(db)).isEqualTo(before);
    }

    @Test
    void unknownCaseIsInvalidInput() {
        CliRun r = cli("variants", "--db", db(), "--case", "NOPE");
        assertThat(r.exit()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("NOPE");
    }

    @Test
    void secondImportIsRefusedAndReplaceReplaces() {
        String before = TestImports.snapshot(db);
        CliRun again = cli("import", "--db", db(), "--case", "TN-1", "-q", fixture("tumour_normal.vcf").toString());
        assertThat(again.exit()).isNotZero();
        assertThat(again.errLines()).hasSize(1);
        assertThat(again.err()).contains("TN-1", "already exists", "--replace");
        assertThat(TestImports.snapshot(db)).isEqualTo(before);
    }

    @Test
    void replaceOnItsOwnStore(@TempDir Path own) {
        String store = own.resolve("z.db").toString();
        assertThat(cli("import", "--db", store, "--case", "C", "-q", fixture("csq_order_a.vcf").toString()).exit())
                .isZero();
        CliRun r = cli("import", "--db", store, "--case", "C", "-q", "--replace", fixture("sv_grch37.vcf").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        CliRun cases = cli("cases", "--db", store);
        assertThat(cases.outLines()).hasSize(2);
        assertThat(cases.outLines().get(1)).startsWith("C\trare-disease\tDATA_READY\tGRCh37\t15\tS1=proband\t");
        assertThat(cli("variants", "--db", store, "--case", "C").outLines()).hasSize(16);
    }

    /**
     * The same contract from a separate JVM with the production logging set-up (warnings on the console), as a
     * pipeline sees it: exit 3 and one line on standard error, no stack trace.
     */
    @Test
    void separateProcessWithProductionLogging(@TempDir Path own) throws Exception {
        List<String> lines = TestImports.bigTrioLines(300);
        int bad = TestImports.trioHeaderLines() + 250;
        lines.set(bad - 1, lines.get(bad - 1).replace("\t50\t", "\tfifty\t"));
        Path vcf = java.nio.file.Files.write(own.resolve("bad.vcf.gz"), new byte[0]);
        TestImports.bgzip(TestImports.join(lines), vcf);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dzenome.log.production=true", "-Dzenome.log.dir=" + own.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), CliMain.class.getName(),
                "import", "--db", own.resolve("z.db").toString(), "--case", "X", vcf.toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(own.resolve("out.txt").toFile())
                .redirectError(own.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String err = java.nio.file.Files.readString(own.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(err.lines().toList()).containsExactly("zenome: " + vcf + ":" + bad
                + ": QUAL 'fifty' is not a non-negative number or '.'");
        assertThat(java.nio.file.Files.readString(own.resolve("out.txt"))).isEmpty();
        CliRun cases = cli("cases", "--db", own.resolve("z.db").toString());
        assertThat(cases.outLines()).hasSize(1);
    }
}
