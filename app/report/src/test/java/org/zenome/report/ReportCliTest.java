package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.ZenomeCli;
import org.zenome.report.export.FhirExporter;
import org.zenome.report.export.PhenopacketExporter;
import org.zenome.store.sqlite.SqliteCaseStore;

/** {@code zenome report} and {@code zenome export} through the real command line, on a real store. */
class ReportCliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheReportCommands() {
        assertThat(run("--help").out()).contains("report", "export");
        assertThat(run("report", "--help").out()).contains("--template", "--lang", "--out", "--case", "--db");
        assertThat(run("export", "--help").out()).contains("--format", "--deidentified");
    }

    @Test
    void draftsIssuesCorrectionsAndCopies(@TempDir Path dir) throws Exception {
        String db = dir.resolve("zenome.db").toString();
        TestCases.store(dir).close();

        Path draft = dir.resolve("draft.pdf");
        Run r = run("report", "--db", db, "--case", TestCases.RARE, "--template", "rare-disease", "--lang", "ja",
                "--out", draft.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("not signed off", "DRAFT");
        assertThat(PdfChecks.compact(Files.readAllBytes(draft))).contains("下書き", "SCN1A");

        Path v1 = dir.resolve("v1.pdf");
        r = run("report", "--db", db, "--case", TestCases.CANCER, "--template", "cancer", "--lang", "ja", "--out",
                v1.toString(), "--issuer", "報告医 一郎");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("issued CA-0001-CA version 1 (ja) by 報告医 一郎");
        assertThat(PdfChecks.compact(Files.readAllBytes(v1))).doesNotContain("下書き").contains("EGFR");

        r = run("report", "--db", db, "--case", TestCases.CANCER, "--template", "cancer", "--lang", "ja", "--out",
                dir.resolve("again.pdf").toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(r.err()).contains("was issued as version 1", "--reason", "--change");
        assertThat(dir.resolve("again.pdf")).doesNotExist();

        Path v2 = dir.resolve("v2.pdf");
        r = run("report", "--db", db, "--case", TestCases.CANCER, "--template", "cancer", "--lang", "ja", "--out",
                v2.toString(), "--issuer", "報告医 一郎", "--reason", "確認検査の結果", "--change", "BRCA2 確認済み");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(PdfChecks.compact(Files.readAllBytes(v2))).contains("訂正版", "確認検査の結果", "BRCA2確認済み");

        r = run("report", "--db", db, "--case", TestCases.CANCER, "--list");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out()).contains("CA-0001-CA\tcancer\tja\t1\tsuperseded", "CA-0001-CA\tcancer\tja\t2\tcurrent");

        Path copy = dir.resolve("copy.pdf");
        r = run("report", "--db", db, "--case", TestCases.CANCER, "--template", "cancer", "--lang", "ja", "--out",
                copy.toString(), "--issued", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(v1));
        try (SqliteCaseStore store = SqliteCaseStore.open(Path.of(db))) {
            assertThat(store.reports().versions(TestCases.CANCER)).hasSize(2);
            assertThat(store.reports().versions(TestCases.RARE)).isEmpty();
        }
    }

    @Test
    void badInputIsRefusedWithItsExitCodeAndNothingWritten(@TempDir Path dir) throws Exception {
        String db = dir.resolve("zenome.db").toString();
        TestCases.store(dir).close();
        Path out = dir.resolve("r.pdf");
        Run r = run("report", "--db", db, "--case", "NOPE", "--template", "cancer", "--lang", "ja", "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(r.err()).contains("no case 'NOPE'");
        r = run("report", "--db", db, "--case", TestCases.CANCER, "--template", "cancer", "--lang", "fr", "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(r.err()).contains("--lang must be ja or en");
        r = run("report", "--db", db, "--case", TestCases.CANCER, "--template", "oncology", "--lang", "ja", "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(r.err()).contains("no template 'oncology'", "cancer, rare-disease");
        r = run("report", "--db", db, "--case", TestCases.RARE, "--template", "rare-disease", "--lang", "en", "--out",
                dir.resolve("missing/r.pdf").toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.FAILURE);
        assertThat(r.err()).contains("missing");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void exportsFhirAndPhenopacketFiles(@TempDir Path dir) throws Exception {
        String db = dir.resolve("zenome.db").toString();
        TestCases.store(dir).close();
        Path fhir = dir.resolve("ca.json");
        Run r = run("export", "--db", db, "--case", TestCases.CANCER, "--format", "fhir", "--out", fhir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Bundle b = FhirExporter.context().newJsonParser().parseResource(Bundle.class, Files.readString(fhir));
        assertThat(b.getEntry()).hasSizeGreaterThan(30);

        Path pp = dir.resolve("rd.json");
        r = run("export", "--db", db, "--case", TestCases.RARE, "--format", "phenopacket", "--out", pp.toString(),
                "--deidentified");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("de-identified");
        String json = Files.readString(pp, StandardCharsets.UTF_8);
        assertThat(PhenopacketExporter.parse(json).getSubject().hasDateOfBirth()).isFalse();

        r = run("export", "--db", db, "--case", TestCases.CANCER, "--format", "phenopacket", "--out",
                dir.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(r.err()).contains("rare-disease cases");
        r = run("export", "--db", db, "--case", TestCases.CANCER, "--format", "xml", "--out",
                dir.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.USAGE);
        r = run("export", "--db", db, "--case", "NOPE", "--format", "fhir", "--out", dir.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
