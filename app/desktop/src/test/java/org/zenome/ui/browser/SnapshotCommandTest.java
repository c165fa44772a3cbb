package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.CaseSnapshot;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * {@code zenome snapshot} end to end through the command line, on the real BRCA1 excerpt (three 1000 Genomes
 * samples' reads, GENCODE genes) imported with {@code --bam} and a reference set with {@code zenome reference set}.
 * The renderer is found through {@link java.util.ServiceLoader} as in the installed application; here it reuses
 * the test's headless toolkit.
 */
class SnapshotCommandTest {
    @TempDir
    Path dir;
    Path db;
    Path data;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void importCase() throws Exception {
        FxToolkit.registerPrimaryStage();
        data = BrowserTestData.dir(BrowserTestData.BRCA1_DIR).toAbsolutePath().normalize();
        db = dir.resolve("cases.db");
        Result imported = run("import", "--db", db.toString(), "--case", "BRCA1-TRIO", "--build", "GRCh37",
                "--sample", "HG00096=proband", "--sample", "HG00099=mother", "--sample", "HG00101=father",
                "--bam", "HG00096=" + data.resolve("brca1_HG00096.bam"),
                "--bam", "HG00099=" + data.resolve("brca1_HG00099.cram"),
                // the father's reads as GATK would write them: CRAM by htsjdk (served to igv.js as BAM regions)
                "--bam", "HG00101=" + BrowserTestData.htsjdkCram(data.resolve("brca1_HG00101.bam"),
                        data.resolve("ref_brca1.fa"), dir.resolve("HG00101.htsjdk.cram")), "-q",
                data.resolve("brca1_1kgPhase3_variants.vcf.gz").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Result ref = run("reference", "set", "--db", db.toString(), "--build", "GRCh37",
                "--fasta", data.resolve("ref_brca1.fa").toString(),
                "--annotation", data.resolve("brca1_gencodev19.gff3").toString());
        assertThat(ref.code()).as(ref.err()).isZero();
    }

    @Test
    void writesAnSvgWithTheReadsAndANonBlankPngAndKeepsThemWithTheCase() throws Exception {
        Path svg = dir.resolve("brca1.svg");
        long t0 = System.nanoTime();
        Result r = run("snapshot", "--db", db.toString(), "--case", "BRCA1-TRIO", "--locus", "ref_brca1:46-146",
                "--out", svg.toString());
        long svgMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("snapshot of case BRCA1-TRIO at ref_brca1:46-146: " + svg + " (SVG, 1200x");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<svg");
        // one group per alignment track, each with its read rows
        for (String track : List.of("HG00096proband", "HG00099mother", "HG00101father")) {
            assertThat(text).contains("id=\"" + track + "_referenceFrame");
            assertThat(drawnIn(text, track)).as("shapes drawn in the %s track", track).isGreaterThan(40);
        }

        Path png = dir.resolve("brca1.png");
        long t1 = System.nanoTime();
        Result p = run("snapshot", "--db", db.toString(), "--case", "BRCA1-TRIO", "--locus", "BRCA1",
                "--out", png.toString(), "--width", "900");
        long pngMs = (System.nanoTime() - t1) / 1_000_000;
        assertThat(p.code()).as(p.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(colours(image)).as("distinct colours").isGreaterThan(20);
        System.out.println("BENCH zenome snapshot in-process (toolkit running): SVG " + svgMs + " ms, PNG gene view "
                + pngMs + " ms");

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            long pk = store.cases().find("BRCA1-TRIO").orElseThrow().id();
            List<CaseSnapshot> kept = store.snapshots().list(pk);
            assertThat(kept).extracting(CaseSnapshot::format).containsExactly("SVG", "PNG");
            assertThat(kept.get(0).locus()).isEqualTo("ref_brca1:46-146");
            assertThat(kept.get(0).content()).isEqualTo(Files.readAllBytes(svg));
            assertThat(kept.get(1).width()).isEqualTo(900);
        }
    }

    @Test
    void badRequestsGetTheDocumentedExitCodes() {
        Path out = dir.resolve("x.svg");
        assertThat(run("snapshot", "--db", db.toString(), "--case", "NOPE", "--locus", "BRCA1", "--out", out.toString())
                .code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        Result wrongType = run("snapshot", "--db", db.toString(), "--case", "BRCA1-TRIO", "--locus", "BRCA1",
                "--out", dir.resolve("x.jpg").toString());
        assertThat(wrongType.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(wrongType.err()).contains("--out must end in .svg or .png");
        Result unknown = run("snapshot", "--db", db.toString(), "--case", "BRCA1-TRIO", "--locus", "NOTAGENE1",
                "--out", out.toString());
        assertThat(unknown.code()).as(unknown.err()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(unknown.err()).contains("--locus 'NOTAGENE1'");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve(".partial-x.svg")).doesNotExist();
    }

    /** Shapes drawn in the track's data group (clipped to its reference frame, up to the next clipped group). */
    private static int drawnIn(String svg, String track) {
        int start = svg.indexOf("url(#" + track + "_referenceFrame");
        int end = svg.indexOf("clip-path=\"url(#", start + 10);
        Matcher m = Pattern.compile("<(rect|path|line|polygon)\\b").matcher(svg.substring(start, end));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
