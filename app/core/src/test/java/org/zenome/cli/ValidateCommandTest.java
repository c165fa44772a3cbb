package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String HEADER = """
            ##fileformat=VCFv4.2
            ##contig=<ID=chr1,length=248956422>
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1
            """;
    private static final String GOOD = HEADER + "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n"
            + "chr1\t200\t.\tC\tT,A\t50\tPASS\t.\tGT\t1/2\n";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void validFilesPrintOkAndExitZero() throws Exception {
        Path plain = Files.writeString(dir.resolve("good.vcf"), GOOD);
        Path bgzf = dir.resolve("good.vcf.gz");
        try (OutputStream os = new BlockCompressedOutputStream(bgzf.toFile())) {
            os.write(GOOD.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("validate", plain.toString(), bgzf.toString())).isZero();
        assertThat(out.lines()).containsExactly("OK " + plain, "OK " + bgzf);
    }

    @Test
    void eachInvalidFileNamesItsLineAndRuleAndTheExitIsThree() throws Exception {
        Path good = Files.writeString(dir.resolve("good.vcf"), GOOD);
        Path badPos = Files.writeString(dir.resolve("badpos.vcf"), GOOD + "chr1\tabc\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n");
        Path unsorted = Files.writeString(dir.resolve("unsorted.vcf"), GOOD + "chr1\t150\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n");
        Path columns = Files.writeString(dir.resolve("columns.vcf"), GOOD + "chr1\t300\t.\tA\tG\t50\tPASS\t.\tGT\n");
        Path notVcf = Files.writeString(dir.resolve("notes.txt"), "meeting notes\n");
        Path gz = dir.resolve("truncated.vcf.gz");
        byte[] all;
        try (var bos = new java.io.ByteArrayOutputStream(); var gos = new GZIPOutputStream(bos)) {
            gos.write((GOOD + GOOD.substring(HEADER.length()).repeat(200)).getBytes(StandardCharsets.UTF_8));
            gos.finish();
            all = bos.toByteArray();
        }
        Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));
        Path binary = Files.write(dir.resolve("index.tbi"), new byte[] {'T', 'B', 'I', 1, (byte) 0xff, (byte) 0xfe, 0, 3});

        int code = run("validate", good.toString(), badPos.toString(), unsorted.toString(), columns.toString(),
                notVcf.toString(), gz.toString(), binary.toString(), dir.resolve("missing.vcf").toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.lines()).hasSize(8);
        assertThat(out.lines().toList().get(0)).isEqualTo("OK " + good);
        assertThat(out).contains("INVALID " + badPos + ":7: POS 'abc'");
        assertThat(out).contains("INVALID " + unsorted + ":7: ");
        assertThat(out).contains("INVALID " + columns + ":7: wrong number of columns");
        assertThat(out).contains("INVALID " + notVcf + ":1: not a VCF file");
        assertThat(out).containsPattern("INVALID " + java.util.regex.Pattern.quote(gz.toString()) + ":\\d+: .*");
        assertThat(out).contains("INVALID " + binary + ":1: not a VCF file");
        assertThat(out).contains("INVALID " + dir.resolve("missing.vcf") + ":0: file not found");
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void buildMismatchIsInvalid() throws Exception {
        Path f = Files.writeString(dir.resolve("grch38.vcf"), GOOD);
        assertThat(run("validate", "--build", "GRCh37", f.toString())).isEqualTo(3);
        assertThat(out).startsWith("INVALID " + f + ":");
        assertThat(run("validate", "--build", "GRCh38", f.toString())).isZero();
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run("validate")).isEqualTo(2);
    }
}
