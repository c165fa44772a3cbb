package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.testing.TestImports.cli;
import static org.zenome.testing.TestImports.snapshot;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zenome.cli.ZenomeCli;
import org.zenome.testing.TestImports.CliRun;

/**
 * The malformed-VCF conformance corpus ({@code src/test/resources/conformance/vcf}, see its README): every case goes
 * through both {@code zenome validate} and {@code zenome import} into a real SQLite store holding a case. A refused
 * case must give exactly {@code INVALID <file>:<line>: <rule>} from validate and, from import, exit 3 with one
 * line naming the file, line and rule, no stack trace, the database file byte-identical, every table unchanged and
 * {@code PRAGMA integrity_check} ok. A lenient case imports (with its warning). Then every real VCF under
 * {@code ../shared/data} is validated in place. Writes {@code target/malformed-corpus-report.tsv} and
 * {@code target/malformed-corpus-summary.tsv}.
 */
class MalformedVcfCorpusTest {
    private static final Path ROOT = resource("/conformance/vcf");
    private static final Path SHARED = Path.of("..", "..", "..", "shared", "data").toAbsolutePath().normalize();
    private static final List<String> REPORT = new ArrayList<>();
    private static final Map<String, int[]> SUMMARY = new TreeMap<>(); // class -> tried, refused, accepted, wrong
    private static final Map<String, java.util.Set<String>> RULES = new TreeMap<>();

    @TempDir
    static Path work;
    static Path db;
    private static int caseNo;
    private static String storeSnapshot;
    private static String storeSha;

    /** One line of cases.tsv. */
    record Case(String source, String cls, String form, List<String> args, String expect, String line, String rule) {
        @Override
        public String toString() {
            return source + " [" + form + (args.isEmpty() ? "" : " " + String.join(" ", args)) + "]";
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String l : Files.readAllLines(ROOT.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            out.add(new Case(f[0], f[1], f[2], f[3].equals("-") ? List.of() : List.of(f[3].split(" ")), f[4], f[5],
                    f[6]));
        }
        return out.stream();
    }

