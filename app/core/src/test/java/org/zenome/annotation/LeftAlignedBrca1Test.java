package org.zenome.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.plugin.IndexedFastaReference;
import org.zenome.plugin.VariantKey;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Left-aligned matching on real data, read in place: the GRCh37 BRCA1 region reference ({@code ref_brca1.fa}) and
 * the 1000 Genomes phase 3 variants of that region (left-aligned, as {@code bcftools norm} confirms). Every indel of
 * the 1000 Genomes file that lies in a repeat is written right-shifted into a case VCF (the shift found here by
 * brute force on the haplotype, independently of the code under test); annotating the case from the 1000 Genomes
 * file finds each one with its allele's AF once the reference is set, and agrees with {@code bcftools norm -f}
 * when bcftools is installed.
 */
class LeftAlignedBrca1Test {
    private static final Path SHARED = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"));
    private static final Path REGION = SHARED.resolve("reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G");
    private static final Path FASTA = REGION.resolve("ref_brca1.fa");
    private static final Path KG = REGION.resolve("brca1_1kgPhase3_variants.vcf.gz");

    @TempDir
    Path dir;

    /** A right-shifted indel written into the case, and the AF of the 1000 Genomes allele it is. */
    private record Shifted(int pos, String ref, String alt, String af, VariantKey original) {
    }

