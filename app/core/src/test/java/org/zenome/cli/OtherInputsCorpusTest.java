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
 * files, secondary-finding gene lists, HPO files and database files that are not a (current) Zenome database. Each
 * case runs the command that reads the input against a real SQLite store holding a case and must end with exit 3,
 * one message on standard error naming the file and the problem, no stack trace, and the store (and the input
 * database file) exactly as it was. Appends to {@code target/malformed-corpus-report.tsv}'s sibling
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

    /** One case: what it is, and how to make the input and the command line in a fresh folder. */
    record Case(String kind, String name, Maker maker) {
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
        boolean ok = r.exit() == ZenomeCli.INVALID_INPUT && named && clean;
        int[] s = SUMMARY.computeIfAbsent(c.kind(), k -> new int[3]);
        s[0]++;
        if (r.exit() == ZenomeCli.INVALID_INPUT) {
            s[1]++;
        }
        if (!ok) {
            s[2]++;
        }
        REPORT.add(c.kind() + "\t" + c.name() + "\t" + r.exit() + "\t" + message.replace('\t', ' ') + "\t"
                + (ok ? "as expected" : "WRONG"));

        assertThat(r.exit()).as(r.err()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(r.err()).as("names the file").contains(run.file().toString());
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "unexpected error");
        assertThat(snapshot(db)).as("store unchanged").isEqualTo(storeBefore);
        assertThat(sha256(db)).as("store file byte-identical").isEqualTo(dbBytes);
        if (!inputBytes.isEmpty()) {
            assertThat(sha256(run.file())).as("the refused input itself is not modified").isEqualTo(inputBytes);
        }
        assertThat(integrityCheck(db)).isEqualTo("ok");
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        List<String> lines = new ArrayList<>(REPORT);
        lines.add("");
        lines.add("kind\tcases\texit 3\tnot as expected");
        SUMMARY.forEach((k, s) -> lines.add(k + "\t" + s[0] + "\t" + s[1] + "\t" + s[2]));
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