    @BeforeAll
    static void storeWithOneCase() throws IOException {
        db = work.resolve("store").resolve("zenome.db");
        CliRun ok = cli("import", "--db", db.toString(), "--case", "KEEP", "-q",
                ROOT.resolve("valid/base.vcf").toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        REPORT.add(String.join("\t", "case", "class", "form", "args", "expected", "expected line", "expected rule",
                "validate exit", "validate output", "import exit", "import message", "result"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsRefusedCleanlyOrImportedWithItsWarning(Case c) throws Exception {
        Path input = materialise(c);
        String name = input.toString();
        List<String> v = new ArrayList<>(List.of("validate", "-v"));
        v.addAll(c.args());
        v.add(name);
        CliRun validate = cli(v.toArray(String[]::new));
        // the store only changes when a case is accepted: its snapshot is taken again only then (faster corpus)
        if (storeSnapshot == null) {
            storeSnapshot = snapshot(db);
            storeSha = sha256(db);
        }
        String storeBefore = storeSnapshot;
        String bytesBefore = sha256(db).equals(storeSha) ? storeSha : null;
        assertThat(bytesBefore).as("store unchanged since the last refused case").isNotNull();
        List<String> i = new ArrayList<>(List.of("import", "--db", db.toString(), "--case", "C" + (++caseNo)));
        i.addAll(c.args());
        i.add(name);
        CliRun imported = cli(i.toArray(String[]::new));
        if (imported.exit() != ZenomeCli.INVALID_INPUT) {
            storeSnapshot = null; // it may have changed: the next case takes its snapshot again
        }
        String firstOut = validate.outLines().isEmpty() ? "" : validate.outLines().get(0);
        String importMessage = imported.exit() == 0
                ? String.join(" | ", imported.errLines().stream().filter(l -> l.startsWith("warning:")).toList())
                : String.join(" | ", imported.errLines());
        boolean refused = validate.exit() == ZenomeCli.INVALID_INPUT && imported.exit() == ZenomeCli.INVALID_INPUT;
        boolean accepted = validate.exit() == 0 && imported.exit() == 0;
        String expectedLine = "INVALID " + name + ":" + c.line() + ": " + c.rule();
        boolean asExpected = c.expect().equals("INVALID") ? refused && firstOut.equals(expectedLine)
                : accepted && (c.expect().equals("OK") || validate.out().contains("warning: " + name + ": " + c.rule()));
        record(c, validate, firstOut, imported, importMessage, asExpected);

        if (c.expect().equals("INVALID")) {
            assertThat(firstOut).as(validate.out()).isEqualTo(expectedLine);
            assertThat(validate.exit()).isEqualTo(ZenomeCli.INVALID_INPUT);
            assertThat(imported.exit()).as(imported.err()).isEqualTo(ZenomeCli.INVALID_INPUT);
            assertThat(imported.errLines()).as(imported.err()).hasSize(1);
            String expectedImport = "zenome: " + name + (c.line().equals("0") ? "" : ":" + c.line()) + ": " + c.rule();
            assertThat(imported.errLines().get(0)).isEqualTo(expectedImport);
            assertThat(imported.err()).doesNotContain("Exception", "\tat ", "java.", "htsjdk.");
            assertThat(imported.out()).isEmpty();
            assertThat(sha256(db)).as("database file byte-identical").isEqualTo(bytesBefore);
            assertThat(snapshot(db)).as("every table unchanged, no partial case").isEqualTo(storeBefore);
            assertThat(integrityCheck(db)).isEqualTo("ok");
        } else {
            assertThat(validate.exit()).as(validate.out()).isZero();
            assertThat(firstOut).isEqualTo("OK " + name);
            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.err()).doesNotContain("Exception", "\tat ");
            if (c.expect().equals("WARN")) {
                assertThat(validate.out()).contains("warning: " + name + ": " + c.rule());
                assertThat(imported.err()).contains("warning: " + name + ": " + c.rule());
            }
            assertThat(snapshot(db)).contains("C" + caseNo);
        }
    }

    /**
     * Every real VCF under ../shared/data, validated in place: each must be OK. The build is given when the header
     * does not say it (the data's MANIFEST names it per folder); the report records it.
     */
    @Test
    void everyRealVcfOfTheSharedDataIsValid() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "shared test data not present at " + SHARED);
        List<Path> vcfs;
        try (Stream<Path> s = Files.walk(SHARED)) {
            vcfs = s.filter(p -> p.toString().endsWith(".vcf") || p.toString().endsWith(".vcf.gz")).sorted().toList();
        }
        assertThat(vcfs).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Path p : vcfs) {
            CliRun r = cli("validate", p.toString());
            String given = "-";
            if (r.exit() != 0 && r.out().contains("cannot detect the genome build")) {
                given = "--build " + manifestBuild(p);
                r = cli("validate", "--build", manifestBuild(p), p.toString());
            }
            String out = r.outLines().isEmpty() ? "" : r.outLines().get(0);
            boolean ok = r.exit() == 0 && out.equals("OK " + p);
            count("real file (shared data)", ok, ok ? "OK" : out);
            REPORT.add(String.join("\t", SHARED.relativize(p).toString(), "real file (shared data)", "as-is", given,
                    "OK", "-", "-", Integer.toString(r.exit()), out, "-", "-", ok ? "as expected" : "WRONG"));
            if (!ok) {
                wrong.add(out);
            }
        }
        assertThat(wrong).as("real VCFs refused").isEmpty();
    }