    @Test
    void rightShiftedRealIndelsMatchTheLeftAlignedThousandGenomesRecords() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FASTA) && Files.isRegularFile(KG),
                "shared data absent: " + REGION + " (BRCA1 reference and 1000 Genomes variants)");
        String seq = sequence(FASTA);
        List<Shifted> shifted = shiftedIndels(seq);
        assertThat(shifted).as("1000 Genomes indels in repeats in the BRCA1 region").hasSizeGreaterThan(20);
        StringBuilder vcf = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=ref_brca1,length=81188>\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tHG00096\n");
        for (Shifted s : shifted) {
            vcf.append("ref_brca1\t").append(s.pos()).append("\t.\t").append(s.ref()).append('\t').append(s.alt())
                    .append("\t50\tPASS\t.\tGT\t0/1\n");
        }
        Path caseVcf = dir.resolve("shifted.vcf");
        Files.writeString(caseVcf, vcf);

        // the code under test agrees with itself on the originals, and moves every shifted one back
        try (IndexedFastaReference ref = IndexedFastaReference.open(FASTA)) {
            for (Shifted s : shifted) {
                VariantKey k = new VariantKey("ref_brca1", s.pos(), s.ref(), s.alt());
                assertThat(k.normalised()).as("written shifted").isNotEqualTo(s.original());
                assertThat(k.leftAligned(ref)).as(k.toString()).isEqualTo(s.original());
            }
        }
        crossCheckWithBcftools(caseVcf, shifted);

        String db = dir.resolve("z.db").toString();
        Result imp = run("import", "--db", db, "--case", "KG1", "--build", "GRCh37", "--sample", "HG00096=proband",
                "-q", caseVcf.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        Result without = run("annotate", "--db", db, "--case", "KG1", "--plugin", "population-frequency",
                "--plugins", dir.resolve("none").toString(), "--name", "1000G as written", KG.toString());
        assertThat(without.code()).as(without.err()).isZero();
        assertThat(without.err()).contains("no reference FASTA for GRCh37");
        assertThat(without.out()).endsWith("\t" + shifted.size() + "\t0\n");
        Result set = run("reference", "set", "--db", db, "--build", "GRCh37", "--fasta", FASTA.toString());
        assertThat(set.code()).as(set.err()).isZero();
        long t0 = System.nanoTime();
        Result with = run("annotate", "--db", db, "--case", "KG1", "--plugin", "population-frequency", "--plugins",
                dir.resolve("none").toString(), "--name", "1000G left-aligned", KG.toString());
        System.out.printf("left-aligned annotation of %d indels: %d ms%n", shifted.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.err()).contains("indels left-aligned against " + FASTA.toAbsolutePath().normalize());
        assertThat(with.out()).endsWith("\t" + shifted.size() + "\t" + shifted.size() + "\n");
        try (SqliteCaseStore s = SqliteCaseStore.open(Path.of(db))) {
            long pk = s.cases().find("KG1").orElseThrow().id();
            Map<String, String> expected = new HashMap<>();
            shifted.forEach(x -> expected.put(x.pos() + " " + x.ref() + ">" + x.alt(), x.af()));
            for (Finding f : s.findings().query(pk, VariantFilter.all(), 0, 1000)) {
                List<FindingAnnotation> a = s.interpretation().annotations(f.id());
                assertThat(a).as(f.pos() + " " + f.ref() + ">" + f.alt()).singleElement()
                        .satisfies(x -> assertThat(Double.parseDouble(x.fields().get("AF"))).isEqualTo(
                                Double.parseDouble(expected.get(f.pos() + " " + f.ref() + ">" + f.alt()))));
            }
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code bcftools norm -f} moves each shifted indel to the 1000 Genomes position too (when installed). */
    private void crossCheckWithBcftools(Path caseVcf, List<Shifted> shifted) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("bcftools", "norm", "-f", FASTA.toString(), caseVcf.toString())
                    .redirectError(dir.resolve("bcftools.err").toFile()).start();
        } catch (IOException e) {
            System.out.println("bcftools not installed: cross-check skipped (" + e.getMessage() + ")");
            return;
        }
        List<VariantKey> normalised = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    String[] c = line.split("\t");
                    normalised.add(new VariantKey(c[0], Integer.parseInt(c[1]), c[3], c[4]).normalised());
                }
            }
        }
        assertThat(p.waitFor()).as(Files.readString(dir.resolve("bcftools.err"))).isZero();
        assertThat(normalised).containsExactlyInAnyOrderElementsOf(shifted.stream().map(Shifted::original).toList());
    }

    /** The single sequence of a FASTA. */
    private static String sequence(Path fasta) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String line : Files.readAllLines(fasta)) {
            if (!line.startsWith(">")) {
                b.append(line.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return b.toString();
    }

    /** Every indel allele of the 1000 Genomes file that can be written further right, written there. */
    private static List<Shifted> shiftedIndels(String seq) throws IOException {
        TreeMap<String, Shifted> out = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new BlockCompressedInputStream(KG.toFile()),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                String[] alts = c[4].split(",");
                String[] afs = info(c[7], "AF").split(",");
                for (int i = 0; i < alts.length; i++) {
                    if (alts[i].startsWith("<") || alts[i].length() == c[3].length()) {
                        continue;
                    }
                    VariantKey k = new VariantKey(c[0], Integer.parseInt(c[1]), c[3], alts[i]).normalised();
                    Shifted s = shiftRight(seq, k, afs[i]);
                    if (s != null) {
                        out.put(String.format("%06d %s %s", s.pos(), s.ref(), s.alt()), s);
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static String info(String info, String key) {
        for (String kv : info.split(";")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        throw new IllegalStateException("no " + key + " in " + info);
    }

    /**
     * The right-most equivalent of a trimmed insertion or deletion (one base of anchor), found by applying the
     * variant to the sequence and trying every later position; null when it cannot move or is complex.
     */
    static Shifted shiftRight(String seq, VariantKey k, String af) {
        int p = k.pos(); // 1-based anchor
        if (k.ref().length() > 1 && k.alt().length() == 1) {
            int len = k.ref().length() - 1;
            String hap = seq.substring(0, p) + seq.substring(p + len);
            int d = p + 1; // 1-based first deleted base
            while (d + len <= seq.length()
                    && (seq.substring(0, d) + seq.substring(d + len)).regionMatches(0, hap, 0, hap.length())) {
                d++;
            }
            if (d == p + 1) {
                return null;
            }
            int anchor = d - 1;
            return new Shifted(anchor, seq.substring(anchor - 1, anchor + len), seq.substring(anchor - 1, anchor), af, k);
        }
        if (k.alt().length() > 1 && k.ref().length() == 1) {
            String ins = k.alt().substring(1);
            String hap = seq.substring(0, p) + ins + seq.substring(p);
            int q = p; // insertion after 1-based q
            while (q + 1 <= seq.length()) {
                String candidate = hap.substring(q + 1, q + 1 + ins.length());
                if (!(seq.substring(0, q + 1) + candidate + seq.substring(q + 1)).equals(hap)) {
                    break;
                }
                q++;
            }
            if (q == p) {
                return null;
            }
            String inserted = hap.substring(q, q + ins.length());
            return new Shifted(q, seq.substring(q - 1, q), seq.substring(q - 1, q) + inserted, af, k);
        }
        return null;
    }
}
