package org.zenome.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.zenome.cli.ZenomeCli;

/** {@code zenome plot}: every kind rendered headless, read back and checked for content; the spectrum counted by hand. */
class PlotCommandTest {
    static final Path SHARED = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"));
    static final String SEQ = "ACGTACGTTCAGGCTAGCTTACGATCGGATCCATGCAAGTCTGACTTGCAGTCCAGTAAC";

    @TempDir
    static Path dir;

    static String db;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void cases() throws Exception {
        db = dir.resolve("plots.db").toString();
        // a small somatic case on a 60-base reference whose spectrum is counted by hand below
        Path fa = dir.resolve("ref.fa");
        Files.writeString(fa, ">chr1\n" + SEQ + "\n");
        Files.writeString(dir.resolve("ref.fa.fai"), "chr1\t60\t6\t60\t61\n");
        StringBuilder v = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=chr1,length=60>\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                + "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n");
        String somatic = "\tGT:AD:DP\t0/1:30,10:40\t0/0:30,0:30\n";
        String[][] rows = {{"2", "C", "T", "PASS"}, {"10", "C", "A", "PASS"}, {"13", "G", "T", "PASS"},
            {"18", "C", "T", "PASS"}, {"22", "C", "T", "PASS"}, {"27", "G", "A", "PASS"}, {"33", "A", "G", "PASS"},
            {"40", "T", "G", "PASS"}, {"45", "C", "T", "weak_evidence"}};
        for (String[] r : rows) {
            v.append("chr1\t").append(r[0]).append("\t.\t").append(r[1]).append('\t').append(r[2]).append("\t.\t")
                    .append(r[3]).append("\t.").append(somatic);
        }
        v.append("chr1\t50\t.\tA\tG\t.\tPASS\t.\tGT:AD:DP\t0/1:20,20:40\t0/1:15,15:30\n"); // germline: not somatic
        v.append("chr1\t52\t.\tG\tA\t.\tPASS\t.").append(somatic); // REF G where the reference has T
        v.append("chr1\t55\t.\tA\tAC\t.\tPASS\t.").append(somatic); // an insertion: not an SNV
        Path vcf = dir.resolve("small_somatic.vcf");
        Files.writeString(vcf, v.toString());
        imp("SPEC", vcf, "--build", "GRCh38", "--sample", "TUMOR=tumour", "--sample", "NORMAL=normal");
        Result ref = run("reference", "set", "--db", db, "--build", "GRCh38", "--fasta", fa.toString());
        assertThat(ref.code()).as(ref.err()).isZero();
    }

    static void imp(String id, Path vcf, String... extra) {
        List<String> a = new ArrayList<>(List.of("import", "-q", "--db", db, "--case", id));
        a.addAll(List.of(extra));
        a.add(vcf.toString());
        Result r = run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void spectrumOfASmallSomaticVcfCountedByHand() throws Exception {
        Path out = dir.resolve("spectrum.svg");
        Result r = run("plot", "--db", db, "--case", "SPEC", "--kind", "spectrum", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : r.out().lines().skip(1).toList()) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("class") && !f[2].equals("0")) {
                counts.put(f[1], Long.parseLong(f[2]));
            }
        }
        // chr1:2 C>T in ACG, 22 C>T in ACG; 10 C>A in TCA; 13 G>T in GGC = C>A in GCC; 18 C>T in GCT;
        // 27 G>A in CGG = C>T in CCG; 33 A>G in CAT = T>C in ATG; 40 T>G in GTC. Not counted: 45 (not PASS),
        // 50 (the normal carries it), 52 (REF G but the reference has T), 55 (an insertion).
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("A[C>T]G", 2L, "T[C>A]A", 1L, "G[C>A]C", 1L,
                "G[C>T]T", 1L, "C[C>T]G", 1L, "A[T>C]G", 1L, "G[T>G]C", 1L));
        assertThat(r.out()).contains("skipped\tref_mismatch\t1\t");
        Document svg = svg(out);
        // one bar per non-empty class, in its substitution colour (C>A light blue, C>T red, T>C green, T>G pink)
        assertThat(filled(svg, "rgb(3,188,238)")).isGreaterThanOrEqualTo(2);
        assertThat(filled(svg, "rgb(227,41,38)")).isGreaterThanOrEqualTo(3);
        assertThat(filled(svg, "rgb(161,206,99)")).isGreaterThanOrEqualTo(1);
        assertThat(texts(svg)).anyMatch(t -> t.contains("SNV spectrum (8 SNVs)"));
    }

    @Test
    void signatureFitFromAUserMatrix() throws Exception {
        // three made-up signatures; the case's 8 SNVs are fitted against them
        StringBuilder m = new StringBuilder("Type\tSIG_A\tSIG_B\tSIG_C\n");
        for (String cls : Spectrum.classes()) {
            boolean ct = cls.contains("C>T");
            boolean ca = cls.contains("C>A");
            m.append(cls).append('\t').append(ct ? "0.04" : "0.005").append('\t').append(ca ? "0.05" : "0.004")
                    .append('\t').append("0.0104166").append('\n');
        }
        Path matrix = dir.resolve("sigs.tsv");
        Files.writeString(matrix, m.toString());
        Result r = run("plot", "--db", db, "--case", "SPEC", "--kind", "spectrum", "--signatures", matrix.toString(),
                "--out", dir.resolve("fit.png").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("signature\tSIG_A\t").contains("fit\tcosine_similarity\t");
        Files.writeString(matrix, "Type\tSIG_A\nA[C>A]A\t0.1\n");
        Result bad = run("plot", "--db", db, "--case", "SPEC", "--kind", "spectrum", "--signatures", matrix.toString(),
                "--out", dir.resolve("fit2.png").toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("sigs.tsv").contains("96 rows");
        assertThat(dir.resolve("fit2.png")).doesNotExist();
    }

    @Test
    void copyNumberFromSegAndCnsFiles() throws Exception {
        Path seg = dir.resolve("tumour.seg");
        Files.writeString(seg, "ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean\n"
                + "T1\tchr1\t1\t120000000\t500\t0.02\nT1\tchr1\t120000001\t248000000\t400\t0.58\n"
                + "T1\tchr7\t1\t159000000\t900\t-0.9\nT1\tchr17\t1\t83000000\t300\t-1.1\n");
        Path png = dir.resolve("cn.png");
        Result r = run("plot", "--db", db, "--case", "SPEC", "--kind", "cn", "--segments", seg.toString(), "--out",
                png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertNotBlank(png, 4);
        Path cns = dir.resolve("tumour.cns");
        Files.writeString(cns, "chromosome\tstart\tend\tgene\tlog2\tcn\tdepth\tprobes\tweight\n"
                + "chr2\t0\t100000000\t-\t0.6\t3\t40\t120\t50\nchr3\t0\t198000000\t-\t-1.0\t1\t20\t300\t80\n");
        Path svgFile = dir.resolve("cn.svg");
        r = run("plot", "--db", db, "--case", "SPEC", "--kind", "cn", "--segments", cns.toString(), "--out",
                svgFile.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(texts(svg(svgFile))).anyMatch(t -> t.contains("copy-number segments (2)"));
        Path bad = dir.resolve("bad.seg");
        Files.writeString(bad, "ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean\nT1\tchr1\tten\t20\t5\t0.1\n");
        r = run("plot", "--db", db, "--case", "SPEC", "--kind", "cn", "--segments", bad.toString(), "--out",
                dir.resolve("bad.png").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("bad.seg:2");
    }

    @Test
    void vafAndQcPicturesOfASyntheticTumourNormalPair() throws Exception {
        Path gen = SHARED.resolveSibling("tools").resolve("make-wgs-vcf");
        Assumptions.assumeTrue(Files.isExecutable(gen), "the shared VCF generator is absent: " + gen);
        Path vcf = dir.resolve("tn.vcf");
        Process p = new ProcessBuilder(gen.toString(), "--somatic", "--records", "6000", "-o", vcf.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(p.exitValue() == 0, "the generator failed");
        imp("TN", vcf);
        assertThat(run("tmb", "--db", db, "--case", "TN", "--callable-mb", "2.5").code()).isZero();
        Path vafSvg = dir.resolve("vaf.svg");
        Result s = run("plot", "--db", db, "--case", "TN", "--kind", "vaf", "--out", vafSvg.toString());
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(texts(svg(vafSvg))).anyMatch(t -> t.contains("over 2.5 Mb callable"));
        Path png = dir.resolve("vaf.png");
        Result r = run("plot", "--db", db, "--case", "TN", "--kind", "vaf", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertNotBlank(png, 3);
        // the tumour and the normal are one person: the QC (run for the picture) passes the check
        Path qc = dir.resolve("qc.svg");
        r = run("plot", "--db", db, "--case", "TN", "--kind", "qc", "--out", qc.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(texts(svg(qc))).anyMatch(t -> t.contains("No identity check failed"));
        Result q = run("qc", "--db", db, "--case", "TN");
        assertThat(q.out()).contains("tumour-normal\tTUMOR,NORMAL\tgermline_concordance\t1.000");
    }

    @Test
    void structuralVariantsOfTheScoutCancerCase() throws Exception {
        Path vcf = SHARED.resolve("scout_demo_cancer/manta_vep_94_annotated_sv_cancer_file.vcf.gz");
        Assumptions.assumeTrue(Files.isRegularFile(vcf), "shared data absent: " + vcf);
        imp("SV", vcf, "--disease-area", "cancer");
        Path png = dir.resolve("sv.png");
        Result r = run("plot", "--db", db, "--case", "SV", "--kind", "sv", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = r.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("chrom\tpos\tmate_chrom\tmate_pos\ttype\tlength\tgene\tfilter\ttumour_vaf");
        assertThat(rows.size()).as(r.out()).isGreaterThan(10);
        assertThat(rows).as(String.join("\n", rows.subList(0, Math.min(8, rows.size()))))
                .anyMatch(l -> l.split("\t")[4].equals("BND")).anyMatch(l -> l.split("\t")[4].equals("DUP"));
        assertNotBlank(png, 3);
        Result bad = run("plot", "--db", db, "--case", "SV", "--kind", "karyogram", "--out", png.toString());
        assertThat(bad.code()).isEqualTo(2);
        Result noSegs = run("plot", "--db", db, "--case", "SV", "--kind", "cn", "--out", png.toString());
        assertThat(noSegs.code()).isEqualTo(1);
        assertThat(noSegs.err()).contains("no copy-number segments");
    }

    @Test
    void japanesePicturesCarryJapaneseTextInTheReportFont() throws Exception {
        Path svgFile = dir.resolve("spectrum-ja.svg");
        Result r = run("plot", "--db", db, "--case", "SPEC", "--kind", "spectrum", "--lang", "ja", "--out",
                svgFile.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Document svg = svg(svgFile);
        List<String> texts = texts(svg);
        assertThat(texts).anyMatch(t -> t.contains("一塩基置換のスペクトラム（8 個）"))
                .anyMatch(t -> t.contains("3塩基の文脈"))
                .anyMatch(t -> t.contains("参照配列と REF が異なる 1 個"))
                .noneMatch(t -> t.contains("SNV spectrum")).noneMatch(t -> t.contains("Trinucleotide"));
        // the text is set in IPAex Gothic (the reports' font), with fallbacks for other SVG viewers
        assertThat(Files.readString(svgFile)).contains("IPAexGothic");
        assertThat(PlotFonts.japanese().canDisplayUpTo("染色体のアレル頻度とコピー数")).isEqualTo(-1);
        assertThat(PlotFonts.japanese().getFontName(java.util.Locale.ENGLISH)).startsWith("IPAex");

        Path png = dir.resolve("spectrum-ja.png");
        r = run("plot", "--db", db, "--case", "SPEC", "--kind", "spectrum", "--lang", "ja", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertNotBlank(png, 4);
        // the English picture of the same data differs only in its text
        Path en = dir.resolve("spectrum-en.png");
        assertThat(run("plot", "--db", db, "--case", "SPEC", "--kind", "spectrum", "--lang", "en", "--out",
                en.toString()).code()).isZero();
        assertThat(Files.readAllBytes(en)).isNotEqualTo(Files.readAllBytes(png));

        Result bad = run("plot", "--db", db, "--case", "SPEC", "--kind", "spectrum", "--lang", "fr", "--out",
                dir.resolve("fr.svg").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--lang must be ja or en");
        assertThat(dir.resolve("fr.svg")).doesNotExist();
    }

    @Test
    void everyTextOfThePicturesHasAJapaneseTranslation() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle(PlotText.BUNDLE, java.util.Locale.ROOT);
        java.util.ResourceBundle ja = java.util.ResourceBundle.getBundle(PlotText.BUNDLE, java.util.Locale.JAPANESE);
        assertThat(ja.keySet()).isEqualTo(en.keySet());
        for (String k : en.keySet()) {
            if (!k.equals("qc.titv")) {
                assertThat(ja.getString(k)).as(k).isNotEqualTo(en.getString(k));
            }
        }
        assertThat(PlotText.of(java.util.Locale.JAPAN).get("qc.title", "C1")).isEqualTo("C1：検体QC");
        assertThat(PlotText.of(java.util.Locale.ENGLISH).get("qc.title", "C1")).isEqualTo("C1: sample QC");
    }

    /** Reads a PNG back: at least {@code minColours} colours besides white and 1% of pixels not white. */
    static void assertNotBlank(Path png, int minColours) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertThat(img.getWidth()).isEqualTo(1600);
        long ink = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) {
                    ink++;
                    colours.add(rgb);
                }
            }
        }
        assertThat(ink).isGreaterThan(img.getWidth() * (long) img.getHeight() / 4 / 100);
        assertThat(colours.size()).isGreaterThanOrEqualTo(minColours);
    }

    static Document svg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
    }

    static long filled(Document d, String colour) {
        long n = 0;
        for (String tag : new String[] {"rect", "path"}) {
            NodeList l = d.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < l.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) l.item(i);
                if (e.getAttribute("style").replace(" ", "").contains("fill:" + colour) || e.getAttribute("fill").equals(colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        NodeList l = d.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < l.getLength(); i++) {
            out.add(l.item(i).getTextContent());
        }
        return out;
    }
}
