package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.BrowserState;
import org.zenome.browser.BrowserState.TrackState;
import org.zenome.browser.ReferenceGenome;
import org.zenome.browser.TrackSpec;
import org.zenome.domain.GenomeBuild;

/**
 * Which CRAM encodings igv.js 3.8.2 decodes in WebView (no WebAssembly). The CRAMs are written at test time
 * with samtools from the real BRCA1 BAM, in a temporary folder; the test is skipped when samtools is absent.
 */
class BrowserCramCodecTest extends BrowserViewTestSupport {
    @TempDir
    Path tmp;

    private static boolean samtoolsAvailable() {
        try {
            return new ProcessBuilder("samtools", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path cram(Path bam, Path ref, String name, String options) throws Exception {
        Path out = tmp.resolve(name + ".cram");
        run("samtools", "view", "-T", ref.toString(), "-O", "cram," + options, "-o", out.toString(), bam.toString());
        run("samtools", "index", out.toString());
        return out;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    /**
     * A CRAM written by htsjdk: igv.js 3.8.2 refuses it ("assertion failed": htsjdk's rANS order-0 frequencies sum
     * to 4096, @gmod/cram 5 wants less), so the case view serves it as BAM regions decoded by htsjdk, and igv.js
     * then shows exactly the BAM's reads and depth.
     */
    @Test
    void htsjdkCramIsShownAsBamRegionsWithTheBamsReads() throws Exception {
        Path d = BrowserTestData.dir(BrowserTestData.BRCA1_DIR);
        Path ref = d.resolve("ref_brca1.fa");
        Path bam = d.resolve("brca1_HG00099.bam");
        Path cram = BrowserTestData.htsjdkCram(bam, ref, tmp.resolve("htsjdk-HG00099.cram"));
        TrackSpec served = org.zenome.casefiles.CramCompatibility.forBrowser(
                TrackSpec.alignments("htsjdk CRAM", cram), ref);
        assertThat(served.isServedAsBam()).isTrue();
        open(BrowserSession.of(ReferenceGenome.of(GenomeBuild.GRCh37, ref),
                List.of(TrackSpec.alignments("BAM", bam), served)));
        for (String locus : List.of("ref_brca1:20000-20100", "ref_brca1:41000-41100", "ref_brca1:60000-60100")) {
            await(view.bridge().gotoLocus(locus));
            BrowserState state = await(view.bridge().state());
            TrackState reference = state.track("BAM").orElseThrow();
            TrackState t = state.track("htsjdk CRAM").orElseThrow();
            assertThat(reference.inView()).isPositive();
            assertThat(t.featureCount()).as("reads at %s", locus).isEqualTo(reference.featureCount());
            assertThat(t.inView()).as("reads in view at %s", locus).isEqualTo(reference.inView());
            assertThat(t.maxDepth()).as("depth at %s", locus).isEqualTo(reference.maxDepth());
        }
        assertThat(errors).isEmpty();

        // the same file given to igv.js as CRAM: the failure this works around
        try {
            await(view.bridge().loadTrack(TrackSpec.alignments("htsjdk CRAM in igv.js", cram)));
        } catch (java.util.concurrent.ExecutionException ignored) {
            // igv.js may report through its dialog rather than fail the load
        }
        String error = errors.poll(TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(error).as("igv.js reading htsjdk's CRAM itself").isNotNull().contains("assertion failed");
    }

    @Test
    void cram31ProfilesAndBzip2AreReadLikeTheBamButLzmaNeedsWebAssembly() throws Exception {
        assumeTrue(samtoolsAvailable(), "samtools is not installed; it writes the CRAM variants");
        Path d = BrowserTestData.dir(BrowserTestData.BRCA1_DIR);
        Path ref = d.resolve("ref_brca1.fa");
        Path bam = d.resolve("brca1_HG00099.bam");
        List<TrackSpec> tracks = new ArrayList<>();
        tracks.add(TrackSpec.alignments("BAM", bam));
        List<String> readable = List.of("cram31-normal:version=3.1", "cram31-small:version=3.1,small",
                "cram31-archive:version=3.1,archive", "cram30-bzip2:version=3.0,use_bzip2");
        for (String spec : readable) {
            String[] p = spec.split(":", 2);
            tracks.add(TrackSpec.alignments(p[0], cram(bam, ref, p[0], p[1])));
        }
        open(BrowserSession.of(ReferenceGenome.of(GenomeBuild.GRCh37, ref), tracks));
        for (String locus : List.of("ref_brca1:20000-20100", "ref_brca1:41000-41100")) {
            await(view.bridge().gotoLocus(locus));
            BrowserState state = await(view.bridge().state());
            TrackState reference = state.track("BAM").orElseThrow();
            assertThat(reference.inView()).isPositive();
            for (String spec : readable) {
                String name = spec.split(":")[0];
                TrackState t = state.track(name).orElseThrow();
                assertThat(t.featureCount()).as("%s at %s", name, locus).isEqualTo(reference.featureCount());
                assertThat(t.inView()).as("%s at %s", name, locus).isEqualTo(reference.inView());
                assertThat(t.maxDepth()).as("%s at %s", name, locus).isEqualTo(reference.maxDepth());
            }
        }
        assertThat(errors).isEmpty();

        // LZMA blocks: @gmod/cram 5 decodes xz with WebAssembly, which WebView lacks
        Path lzma = cram(bam, ref, "cram30-lzma", "version=3.0,use_lzma");
        try {
            await(view.bridge().loadTrack(TrackSpec.alignments("cram30-lzma", lzma)));
        } catch (java.util.concurrent.ExecutionException ignored) {
            // igv.js may report through its dialog rather than fail the load
        }
        String error = errors.poll(TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(error).as("LZMA CRAM error").isNotNull().contains("WebAssembly");
        assertThat(await(view.bridge().state()).track("cram30-lzma").orElseThrow().featureCount()).isZero();

        // the case view serves such a CRAM as BAM regions decoded by htsjdk: the reads are there
        assertThat(org.zenome.casefiles.CramCompatibility.problem(lzma)).hasValueSatisfying(
                p -> assertThat(p).contains("LZMA"));
        TrackSpec asBam = org.zenome.casefiles.CramCompatibility.forBrowser(
                TrackSpec.alignments("cram30-lzma as BAM", lzma), ref);
        assertThat(asBam.isServedAsBam()).isTrue();
        await(view.bridge().loadTrack(asBam));
        await(view.bridge().gotoLocus("ref_brca1:20000-20100"));
        BrowserState state = await(view.bridge().state());
        TrackState lzmaAsBam = state.track("cram30-lzma as BAM").orElseThrow();
        assertThat(lzmaAsBam.inView()).isPositive().isEqualTo(state.track("BAM").orElseThrow().inView());
    }
}
