package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.testing.TestImports.cli;
import static org.zenome.testing.TestImports.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zenome.config.AdminConfig;
import org.zenome.testing.TestImports.CliRun;

/**
 * "Other inputs get the same treatment": broken PED files, administrator and user configuration files, QC threshold
 * files, secondary-finding gene lists, HPO files, plugin data files (ClinVar, population frequencies, Exomiser results)
 * and database files that are not a (current) Zenome database. Each
 * case runs the command that reads the input against a real SQLite store holding a case and must end with exit 3,
 * one message on standard error naming the file and the problem, no stack trace, and the store (and the input
 * database file) exactly as it was. A few cases are accepted on purpose, because real files are like that (an
 * Exomiser file saved by Excel, a row repeated): they must import and be recorded once. Appends to {@code target/malformed-corpus-report.tsv}'s sibling
 * {@code target/other-inputs-report.tsv}.
 *
 * <p>The inputs are written by the test (each is a few lines of text, or a real store damaged in a known way), so
 * the case and what is wrong with it sit side by side.
 */
class OtherInputsCorpusTest {
    @TempDir
    static Path work;
    static Path db;
    static Path base;
    private static final List<String> REPORT = new ArrayList<>();
    private static final Map<String, int[]> SUMMARY = new TreeMap<>();
    private static int n;

    /**
     * How a case must end: refused (exit 3, the file and the problem named, nothing changed), or, where real files
     * are like that (docs/adr/bad-input-other-files.md), accepted with this many findings matched.
     */
    record Expect(boolean refused, int matched) {
        static final Expect REFUSED = new Expect(true, 0);
    }

    static Expect accepted(int matched) {
        return new Expect(false, matched);
    }

    /** One case: what it is, how to make the input and the command line in a fresh folder, and how it must end. */
    record Case(String kind, String name, Maker maker, Expect expect) {
        Case(String kind, String name, Maker maker) {
            this(kind, name, maker, Expect.REFUSED);
        }

        @Override
        public String toString() {
            return kind + ": " + name;
        }
    }

    /** The input files and the arguments; {@code file} is the file the message must name. */
    record Run(Path file, List<String> args, Path adminConfig) {
    }

    interface Maker {
        Run make(Path dir) throws Exception;
    }