    /** The build the data's MANIFEST.md gives for a file whose header does not name it. */
    private static String manifestBuild(Path p) {
        String s = SHARED.relativize(p).toString().toLowerCase(java.util.Locale.ROOT);
        if (s.contains("grch38") || s.contains("snpeff_ann_igvjs") || s.contains("clinvar") || s.contains("vep113")) {
            return "GRCh38";
        }
        return "GRCh37"; // scout demo trio and cancer, gnomAD v2.1, dbSNP GRCh37.p13
    }

    private static void record(Case c, CliRun validate, String firstOut, CliRun imported, String importMessage,
                               boolean asExpected) {
        String ruleSeen = firstOut.startsWith("INVALID ") ? firstOut.substring(firstOut.indexOf(": ") + 2) : firstOut;
        count(c.cls(), asExpected, c.expect().equals("INVALID") ? ruleSeen : c.expect());
        int[] s = SUMMARY.get(c.cls());
        if (imported.exit() == ZenomeCli.INVALID_INPUT && validate.exit() == ZenomeCli.INVALID_INPUT) {
            s[1]++;
        } else if (imported.exit() == 0 && validate.exit() == 0) {
            s[2]++;
        }
        REPORT.add(String.join("\t", c.source(), c.cls(), c.form(), c.args().isEmpty() ? "-" : String.join(" ", c.args()),
                c.expect(), c.line(), c.rule(), Integer.toString(validate.exit()), firstOut,
                Integer.toString(imported.exit()), importMessage.replace('\t', ' '),
                asExpected ? "as expected" : "WRONG"));
    }

    private static synchronized void count(String cls, boolean asExpected, String rule) {
        int[] s = SUMMARY.computeIfAbsent(cls, k -> new int[4]);
        s[0]++;
        if (!asExpected) {
            s[3]++;
        }
        RULES.computeIfAbsent(cls, k -> new java.util.TreeSet<>()).add(rule.replaceAll("'[^']*'", "'…'")
                .replaceAll("\\d+", "N"));
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("malformed-corpus-report.tsv"), REPORT, StandardCharsets.UTF_8);
        List<String> summary = new ArrayList<>();
        summary.add("class\tcases\trefused (validate INVALID, import exit 3)\taccepted (exit 0)\tnot as expected\trules");
        int[] total = new int[4];
        for (Map.Entry<String, int[]> e : SUMMARY.entrySet()) {
            int[] s = e.getValue();
            summary.add(e.getKey() + "\t" + s[0] + "\t" + s[1] + "\t" + s[2] + "\t" + s[3] + "\t"
                    + String.join(" / ", RULES.get(e.getKey())));
            for (int k = 0; k < 4; k++) {
                total[k] += s[k];
            }
        }
        summary.add("total\t" + total[0] + "\t" + total[1] + "\t" + total[2] + "\t" + total[3] + "\t");
        Files.write(target.resolve("malformed-corpus-summary.tsv"), summary, StandardCharsets.UTF_8);
    }

    // ---- the inputs

