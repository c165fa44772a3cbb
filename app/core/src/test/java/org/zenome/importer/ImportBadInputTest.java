package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.testing.TestImports.bigTrioLines;
import static org.zenome.testing.TestImports.cli;
import static org.zenome.testing.TestImports.fixture;
import static org.zenome.testing.TestImports.join;
import static org.zenome.testing.TestImports.snapshot;
import static org.zenome.testing.TestImports.trioHeaderLines;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.ZenomeCli;
import org.zenome.testing.TestImports;
import org.zenome.testing.TestImports.CliRun;

/**
 * Bad input through {@code zenome import} run in-process: exit 3, exactly one line on standard error naming
 * the file, the 1-based line and the problem, no stack trace, and the store exactly as it was.
 */
class ImportBadInputTest {
    private static final Pattern ONE_LINE = Pattern.compile("^zenome: (.+?)(?::(\\d+))?: (.+)$");
    private static final int RECORDS = 24_000; // about 3 MB: two BGZF units of 32 blocks (2 MB each), several text units
    @TempDir
    Path dir;
    /** One store for the whole class: every refused import must leave it as it was, so it never changes. */
    static Path db;
    static String before;

    @BeforeAll
    static void storeWithOneCase(@TempDir Path storeDir) {
        db = storeDir.resolve("store").resolve("zenome.db");
        CliRun ok = cli("import", "--db", db.toString(), "--case", "KEEP", "-q", fixture("csq_order_a.vcf").toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        before = snapshot(db);
        assertThat(before).contains("KEEP").contains("file " + db.getFileName() + ".findings");
    }

    /** Runs the import and checks the contract; returns {file, line or null, problem}. */
    private String[] refused(Path vcf, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), "--case", "BAD"));
        args.addAll(Arrays.asList(extra));
        args.add(vcf.toString());
        CliRun r = cli(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(r.errLines()).as("stderr: " + r.err()).hasSize(1);
        String line = r.errLines().get(0);
        assertThat(line).doesNotContain("Exception", "\tat ", "java.", "htsjdk");
        Matcher m = ONE_LINE.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        assertThat(m.group(1)).isEqualTo(vcf.toString());
        assertThat(r.out()).isEmpty();
        assertThat(snapshot(db)).as("store unchanged").isEqualTo(before);
        return new String[] {m.group(1), m.group(2), m.group(3)};
    }

    private static long lineOf(String[] e) {
        assertThat(e[1]).as("line number in " + String.join(":", e)).isNotNull();
        return Long.parseLong(e[1]);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void textFileThatIsNotAVcf() throws Exception {
        Path p = write("letter.txt", "Referral letter for the expert panel\nPatient is well.\n".getBytes(StandardCharsets.UTF_8));
        String[] e = refused(p);
        assertThat(lineOf(e)).isEqualTo(1);
        assertThat(e[2]).contains("##fileformat=VCFv4");
        // binary content (an index, a BAM), compressed or not
        byte[] binary = new byte[5000];
        new java.util.Random(7).nextBytes(binary);
        for (Path b : List.of(write("reads.bam", binary), TestImports.bgzip(binary, dir.resolve("index.tbi")))) {
            String[] eb = refused(b);
            assertThat(lineOf(eb)).isEqualTo(1);
            assertThat(eb[2]).contains("not a VCF file").contains("binary");
        }
    }

    @Test
    void missingFile() {
        String[] e = refused(dir.resolve("no-such.vcf"));
        assertThat(e[2]).isEqualTo("file not found");
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(refused(write("empty.vcf", new byte[0]))[2]).contains("empty");
    }

    private static byte[] withBadPos(int dataLine) {
        List<String> lines = bigTrioLines(RECORDS);
        int i = trioHeaderLines() + dataLine - 1;
        lines.set(i, lines.get(i).replaceFirst("\t(\\d+)\t", "\t$1x\t"));
        return join(lines);
    }

    @Test
    void malformedLineInTheMiddlePlainGzipAndBgzip() throws Exception {
        int dataLine = 20_001; // in the second BGZF unit
        long expected = trioHeaderLines() + dataLine;
        byte[] bytes = withBadPos(dataLine);
        Path plain = write("bad.vcf", bytes);
        Path gz = TestImports.gzip(bytes, dir.resolve("bad.vcf.gz"));
        Path bgz = TestImports.bgzip(bytes, dir.resolve("bad.bgz.vcf.gz"));
        for (Path p : List.of(plain, gz, bgz)) {
            String[] e = refused(p);
            assertThat(lineOf(e)).as(p.toString()).isEqualTo(expected);
            assertThat(e[2]).as(p.toString()).startsWith("POS '").contains("is not a positive integer");
        }
    }

    /**
     * A bad line late in a file, when the writer thread is busy storing the rows before it: the import is abandoned
     * while a batch may still be going into the store. Repeated, because that moment is a race: the writer must be
     * stopped before the store's writer is closed (once, a statement finalised under a running batch crashed the
     * whole process).
     */
    @Test
    void badLineWhileTheWriterIsBusyLeavesTheStoreAndTheProcessWhole() throws Exception {
        int dataLine = RECORDS - 10;
        Path bgz = TestImports.bgzip(withBadPos(dataLine), dir.resolve("late-bad.vcf.gz"));
        for (int i = 0; i < 6; i++) {
            String[] e = refused(bgz);
            assertThat(lineOf(e)).isEqualTo(trioHeaderLines() + dataLine);
        }
    }

    @Test
    void nonUtf8BytesInTheMiddle() throws Exception {
        int dataLine = 19_001;
        long expected = trioHeaderLines() + dataLine;
        List<String> lines = bigTrioLines(RECORDS);
        byte[] bytes = join(lines);
        // the line's INFO gets a Latin-1 'é' (0xE9 followed by ';'): not UTF-8
        String target = lines.get((int) expected - 1);
        int at = indexOf(bytes, target.getBytes(StandardCharsets.UTF_8)) + target.indexOf("DP=30") + 2;
        bytes[at] = (byte) 0xE9;
        Path plain = write("latin1.vcf", bytes);
        Path gz = TestImports.gzip(bytes, dir.resolve("latin1.vcf.gz"));
        Path bgz = TestImports.bgzip(bytes, dir.resolve("latin1.bgz.vcf.gz"));
        for (Path p : List.of(plain, gz, bgz)) {
            String[] e = refused(p);
            assertThat(lineOf(e)).as(p.toString()).isEqualTo(expected);
            assertThat(e[2]).as(p.toString()).contains("not valid UTF-8");
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void truncatedGzip() throws Exception {
        byte[] full = Files.readAllBytes(TestImports.gzip(join(bigTrioLines(8000)), dir.resolve("full.vcf.gz")));
        byte[] cut = Arrays.copyOf(full, full.length * 6 / 10);
        Path p = write("truncated.vcf.gz", cut);
        // the line the data stops in, found independently: inflate what is there and count complete lines
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            byte[] b = new byte[8192];
            int n;
            while ((n = in.read(b)) > 0) {
                got.write(b, 0, n);
            }
        } catch (EOFException expectedEnd) {
            // the truncation
        }
        long complete = got.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
        assertThat(complete).isGreaterThan(trioHeaderLines() + 1000L).isLessThan(trioHeaderLines() + 8000L);
        String[] e = refused(p);
        assertThat(lineOf(e)).isEqualTo(complete + 1);
        assertThat(e[2]).contains("truncated");
    }

    @Test
    void truncatedBgzfNamesTheLineWhereTheDataStops() throws Exception {
        byte[] text = join(bigTrioLines(2000));
        byte[] full = Files.readAllBytes(TestImports.bgzip(text, dir.resolve("full.bgz")));
        long allLines = trioHeaderLines() + 2000;
        // without the 28-byte end-of-file marker block: every line is there, what followed may be lost
        String[] e = refused(write("noeof.vcf.gz", Arrays.copyOf(full, full.length - 28)));
        assertThat(e[2]).contains("truncated BGZF file");
        assertThat(lineOf(e)).isEqualTo(allLines + 1);
        // cut inside a block: the lines of the blocks before it are complete
        int cut = full.length / 2;
        int blockStart = 0;
        int uncompressedBefore = 0;
        for (int at = 0; at < cut; ) {
            int bsize = (full[at + 16] & 0xff | (full[at + 17] & 0xff) << 8) + 1;
            if (at + bsize > cut) {
                blockStart = at;
                break;
            }
            uncompressedBefore += java.nio.ByteBuffer.wrap(full, at + bsize - 4, 4)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            at += bsize;
        }
        assertThat(blockStart).isPositive();
        long complete = 0;
        for (int i = 0; i < uncompressedBefore; i++) {
            if (text[i] == '\n') {
                complete++;
            }
        }
        String[] e2 = refused(write("cut.vcf.gz", Arrays.copyOf(full, cut)));
        assertThat(e2[2]).contains("truncated");
        assertThat(lineOf(e2)).isEqualTo(complete + 1);
    }

    @Test
    void corruptFirstBgzfBlockGivesAPlainMessage() throws Exception {
        byte[] bytes = Files.readAllBytes(TestImports.bgzip(join(bigTrioLines(2000)), dir.resolve("ok.bgz")));
        for (int i = 40; i < 90; i++) {
            bytes[i] = (byte) 0xFF; // damage the deflate data of the first block (the header)
        }
        String[] e = refused(write("corrupt.vcf.gz", bytes));
        assertThat(e[2]).startsWith("corrupt compressed data").doesNotContain("DataFormat", "Exception", "java.");
    }

    @Test
    void corruptBgzfBlockInTheMiddleNamesTheLineItDamages() throws Exception {
        byte[] text = join(bigTrioLines(RECORDS));
        byte[] bytes = Files.readAllBytes(TestImports.bgzip(text, dir.resolve("ok.bgz")));
        // walk the blocks (BSIZE at byte 16, ISIZE in the last 4 bytes) to a block in the second unit of 32
        List<int[]> blocks = new ArrayList<>(); // {file offset, size, uncompressed bytes before it}
        int uncompressed = 0;
        for (int at = 0; at < bytes.length; ) {
            int bsize = (bytes[at + 16] & 0xff | (bytes[at + 17] & 0xff) << 8) + 1;
            int isize = java.nio.ByteBuffer.wrap(bytes, at + bsize - 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            blocks.add(new int[] {at, bsize, uncompressed});
            uncompressed += isize;
            at += bsize;
        }
        assertThat(blocks.size()).isGreaterThan(40);
        for (int index : new int[] {0, 1, 37}) {
            int[] b = blocks.get(index);
            byte[] damaged = bytes.clone();
            for (int i = b[0] + 30; i < b[0] + 60; i++) {
                damaged[i] ^= (byte) 0x5A;
            }
            long complete = 0;
            for (int i = 0; i < b[2]; i++) {
                if (text[i] == '\n') {
                    complete++;
                }
            }
            String[] e = refused(write("corrupt-" + index + ".vcf.gz", damaged));
            assertThat(lineOf(e)).as("block " + index).isEqualTo(complete + 1);
            assertThat(e[2]).containsAnyOf("corrupt", "CRC").doesNotContain("DataFormat", "Exception");
        }
    }

    @Test
    void buildGivenContradictsTheHeader() {
        Path trio = fixture("trio_grch38.vcf");
        String[] e = refused(trio, "--build", "GRCh37");
        assertThat(lineOf(e)).isEqualTo(trioHeaderLines()); // the #CHROM line ends the header it was read from
        assertThat(e[2]).contains("genome build mismatch").contains("GRCh37").contains("GRCh38");
    }

    @Test
    void undetectableBuildWithoutBuildOption() {
        String[] e = refused(fixture("no_build.vcf"));
        assertThat(lineOf(e)).isEqualTo(4);
        assertThat(e[2]).contains("cannot detect the genome build").contains("--build");
        CliRun ok = cli("import", "--db", dir.resolve("other.db").toString(), "--case", "GIVEN", "-q",
                "--build", "GRCh38", fixture("no_build.vcf").toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
    }

    @Test
    void genotypeIndexBeyondTheAlts() throws Exception {
        List<String> lines = bigTrioLines(500);
        int i = trioHeaderLines() + 300 - 1;
        lines.set(i, lines.get(i).replace("\t0/0:30,0:30:99\t", "\t0/3:30,0:30:99\t"));
        String[] e = refused(write("gt.vcf", join(lines)));
        assertThat(lineOf(e)).isEqualTo(i + 1);
        assertThat(e[2]).contains("GT");
    }

    @Test
    void unsortedRecords() throws Exception {
        List<String> lines = bigTrioLines(500);
        int i = trioHeaderLines() + 200 - 1;
        String moved = lines.remove(i);
        lines.add(i + 5, moved);
        String[] e = refused(write("unsorted.vcf", join(lines)));
        // the moved record now sits after five records with larger positions: file line (i + 5) + 1
        assertThat(lineOf(e)).isEqualTo(i + 6);
        assertThat(e[2]).containsAnyOf("sorted", "order");
    }

    /**
     * Records out of order in a file of several units (the parser threads check the order within each unit, the
     * consumer across them): the first one is named, at its line, in plain and BGZF input alike.
     */
    @Test
    void unsortedRecordsAnywhereInABigFile() throws Exception {
        int header = trioHeaderLines();
        // a POS smaller than the one before: the second record, near the end of the first unit, in the second, last
        for (int dataLine : new int[] {2, 14_000, 20_001, RECORDS}) {
            List<String> lines = bigTrioLines(RECORDS);
            int i = header + dataLine - 1;
            lines.set(i, lines.get(i).replaceFirst("\t(\\d+)\t", "\t5\t"));
            byte[] bytes = join(lines);
            for (Path p : List.of(write("pos" + dataLine + ".vcf", bytes),
                    TestImports.bgzip(bytes, dir.resolve("pos" + dataLine + ".vcf.gz")))) {
                String[] e = refused(p);
                assertThat(lineOf(e)).as(p.toString()).isEqualTo(header + dataLine);
                assertThat(e[2]).as(p.toString()).startsWith("records are not sorted: POS 5 after ");
            }
        }
        // chr2 in the middle, across the first unit's end, then chr1 again
        List<String> lines = bigTrioLines(RECORDS);
        for (int dataLine = 13_000; dataLine <= 15_000; dataLine++) {
            int i = header + dataLine - 1;
            lines.set(i, lines.get(i).replaceFirst("^chr1\t", "chr2\t"));
        }
        byte[] bytes = join(lines);
        for (Path p : List.of(write("again.vcf", bytes), TestImports.bgzip(bytes, dir.resolve("again.vcf.gz")))) {
            String[] e = refused(p);
            assertThat(lineOf(e)).as(p.toString()).isEqualTo(header + 15_001);
            assertThat(e[2]).as(p.toString()).contains("contig 'chr1' appears again after 'chr2'");
        }
    }

    @Test
    void errorsInTheHeaderNameTheirLine() throws Exception {
        List<String> lines = bigTrioLines(10);
        lines.set(1, "##source=Kyōto clinic"); // valid UTF-8: accepted
        byte[] ok = join(lines);
        byte[] latin1 = ok.clone();
        int at = indexOf(latin1, "Ky".getBytes(StandardCharsets.UTF_8)) + 2;
        latin1[at] = (byte) 0xF4; // 'ô' in Latin-1, followed by a byte that is not a continuation byte
        latin1[at + 1] = 'k';
        for (Path p : List.of(write("h.vcf", latin1), TestImports.gzip(latin1, dir.resolve("h.vcf.gz")),
                TestImports.bgzip(latin1, dir.resolve("h.bgz.vcf.gz")))) {
            String[] e = refused(p);
            assertThat(lineOf(e)).as(p.toString()).isEqualTo(2);
            assertThat(e[2]).contains("not valid UTF-8");
        }
        List<String> badInfo = bigTrioLines(10);
        int info = badInfo.indexOf(badInfo.stream().filter(l -> l.startsWith("##INFO=<ID=REVEL")).findFirst()
                .orElseThrow());
        badInfo.set(info, "##INFO=<ID=REVEL,Number=1,Description=\"no type\">");
        String[] e = refused(TestImports.gzip(join(badInfo), dir.resolve("info.vcf.gz")));
        assertThat(lineOf(e)).isEqualTo(info + 1);
        assertThat(e[2]).contains("Type");
    }
}
