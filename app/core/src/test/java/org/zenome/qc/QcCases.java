package org.zenome.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.zenome.cli.ZenomeCli;

/** Test inputs of the sample QC: the shared tools and data, and small VCFs written here. */
final class QcCases {
    static final Path SHARED = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"));
    static final Path GENERATOR = SHARED.resolveSibling("tools").resolve("make-wgs-vcf");

    record Result(int code, String out, String err) {
        /** The TSV rows whose first three columns are these. */
        String[] row(String section, String subject, String metric) {
            return out.lines().map(l -> l.split("\t", -1))
                    .filter(f -> f[0].equals(section) && f[1].equals(subject) && f[2].equals(metric)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + section + " " + subject + " " + metric + " in\n" + out));
        }
    }

    private QcCases() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    static void importCase(String db, String id, Path vcf, Path ped, String... extra) {
        List<String> a = new ArrayList<>(List.of("import", "-q", "--db", db, "--case", id));
        if (ped != null) {
            a.add("--ped");
            a.add(ped.toString());
        }
        a.addAll(List.of(extra));
        a.add(vcf.toString());
        Result r = run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** A synthetic trio or tumour/normal VCF from the shared generator; skips when it is absent. */
    static Path generate(Path dir, int records, String... options) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(GENERATOR), "the shared VCF generator is absent: " + GENERATOR);
        Path out = dir.resolve("gen-" + records + String.join("", options).replace("-", "") + ".vcf");
        List<String> cmd = new ArrayList<>(List.of(GENERATOR.toString(), "--records", Integer.toString(records),
                "-o", out.toString()));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(p.exitValue() == 0, "the generator failed (python3 missing?): " + log);
        return out;
    }

    static Path ped(Path dir, String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    /**
     * A GRCh38 VCF of samples of known sex, genotyped as a caller that knows ploidy would: females heterozygous on
     * part of the X sites and without reads on Y, males hemizygous (homozygous) on X and with Y reads.
     */
    static Path sexes(Path dir, String... sexes) throws IOException {
        Random rnd = new Random(11);
        StringBuilder sb = new StringBuilder("##fileformat=VCFv4.2\n##reference=GRCh38\n");
        for (String c : new String[] {"chr1", "chr2", "chrX", "chrY"}) {
            sb.append("##contig=<ID=").append(c).append(",length=").append(switch (c) {
                case "chr1" -> 248956422;
                case "chr2" -> 242193529;
                case "chrX" -> 156040895;
                default -> 57227415;
            }).append(",assembly=GRCh38>\n");
        }
        sb.append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
        sb.append("##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n");
        sb.append("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n");
        sb.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
        for (int i = 0; i < sexes.length; i++) {
            sb.append('\t').append(sexes[i].toUpperCase(Locale.ROOT).charAt(0) == 'M' ? "M" : "F").append(i + 1);
        }
        sb.append('\n');
        String[][] snv = {{"A", "G"}, {"C", "T"}, {"G", "A"}, {"T", "C"}, {"A", "C"}, {"G", "T"}};
        for (String chrom : new String[] {"chr1", "chr2", "chrX", "chrY"}) {
            int n = chrom.equals("chrY") ? 30 : 80;
            for (int k = 0; k < n; k++) {
                int pos = 5_000_000 + k * 100_000;
                String[] al = snv[rnd.nextInt(snv.length)];
                sb.append(chrom).append('\t').append(pos).append("\t.\t").append(al[0]).append('\t').append(al[1])
                        .append("\t50\tPASS\t.\tGT:AD:DP");
                for (String s : sexes) {
                    boolean male = s.toUpperCase(Locale.ROOT).charAt(0) == 'M';
                    String gt;
                    int dp = 30;
                    if (chrom.equals("chrY")) {
                        gt = male ? "1/1" : "./.";
                        dp = male ? 15 : 0;
                    } else if (chrom.equals("chrX") && male) {
                        gt = rnd.nextBoolean() ? "1/1" : "0/0";
                        dp = 15;
                    } else {
                        int r = rnd.nextInt(3);
                        gt = r == 0 ? "0/0" : r == 1 ? "0/1" : "1/1";
                    }
                    int alt = gt.equals("1/1") ? dp : gt.equals("0/1") ? dp / 2 : 0;
                    sb.append('\t').append(gt).append(':').append(gt.equals("./.") ? "." : (dp - alt) + "," + alt)
                            .append(':').append(gt.equals("./.") ? "." : Integer.toString(dp));
                }
                sb.append('\n');
            }
        }
        Path p = dir.resolve("sexes.vcf");
        Files.writeString(p, sb.toString());
        return p;
    }
}