    private static Path materialise(Case c) throws IOException {
        Path src = ROOT.resolve(c.source());
        Path dir = Files.createDirectories(work.resolve("cases").resolve(Integer.toString(caseNo + 1)));
        String base = src.getFileName().toString();
        byte[] text = Files.readAllBytes(src);
        switch (c.form()) {
            case "plain":
                return Files.write(dir.resolve(base), text);
            case "as-is": {
                Path out = Files.copy(src, dir.resolve(base));
                for (String suffix : new String[] {".tbi", ".csi"}) {
                    Path index = src.resolveSibling(base + suffix);
                    if (Files.exists(index)) {
                        Files.copy(index, dir.resolve(base + suffix));
                    }
                }
                return out;
            }
            case "gzip":
                return Files.write(dir.resolve(base + ".gz"), gzip(text));
            case "bgzf":
                return Files.write(dir.resolve(base + ".gz"), bgzipPerLine(text));
            case "bgzf-htsjdk-index": { // indexed as GATK and Picard index (htsjdk), one block per line
                Path gz = Files.write(dir.resolve(base + ".gz"), bgzipPerLine(text));
                htsjdk.tribble.index.IndexFactory.createTabixIndex(gz.toFile(), new htsjdk.variant.vcf.VCFCodec(),
                        htsjdk.tribble.index.tabix.TabixFormat.VCF, null).write(dir.resolve(base + ".gz.tbi"));
                return gz;
            }
            case "gzip-cut": {
                byte[] gz = gzip(text);
                return Files.write(dir.resolve(base + ".gz"), Arrays.copyOf(gz, gz.length * 6 / 10));
            }
            case "gzip-empty-member":
                return Files.write(dir.resolve(base + ".gz"), gzip(new byte[0]));
            case "bgzf-empty":
                return Files.write(dir.resolve(base + ".gz"), new byte[0]);
            default:
                break;
        }
        byte[] bgzf = bgzipPerLine(text);
        List<int[]> blocks = blocks(bgzf); // {offset, size}; block k holds line k + 1, the last is the EOF marker
        byte[] out;
        switch (c.form()) {
            case "bgzf-no-eof":
                out = Arrays.copyOf(bgzf, bgzf.length - 28);
                break;
            case "bgzf-cut-at-block": // the blocks of lines 1-19 only
                out = Arrays.copyOf(bgzf, blocks.get(19)[0]);
                break;
            case "bgzf-cut-in-block": // lines 1-19 and half of the block of line 20
                out = Arrays.copyOf(bgzf, blocks.get(19)[0] + blocks.get(19)[1] / 2);
                break;
            case "bgzf-bad-crc": { // the CRC32 of the block of line 21
                out = bgzf.clone();
                int[] b = blocks.get(20);
                out[b[0] + b[1] - 8] ^= 0x5A;
                break;
            }
            case "bgzf-bad-deflate": { // the compressed data of the block of line 19
                out = bgzf.clone();
                int[] b = blocks.get(18);
                for (int k = b[0] + 18; k < b[0] + b[1] - 8; k++) {
                    out[k] ^= (byte) 0xA5;
                }
                break;
            }
            case "bgzf-bad-header-block": { // the compressed data of the block of line 5 (a header line)
                out = bgzf.clone();
                int[] b = blocks.get(4);
                for (int k = b[0] + 18; k < b[0] + b[1] - 8; k++) {
                    out[k] ^= (byte) 0xA5;
                }
                break;
            }
            case "bgzf-eof-block-only":
                out = Arrays.copyOfRange(bgzf, bgzf.length - 28, bgzf.length);
                break;
            default:
                throw new IllegalArgumentException("unknown form " + c.form());
        }
        return Files.write(dir.resolve(base + ".gz"), out);
    }

    /** BGZF with one block per line (bgzip would pack them; this puts each damage on a known line). */
    static byte[] bgzipPerLine(byte[] text) throws IOException {
        Path tmp = Files.createTempFile(work, "bgzf", ".gz");
        try (BlockCompressedOutputStream o = new BlockCompressedOutputStream(tmp.toFile())) {
            int from = 0;
            for (int k = 0; k < text.length; k++) {
                if (text[k] == '\n') {
                    o.write(text, from, k + 1 - from);
                    o.flush();
                    from = k + 1;
                }
            }
            o.write(text, from, text.length - from);
        }
        byte[] b = Files.readAllBytes(tmp);
        Files.delete(tmp);
        return b;
    }

    private static List<int[]> blocks(byte[] bgzf) {
        List<int[]> out = new ArrayList<>();
        for (int at = 0; at < bgzf.length; ) {
            int size = (bgzf[at + 16] & 0xff | (bgzf[at + 17] & 0xff) << 8) + 1;
            out.add(new int[] {at, size});
            at += size;
        }
        return out;
    }

    private static byte[] gzip(byte[] text) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(text);
        }
        return b.toByteArray();
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    static String integrityCheck(Path p) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(MalformedVcfCorpusTest.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("no test resource " + name, e));
        }
    }
}