    @BeforeAll
    static void storeWithOneCase() throws Exception {
        base = resource("/conformance/vcf/valid/base.vcf");
        db = work.resolve("store").resolve("zenome.db");
        CliRun ok = cli("import", "--db", db.toString(), "--case", "KEEP", "-q", base.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        REPORT.add("kind\tcase\texit\tmessage\tresult");
    }

    static Stream<Case> cases() throws IOException {
        List<Case> c = new ArrayList<>();
        // ---- PED (zenome import --ped): the VCF is valid, the pedigree is not
        String trio = "FAM\tPROBAND\tFATHER\tMOTHER\t1\t2\nFAM\tMOTHER\t0\t0\t2\t1\n";
        ped(c, "five columns", "FAM\tPROBAND\t0\tMOTHER\t1\nFAM\tMOTHER\t0\t0\t2\t1\n");
        ped(c, "individual twice", trio + "FAM\tMOTHER\t0\t0\t2\t1\n");
        ped(c, "sex written as a letter", "FAM\tPROBAND\t0\tMOTHER\tM\t2\nFAM\tMOTHER\t0\t0\t2\t1\n");
        ped(c, "phenotype written as a word", "FAM\tPROBAND\t0\tMOTHER\t1\taffected\nFAM\tMOTHER\t0\t0\t2\t1\n");
        ped(c, "own parent", "FAM\tPROBAND\tPROBAND\tMOTHER\t1\t2\nFAM\tMOTHER\t0\t0\t2\t1\n");
        ped(c, "only comments", "# family file\n# nobody yet\n");
        ped(c, "empty file", "");
        c.add(new Case("PED", "Shift_JIS name", d -> pedRun(d, Files.write(d.resolve("family.ped"),
                "FAM\t患者\t0\tMOTHER\t1\t2\nFAM\tMOTHER\t0\t0\t2\t1\n".getBytes(Charset.forName("Shift_JIS"))))));
        c.add(new Case("PED", "a VCF given as the PED", d -> pedRun(d, Files.copy(base, d.resolve("family.ped")))));
        c.add(new Case("PED", "gzip-compressed PED", d -> pedRun(d, Files.write(d.resolve("family.ped.gz"),
                gzip(trio.getBytes(StandardCharsets.UTF_8))))));
        c.add(new Case("PED", "missing file", d -> pedRun(d, d.resolve("no-such.ped"))));
        ped(c, "mother is male", "FAM\tPROBAND\t0\tMOTHER\t1\t2\nFAM\tMOTHER\t0\t0\t1\t1\n");
        ped(c, "father is female", "FAM\tPROBAND\tFATHER\t0\t1\t2\nFAM\tFATHER\t0\t0\t2\t1\n");
        ped(c, "pedigree loop", "FAM\tPROBAND\t0\tMOTHER\t1\t2\nFAM\tMOTHER\t0\tPROBAND\t2\t1\n");

        // ---- administrator configuration and user preferences (zenome config)
        admin(c, "unknown setting", "langauge = ja\n");
        admin(c, "ui.scale not a number", "ui.scale = big\n");
        admin(c, "relative data.dir", "data.dir = zenome-data\n");
        admin(c, "language not ja or en", "language = fr\n");
        admin(c, "backup.interval.hours out of range", "backup.interval.hours = 0\n");
        admin(c, "reference for an unknown build", "reference.hg17 = /srv/ref/hg17.fa\n");
        admin(c, "broken unicode escape", "data.dir = /srv/zenome\\u00ZZ\n");
        c.add(new Case("admin config", "Shift_JIS text", d -> {
            Path a = Files.write(d.resolve("zenome.properties"),
                    "# 京都大学病院\nlanguage = ja\n".getBytes(Charset.forName("Shift_JIS")));
            return new Run(a, List.of("config"), a);
        }));
        c.add(new Case("admin config", "a directory instead of a file", d -> {
            Path a = Files.createDirectories(d.resolve("zenome.properties"));
            return new Run(a, List.of("config"), a);
        }));
        prefs(c, "language not ja or en", "language=de\n");
        prefs(c, "ui.scale out of range", "ui.scale=12\n");
        prefs(c, "broken unicode escape", "language=\\uZZZZ\n");

        // ---- QC thresholds (zenome qc --thresholds)
        thresholds(c, "unknown threshold", "min-callrate = 0.9\n");
        thresholds(c, "not a number", "min-call-rate = ninety\n");
        thresholds(c, "negative", "min-mean-coverage = -5\n");
        thresholds(c, "decimal comma", "min-call-rate = 0,9\n");
        c.add(new Case("QC thresholds", "missing file", d -> new Run(d.resolve("qc.properties"),
                List.of("qc", "--db", db.toString(), "--case", "KEEP", "--thresholds",
                        d.resolve("qc.properties").toString()), null)));

        // ---- secondary-finding gene lists (zenome sf-lists --folder)
        String sfHead = "# id: hospital-sf\n# name: Hospital SF list\n# version: 1\n# citation: local\n";
        sf(c, "no column line", sfHead + "BRCA1\tCancer\tAD\tHBOC\tAll P and LP\n");
        sf(c, "not a gene symbol", sfHead + "gene\tcategory\tinheritance\tdisorder\tvariants_to_report\n"
                + "BRCA 1\tCancer\tAD\tHBOC\tAll P and LP\n");
        sf(c, "gene without category", sfHead + "gene\tcategory\tinheritance\tdisorder\tvariants_to_report\n"
                + "BRCA1\t\tAD\tHBOC\tAll P and LP\n");
        sf(c, "no genes", sfHead + "gene\tcategory\tinheritance\tdisorder\tvariants_to_report\n");
        sf(c, "no id line", "# name: Hospital SF list\n# version: 1\ngene\tcategory\tinheritance\tdisorder\t"
                + "variants_to_report\nBRCA1\tCancer\tAD\tHBOC\tAll P and LP\n");
        c.add(new Case("secondary-finding list", "Shift_JIS text", d -> {
            Path folder = Files.createDirectories(d.resolve("sf"));
            Path f = Files.write(folder.resolve("hospital.tsv"), (sfHead + "gene\tcategory\tinheritance\tdisorder\t"
                    + "variants_to_report\nBRCA1\tがん\tAD\t遺伝性乳癌卵巣癌\tAll P and LP\n")
                    .getBytes(Charset.forName("Shift_JIS")));
            return new Run(f, List.of("sf-lists", "--folder", folder.toString()), null);
        }));

        // ---- HPO files (zenome phenotype install)
        hpo(c, "ontology that is not OBO", "ontology.obo", "this is not an ontology\n".getBytes(StandardCharsets.UTF_8));
        hpo(c, "empty ontology", "hp.obo", new byte[0]);
        hpo(c, "truncated gzip ontology", "hp.obo.gz", truncatedGzip(
                ("format-version: 1.2\nontology: hp\n\n[Term]\nid: HP:0000001\nname: All\n\n").repeat(400)));
        hpo(c, "JSON that is not an OBO graph", "hp.json", "{\"graphs\": 3}".getBytes(StandardCharsets.UTF_8));
        hpo(c, "JSON cut short", "hp.json", "{\"graphs\": [{\"id\": \"hp\", \"nodes\": [".getBytes(StandardCharsets.UTF_8));
        hpo(c, "Latin-1 ontology", "hp.obo", "format-version: 1.2\nontology: hp\n\n[Term]\nid: HP:0000001\nname: Ménière\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        // ---- plugin data files (zenome annotate --plugin clinvar|population-frequency)
        String clinvar = "##fileformat=VCFv4.1\n##fileDate=2026-02-26\n##source=ClinVar\n##reference=GRCh38\n"
                + "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Clinical significance\">\n"
                + "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"Review status\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "1\t10001\t1001\tA\tG\t.\t.\tCLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_single_submitter\n"
                + "2\t1500\t1002\tG\tA\t.\t.\tCLNSIG=Benign;CLNREVSTAT=reviewed_by_expert_panel\n";
        plugin(c, "clinvar", "a text file", "clinvar.vcf", "ClinVar export, see attachment\n".getBytes(StandardCharsets.UTF_8));
        plugin(c, "clinvar", "a VCF without CLNSIG", "clinvar.vcf", clinvar.replace("##INFO=<ID=CLNSIG", "##INFO=<ID=CLNSIGX")
                .getBytes(StandardCharsets.UTF_8));
        plugin(c, "clinvar", "POS not a number", "clinvar.vcf", clinvar.replace("\t10001\t", "\t10,001\t")
                .getBytes(StandardCharsets.UTF_8));
        plugin(c, "clinvar", "too few columns", "clinvar.vcf", clinvar.replace("\t.\t.\tCLNSIG=Benign", "\tCLNSIG=Benign")
                .getBytes(StandardCharsets.UTF_8));
        plugin(c, "clinvar", "gzip that is not BGZF", "clinvar.vcf.gz", gzip(clinvar.getBytes(StandardCharsets.UTF_8)));
        plugin(c, "clinvar", "truncated gzip", "clinvar.vcf.gz", Arrays.copyOf(gzip(clinvar.repeat(1).getBytes(
                StandardCharsets.UTF_8)), 60));
        plugin(c, "clinvar", "Shift_JIS text", "clinvar.vcf", clinvar.replace("CLNSIG=Benign", "CLNSIG=良性")
                .getBytes(Charset.forName("Shift_JIS")));
        String otherContigs = clinvar.replace("\n2\t1500\t", "\n3\t1500\t");
        String inserted = clinvar.replace("\n1\t10001\t", "\n1\t9000\t999\tC\tT\t.\t.\tCLNSIG=Benign;"
                + "CLNREVSTAT=criteria_provided,_single_submitter\n1\t10001\t");
        c.add(new Case("plugin data (clinvar)", "bgzipped with the index of another file", d ->
                indexed(d, clinvar, otherContigs)));
        c.add(new Case("plugin data (clinvar)", "bgzipped with a stale index (a record inserted since)", d ->
                indexed(d, inserted, clinvar)));
        plugin(c, "population-frequency", "a VCF without AF", "gnomad.vcf", clinvar.getBytes(StandardCharsets.UTF_8));
        plugin(c, "population-frequency", "an empty file", "gnomad.vcf", new byte[0]);

        // ---- Exomiser results (zenome annotate --plugin exomiser): Exomiser 13.1+ variants TSV, genes TSV beside it
        String v1 = exoRow(Map.of("#RANK", "1", "GENE_SYMBOL", "OR4F5", "MOI", "AD", "CONTIG", "1", "START", "10001",
                "REF", "A", "ALT", "G"));
        String v2 = exoRow(Map.of("#RANK", "2", "GENE_SYMBOL", "SAMD11", "MOI", "AR", "CONTIG", "1", "START", "10050",
                "REF", "C", "ALT", "T", "EXOMISER_GENE_COMBINED_SCORE", "0.8120"));
        String v3 = exoRow(Map.of("#RANK", "3", "GENE_SYMBOL", "FAM110C", "MOI", "AD", "CONTIG", "2", "START", "1500",
                "REF", "G", "ALT", "A", "EXOMISER_GENE_COMBINED_SCORE", "0.6013"));
        String valid = EXO_HEADER + "\n" + v1 + "\n" + v2 + "\n" + v3 + "\n";
        exomiser(c, "empty file", "");
        c.add(new Case("plugin data (exomiser)", "a VCF named as Exomiser results", d -> exomiserRun(
                Files.copy(base, d.resolve("case.variants.tsv")))));
        exomiser(c, "rows without the header line", v1 + "\n" + v2 + "\n");
        exomiser(c, "header without MOI and P-VALUE", dropColumns(valid, "MOI", "P-VALUE"));
        exomiser(c, "header of the genes TSV", GENES_HEADER + "\n");
        exomiser(c, "a row with a column missing", EXO_HEADER + "\n" + v1 + "\n" + v2.replace("\tAR\t", "\t") + "\n");
        exomiser(c, "a row with a column too many", EXO_HEADER + "\n" + v1 + "\tEXTRA\n" + v2 + "\n");
        exomiser(c, "cut short inside the last row", valid.substring(0, valid.length() - v3.length() / 2 - 1));
        c.add(new Case("plugin data (exomiser)", "truncated gzip", d -> {
            byte[] gz = gzip((valid + (v1.replaceFirst("^1\t", "9\t") + "\n").repeat(200)).getBytes(StandardCharsets.UTF_8));
            return exomiserRun(Files.write(d.resolve("case.variants.tsv.gz"), Arrays.copyOf(gz, gz.length / 2)));
        }));
        c.add(new Case("plugin data (exomiser)", "named .gz but not compressed", d -> exomiserRun(Files.writeString(
                d.resolve("case.variants.tsv.gz"), valid))));
        exomiser(c, "#RANK not a number", valid.replace(v2, v2.replaceFirst("^2\t", "2nd\t")));
        exomiser(c, "START not a number", valid.replace("\t10050\t10050\t", "\t10,050\t10050\t"));
        exomiser(c, "START zero", valid.replace("\t1500\t1500\t", "\t0\t1500\t"));
        exomiser(c, "combined score not a number", valid.replace("\t0.8120\t", "\thigh\t"));
        exomiser(c, "P-VALUE with a decimal comma", valid.replace(v3, v3.replace("\t0.0012\t", "\t0,0012\t")));
        exomiser(c, "combined score above 1", valid.replace("\t0.6013\t", "\t1.6013\t"));
        exomiser(c, "variant score negative", valid.replace(v1, v1.replace("\t0.9870\t0.9870\t", "\t0.9870\t-0.2\t")));
        exomiser(c, "phenotype score NaN", valid.replace(v2, v2.replace("\t0.9155\t", "\tNaN\t")));
        exomiser(c, "unknown MOI", valid.replace("\tAR\t", "\tAX\t"));
        exomiser(c, "MOI written out", valid.replace("\tAR\t", "\tAUTOSOMAL_RECESSIVE\t"));
        exomiser(c, "REF written as '-' (ANNOVAR style)", valid.replace("\t1500\t1500\tG\tA\t", "\t1500\t1500\t-\tA\t"));
        exomiser(c, "ALT not bases", valid.replace("\t10001\t10001\tA\tG\t", "\t10001\t10001\tA\tN/A\t"));
        c.add(new Case("plugin data (exomiser)", "Shift_JIS disease name", d -> exomiserRun(Files.write(
                d.resolve("case.variants.tsv"), valid.replace("Helsmoortel-van der Aa syndrome", "遺伝性疾患")
                        .getBytes(Charset.forName("Shift_JIS"))))));
        c.add(new Case("plugin data (exomiser)", "Latin-1 disease name", d -> exomiserRun(Files.write(
                d.resolve("case.variants.tsv"), valid.replace("Helsmoortel-van der Aa syndrome", "Ménière disease")
                        .getBytes(StandardCharsets.ISO_8859_1)))));
        exomiser(c, "same variant, gene and MOI twice with other values (two analyses joined)",
                valid + v1.replaceFirst("^1\t", "7\t").replace("\t0.9712\t", "\t0.5000\t") + "\n");
        exomiser(c, "wrong genome build (GRCh37 positions for a GRCh38 case)", valid.replace("\t10001\t10001\t",
                "\t9901\t9901\t").replace("\t10050\t10050\t", "\t9950\t9950\t").replace("\t1500\t1500\t", "\t1450\t1450\t"));
        exomiser(c, "results of another case", EXO_HEADER + "\n" + exoRow(Map.of("#RANK", "1", "GENE_SYMBOL", "CFTR",
                "MOI", "AR", "CONTIG", "7", "START", "117559590", "REF", "ATCT", "ALT", "A")) + "\n");
        c.add(new Case("plugin data (exomiser)", "genes TSV beside it: score not a number", d -> {
            Path v = Files.writeString(d.resolve("case.variants.tsv"), valid);
            Path g = Files.writeString(d.resolve("case.genes.tsv"), GENES_HEADER + "\n" + geneRow("OR4F5", "AD")
                    .replace("\t0.9155\t0.7021\t", "\tstrong\t0.7021\t") + "\n");
            return new Run(g, exomiserRun(v).args(), null);
        }));
        c.add(new Case("plugin data (exomiser)", "genes TSV beside it: a row cut short", d -> {
            Path v = Files.writeString(d.resolve("case.variants.tsv"), valid);
            String row = geneRow("OR4F5", "AD");
            Path g = Files.writeString(d.resolve("case.genes.tsv"), GENES_HEADER + "\n" + row.substring(0, 30) + "\n");
            return new Run(g, exomiserRun(v).args(), null);
        }));
        c.add(new Case("plugin data (exomiser)", "genes TSV alone (its variants TSV not beside it)", d -> exomiserRun(
                Files.writeString(d.resolve("case.genes.tsv"), GENES_HEADER + "\n" + geneRow("OR4F5", "AD") + "\n"))));
        // lenient where real files are like this (docs/adr/bad-input-other-files.md)
        exomiserOk(c, "valid Exomiser 14 results", valid, 3);
        c.add(new Case("plugin data (exomiser)", "valid, gzip-compressed", d -> exomiserRun(Files.write(
                d.resolve("case.variants.tsv.gz"), gzip(valid.getBytes(StandardCharsets.UTF_8)))), accepted(3)));
        c.add(new Case("plugin data (exomiser)", "valid, with its genes TSV beside it", d -> {
            Files.writeString(d.resolve("case.genes.tsv"), GENES_HEADER + "\n" + geneRow("OR4F5", "AD") + "\n"
                    + geneRow("SAMD11", "AR") + "\n");
            return exomiserRun(Files.writeString(d.resolve("case.variants.tsv"), valid));
        }, accepted(3)));
        exomiserOk(c, "a row repeated word for word (read once)", valid + v2 + "\n", 3);
        exomiserOk(c, "ranked variants the case does not have", valid + exoRow(Map.of("#RANK", "4", "GENE_SYMBOL",
                "CFTR", "MOI", "AR", "CONTIG", "7", "START", "117559590", "REF", "ATCT", "ALT", "A")) + "\n", 3);
        exomiserOk(c, "header only (nothing passed Exomiser's filters)", EXO_HEADER + "\n", 0);
        c.add(new Case("plugin data (exomiser)", "saved by Excel: byte-order mark and Windows line ends", d ->
                exomiserRun(Files.write(d.resolve("case.variants.tsv"), ("\uFEFF" + valid.replace("\n", "\r\n"))
                        .getBytes(StandardCharsets.UTF_8))), accepted(3)));
        exomiserOk(c, "one variant in two overlapping genes", valid + v1.replace("\tOR4F5\t", "\tOR4F29\t")
                .replaceFirst("^1\t", "4\t") + "\n", 3);
        c.add(new Case("plugin data (exomiser)", "older per-inheritance layout (Exomiser 12, PREFIX_AD.variants.tsv)",
                d -> exomiserRun(Files.writeString(d.resolve("case_AD.variants.tsv"), OLD_EXO_HEADER + "\n"
                        + oldExoRow("1", "10001", "A", "G", "OR4F5") + "\n" + oldExoRow("2", "1500", "G", "A", "FAM110C")
                        + "\n")), accepted(2)));

        // ---- database files (zenome cases --db)
        dbCase(c, "a text file", d -> Files.writeString(d.resolve("zenome.db"), "meeting notes\n"));
        dbCase(c, "random bytes", d -> {
            byte[] b = new byte[8192];
            new java.util.Random(3).nextBytes(b);
            return Files.write(d.resolve("zenome.db"), b);
        });
        dbCase(c, "an SQLite database of another program", d -> {
            Path p = d.resolve("other.db");
            try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + p);
                 Statement s = con.createStatement()) {
                s.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)");
                s.execute("INSERT INTO patients VALUES (1, 'Taro')");
            }
            return p;
        });
        dbCase(c, "written by a newer Zenome", d -> {
            Path p = copyStore(d);
            try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + p);
                 Statement s = con.createStatement()) {
                s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                        + "checksum, installed_by, installed_on, execution_time, success) SELECT max(installed_rank) + 1, "
                        + "'99', 'from the future', 'SQL', 'V99__future.sql', 0, 'zenome', installed_on, 1, 1 "
                        + "FROM flyway_schema_history");
            }
            return p;
        });
        dbCase(c, "truncated to half", d -> {
            Path p = copyStore(d);
            byte[] b = Files.readAllBytes(p);
            return Files.write(p, Arrays.copyOf(b, b.length / 2));
        });
        dbCase(c, "truncated to its header", d -> {
            Path p = copyStore(d);
            byte[] b = Files.readAllBytes(p);
            return Files.write(p, Arrays.copyOf(b, 100));
        });
        dbCase(c, "damaged pages", d -> {
            Path p = copyStore(d);
            byte[] b = Files.readAllBytes(p);
            for (int i = 4096 + 100; i < Math.min(b.length, 4096 * 6); i += 7) {
                b[i] ^= 0x5A;
            }
            return Files.write(p, b);
        });
        dbCase(c, "a directory", d -> Files.createDirectories(d.resolve("zenome.db")));
        return c.stream();
    }

    // ---- makers

    private static void ped(List<Case> c, String name, String text) {
        c.add(new Case("PED", name, d -> pedRun(d, Files.writeString(d.resolve("family.ped"), text))));
    }

    private static Run pedRun(Path d, Path ped) {
        return new Run(ped, List.of("import", "--db", db.toString(), "--case", "PED" + (n + 1), "--ped", ped.toString(),
                base.toString()), null);
    }

    private static void admin(List<Case> c, String name, String text) {
        c.add(new Case("admin config", name, d -> {
            Path a = Files.writeString(d.resolve("zenome.properties"), text);
            return new Run(a, List.of("config"), a);
        }));
    }

    private static void prefs(List<Case> c, String name, String text) {
        c.add(new Case("user preferences", name, d -> {
            Path data = Files.createDirectories(d.resolve("data"));
            Path p = Files.writeString(data.resolve("preferences.properties"), text);
            Path a = Files.writeString(d.resolve("zenome.properties"), "data.dir = " + data + "\n");
            return new Run(p, List.of("config"), a);
        }));
    }

    private static void thresholds(List<Case> c, String name, String text) {
        c.add(new Case("QC thresholds", name, d -> {
            Path t = Files.writeString(d.resolve("qc.properties"), text);
            return new Run(t, List.of("qc", "--db", db.toString(), "--case", "KEEP", "--thresholds", t.toString()), null);
        }));
    }

    private static void sf(List<Case> c, String name, String text) {
        c.add(new Case("secondary-finding list", name, d -> {
            Path folder = Files.createDirectories(d.resolve("sf"));
            Path f = Files.writeString(folder.resolve("hospital.tsv"), text);
            return new Run(f, List.of("sf-lists", "--folder", folder.toString()), null);
        }));
    }

    private static void hpo(List<Case> c, String name, String file, byte[] content) {
        c.add(new Case("HPO file", name, d -> {
            Path f = Files.write(d.resolve(file), content);
            return new Run(f, List.of("phenotype", "install", "--db", db.toString(), "--ontology", f.toString()), null);
        }));
    }

    /** A maker that only makes a file. */
    private interface FileMaker {
        Path make(Path dir) throws Exception;
    }

    private static void plugin(List<Case> c, String plugin, String name, String file, byte[] content) {
        c.add(new Case("plugin data (" + plugin + ")", name, d -> {
            Path f = Files.write(d.resolve(file), content);
            return new Run(f, List.of("annotate", "--db", db.toString(), "--case", "KEEP", "--plugin", plugin,
                    f.toString()), null);
        }));
    }

    /** {@code text} bgzipped with the tabix index of {@code indexedText} beside it. */
    private static Run indexed(Path d, String text, String indexedText) throws IOException {
        Path other = Files.createDirectories(d.resolve("other")).resolve("clinvar.vcf.gz");
        org.zenome.testing.TestImports.bgzip(indexedText.getBytes(StandardCharsets.UTF_8), other);
        htsjdk.tribble.index.IndexFactory.createTabixIndex(other.toFile(), new htsjdk.variant.vcf.VCFCodec(),
                htsjdk.tribble.index.tabix.TabixFormat.VCF, null).write(other.resolveSibling("clinvar.vcf.gz.tbi"));
        Path f = org.zenome.testing.TestImports.bgzip(text.getBytes(StandardCharsets.UTF_8), d.resolve("clinvar.vcf.gz"));
        Files.copy(other.resolveSibling("clinvar.vcf.gz.tbi"), d.resolve("clinvar.vcf.gz.tbi"));
        return new Run(f, List.of("annotate", "--db", db.toString(), "--case", "KEEP", "--plugin", "clinvar",
                f.toString()), null);
    }

    /** Exomiser 13.1+ variants TSV columns (Exomiser's "Interpreting the results", TSV VARIANTS). */
    static final String EXO_HEADER = String.join("\t", "#RANK", "ID", "GENE_SYMBOL", "ENTREZ_GENE_ID", "MOI",
            "P-VALUE", "EXOMISER_GENE_COMBINED_SCORE", "EXOMISER_GENE_PHENO_SCORE", "EXOMISER_GENE_VARIANT_SCORE",
            "EXOMISER_VARIANT_SCORE", "CONTRIBUTING_VARIANT", "WHITELIST_VARIANT", "VCF_ID", "RS_ID", "CONTIG", "START",
            "END", "REF", "ALT", "CHANGE_LENGTH", "QUAL", "FILTER", "GENOTYPE", "FUNCTIONAL_CLASS", "HGVS",
            "EXOMISER_ACMG_CLASSIFICATION", "EXOMISER_ACMG_EVIDENCE", "EXOMISER_ACMG_DISEASE_ID",
            "EXOMISER_ACMG_DISEASE_NAME", "CLINVAR_ALLELE_ID", "CLINVAR_PRIMARY_INTERPRETATION", "CLINVAR_STAR_RATING",
            "GENE_CONSTRAINT_LOEUF", "GENE_CONSTRAINT_LOEUF_LOWER", "GENE_CONSTRAINT_LOEUF_UPPER", "MAX_FREQ_SOURCE",
            "MAX_FREQ", "ALL_FREQ", "MAX_PATH_SOURCE", "MAX_PATH", "ALL_PATH");
    /** The genes TSV written beside it (TSV GENES). */
    static final String GENES_HEADER = String.join("\t", "#RANK", "ID", "GENE_SYMBOL", "ENTREZ_GENE_ID", "MOI",
            "P-VALUE", "EXOMISER_GENE_COMBINED_SCORE", "EXOMISER_GENE_PHENO_SCORE", "EXOMISER_GENE_VARIANT_SCORE",
            "HUMAN_PHENO_SCORE", "MOUSE_PHENO_SCORE", "FISH_PHENO_SCORE", "WALKER_SCORE", "PHIVE_ALL_SPECIES_SCORE",
            "OMIM_SCORE", "MATCHES_CANDIDATE_GENE", "HUMAN_PHENO_EVIDENCE", "MOUSE_PHENO_EVIDENCE",
            "FISH_PHENO_EVIDENCE", "HUMAN_PPI_EVIDENCE", "MOUSE_PPI_EVIDENCE", "FISH_PPI_EVIDENCE");
    /** The per-inheritance variants TSV of Exomiser 12 and earlier. */
    static final String OLD_EXO_HEADER = String.join("\t", "#CHROM", "POS", "REF", "ALT", "QUAL", "FILTER",
            "GENOTYPE", "COVERAGE", "FUNCTIONAL_CLASS", "HGVS", "EXOMISER_GENE", "CADD(>0.483)",
            "POLYPHEN(>0.956|>0.446)", "MUTATIONTASTER(>0.94)", "SIFT(<0.06)", "REMM", "DBSNP_ID", "MAX_FREQUENCY",
            "DBSNP_FREQUENCY", "EVS_EA_FREQUENCY", "EVS_AA_FREQUENCY", "EXAC_AFR_FREQ", "EXAC_AMR_FREQ",
            "EXAC_EAS_FREQ", "EXAC_FIN_FREQ", "EXAC_NFE_FREQ", "EXAC_SAS_FREQ", "EXAC_OTH_FREQ",
            "EXOMISER_VARIANT_SCORE", "EXOMISER_GENE_PHENO_SCORE", "EXOMISER_GENE_VARIANT_SCORE",
            "EXOMISER_GENE_COMBINED_SCORE", "CONTRIBUTING_VARIANT");

    /** One variants row: the given columns, the others as Exomiser writes them for a ranked missense variant. */
    static String exoRow(Map<String, String> values) {
        Map<String, String> v = new TreeMap<>(Map.ofEntries(Map.entry("ENTREZ_GENE_ID", "23394"),
                Map.entry("P-VALUE", "0.0012"), Map.entry("EXOMISER_GENE_COMBINED_SCORE", "0.9712"),
                Map.entry("EXOMISER_GENE_PHENO_SCORE", "0.9155"), Map.entry("EXOMISER_GENE_VARIANT_SCORE", "0.9870"),
                Map.entry("EXOMISER_VARIANT_SCORE", "0.9870"), Map.entry("CONTRIBUTING_VARIANT", "1"),
                Map.entry("WHITELIST_VARIANT", "0"), Map.entry("CHANGE_LENGTH", "0"), Map.entry("QUAL", "745.0000"),
                Map.entry("FILTER", "PASS"), Map.entry("GENOTYPE", "0/1"), Map.entry("FUNCTIONAL_CLASS",
                        "missense_variant"), Map.entry("EXOMISER_ACMG_CLASSIFICATION", "UNCERTAIN_SIGNIFICANCE"),
                Map.entry("EXOMISER_ACMG_EVIDENCE", "PM2,PP3"), Map.entry("EXOMISER_ACMG_DISEASE_ID", "OMIM:615873"),
                Map.entry("EXOMISER_ACMG_DISEASE_NAME", "Helsmoortel-van der Aa syndrome"),
                Map.entry("CLINVAR_PRIMARY_INTERPRETATION", "NOT_PROVIDED"), Map.entry("CLINVAR_STAR_RATING", "0"),
                Map.entry("GENE_CONSTRAINT_LOEUF", "0.231"), Map.entry("GENE_CONSTRAINT_LOEUF_LOWER", "0.151"),
                Map.entry("GENE_CONSTRAINT_LOEUF_UPPER", "0.359"), Map.entry("MAX_FREQ_SOURCE", "GNOMAD_E_NFE"),
                Map.entry("MAX_FREQ", "0.0011"), Map.entry("ALL_FREQ", "GNOMAD_E_NFE=0.0011"),
                Map.entry("MAX_PATH_SOURCE", "REVEL"), Map.entry("MAX_PATH", "0.612"),
                Map.entry("ALL_PATH", "REVEL=0.612")));
        v.putAll(values);
        int start = Integer.parseInt(v.get("START"));
        v.putIfAbsent("END", Integer.toString(start + v.get("REF").length() - 1));
        v.putIfAbsent("ID", v.get("CONTIG") + "-" + start + "-" + v.get("REF") + "-" + v.get("ALT") + "_" + v.get("MOI"));
        v.putIfAbsent("HGVS", v.get("GENE_SYMBOL") + ":ENST00000000001.1:c.100A>G:p.(Lys34Glu)");
        return Arrays.stream(EXO_HEADER.split("\t")).map(c -> v.getOrDefault(c, ""))
                .collect(java.util.stream.Collectors.joining("\t"));
    }

    static String geneRow(String gene, String moi) {
        return String.join("\t", "1", gene + "_" + moi, gene, "23394", moi, "0.0012", "0.9712", "0.9155", "0.9870",
                "0.9155", "0.7021", "0.0000", "0.5000", "0.9155", "1.0000", "0", "Helsmoortel-van der Aa syndrome "
                        + "(OMIM:615873): Seizures (HP:0001250)-Seizures (HP:0001250), ", "", "", "", "", "");
    }

    static String oldExoRow(String chrom, String pos, String ref, String alt, String gene) {
        List<String> f = new ArrayList<>(List.of(chrom, pos, ref, alt, "745.0", "PASS", "0/1", "30",
                "MISSENSE_VARIANT", gene + ":ENST00000000001.1:c.100A>G:p.(Lys34Glu)", gene));
        for (int i = 0; i < 17; i++) {
            f.add(".");
        }
        f.addAll(List.of("0.9870", "0.9155", "0.9870", "0.9712", "CONTRIBUTING_VARIANT"));
        return String.join("\t", f);
    }

    /** The TSV without the named columns (in the header and every row). */
    static String dropColumns(String tsv, String... names) {
        List<String> header = List.of(tsv.substring(0, tsv.indexOf('\n')).split("\t", -1));
        List<Integer> drop = Arrays.stream(names).map(header::indexOf).toList();
        StringBuilder out = new StringBuilder();
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < f.length; i++) {
                if (!drop.contains(i)) {
                    kept.add(f[i]);
                }
            }
            out.append(String.join("\t", kept)).append('\n');
        }
        return out.toString();
    }

    private static void exomiser(List<Case> c, String name, String text) {
        c.add(new Case("plugin data (exomiser)", name, d -> exomiserRun(Files.writeString(
                d.resolve("case.variants.tsv"), text))));
    }

    private static void exomiserOk(List<Case> c, String name, String text, int matched) {
        c.add(new Case("plugin data (exomiser)", name, d -> exomiserRun(Files.writeString(
                d.resolve("case.variants.tsv"), text)), accepted(matched)));
    }

    private static Run exomiserRun(Path f) {
        return new Run(f, List.of("annotate", "--db", db.toString(), "--case", "KEEP", "--plugin", "exomiser",
                f.toString()), null);
    }

    private static void dbCase(List<Case> c, String name, FileMaker file) {
        c.add(new Case("database file", name, d -> {
            Path f = file.make(d);
            return new Run(f, List.of("cases", "--db", f.toString()), null);
        }));
    }

    private static Path copyStore(Path d) throws IOException {
        Path p = d.resolve("zenome.db");
        // a consistent single-file copy of the real store (its WAL checkpointed into the copy)
        try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = con.createStatement()) {
            s.execute("VACUUM INTO '" + p.toString().replace("'", "''") + "'");
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        return p;
    }

    // ---- the check

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithTheFileAndTheProblemAndNothingChanged(Case c) throws Exception {
        Path dir = Files.createDirectories(work.resolve("cases").resolve(Integer.toString(++n)));
        Run run = c.maker().make(dir);
        String storeBefore = snapshot(db);
        String dbBytes = sha256(db);
        String inputBytes = Files.isRegularFile(run.file()) ? sha256(run.file()) : "";
        long rowsBefore = rows(db, "annotation_source");
        String old = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, run.adminConfig() != null ? run.adminConfig().toString()
                : work.resolve("no-admin-config.properties").toString());
        CliRun r;
        try {
            r = cli(run.args().toArray(String[]::new));
        } finally {
            if (old == null) {
                System.clearProperty(AdminConfig.PROPERTY);
            } else {
                System.setProperty(AdminConfig.PROPERTY, old);
            }
        }
        String message = String.join(" | ", r.errLines());
        boolean named = r.err().contains(run.file().toString());
        boolean clean = !r.err().contains("Exception") && !r.err().contains("\tat ") && !r.err().contains("unexpected");
        boolean ok = c.expect().refused() ? r.exit() == ZenomeCli.INVALID_INPUT && named && clean
                : r.exit() == ZenomeCli.OK && clean && matched(r) == c.expect().matched();
        int[] s = SUMMARY.computeIfAbsent(c.kind(), k -> new int[4]);
        s[0]++;
        if (r.exit() == ZenomeCli.INVALID_INPUT) {
            s[1]++;
        }
        if (r.exit() == ZenomeCli.OK) {
            s[2]++;
        }
        if (!ok) {
            s[3]++;
        }
        REPORT.add(c.kind() + "\t" + c.name() + "\t" + r.exit() + "\t" + (c.expect().refused() ? message.replace('\t', ' ')
                : "accepted, " + matched(r) + " findings matched") + "\t" + (ok ? "as expected" : "WRONG"));

        assertThat(r.err()).doesNotContain("Exception", "\tat ", "unexpected error");
        if (!inputBytes.isEmpty()) {
            assertThat(sha256(run.file())).as("the input itself is not modified").isEqualTo(inputBytes);
        }
        assertThat(integrityCheck(db)).isEqualTo("ok");
        if (!c.expect().refused()) {
            // lenient: imported, recorded once on the case
            assertThat(r.exit()).as(r.err()).isEqualTo(ZenomeCli.OK);
            assertThat(matched(r)).as(r.out()).isEqualTo(c.expect().matched());
            assertThat(rows(db, "annotation_source")).isEqualTo(rowsBefore + 1);
            return;
        }
        assertThat(r.exit()).as(r.err()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(r.err()).as("names the file").contains(run.file().toString());
        assertThat(snapshot(db)).as("store unchanged").isEqualTo(storeBefore);
        assertThat(sha256(db)).as("store file byte-identical").isEqualTo(dbBytes);
    }

    /** The findings matched, from the last line {@code zenome annotate} printed. */
    private static long matched(CliRun r) {
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            return -1;
        }
        String[] f = lines.get(lines.size() - 1).split("\t");
        return Long.parseLong(f[f.length - 1]);
    }

    private static long rows(Path p, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        List<String> lines = new ArrayList<>(REPORT);
        lines.add("");
        lines.add("kind\tcases\texit 3\texit 0 (lenient)\tnot as expected");
        SUMMARY.forEach((k, s) -> lines.add(k + "\t" + s[0] + "\t" + s[1] + "\t" + s[2] + "\t" + s[3]));
        Files.write(target.resolve("other-inputs-report.tsv"), lines, StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(out)) {
            o.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] truncatedGzip(String text) throws IOException {
        byte[] gz = gzip(text.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(gz, gz.length / 2);
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private static String integrityCheck(Path p) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(OtherInputsCorpusTest.class.getResource(name).toURI());
    }
}
