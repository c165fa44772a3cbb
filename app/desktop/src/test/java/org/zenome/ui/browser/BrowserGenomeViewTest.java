package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.BrowserState;
import org.zenome.browser.BrowserState.TrackState;
import org.zenome.browser.TrackSpec;

/**
 * igv.js in the WebView (headless Monocle) on real 1000 Genomes reads: every assertion reads igv.js's own state
 * through the bridge.
 */
class BrowserGenomeViewTest extends BrowserViewTestSupport {

    private static void assertReadsLoaded(TrackState t, String chrom, long start, long end) {
        assertThat(t.type()).isEqualTo("alignment");
        assertThat(t.covers(chrom, start, end)).as("%s loaded %s:%d-%d, view %s:%d-%d", t.name(), t.loadedChrom(),
                t.loadedStart(), t.loadedEnd(), chrom, start, end).isTrue();
        assertThat(t.inView()).as("%s reads in view", t.name()).isPositive();
        assertThat(t.maxDepth()).as("%s depth in view", t.name()).isPositive();
    }

    @Test
    void bamReadsAreLoadedAtTheLocusAndMatchAnIndependentCount() throws Exception {
        open(BrowserTestData.chr17(true, false));
        String locus = await(view.bridge().gotoLocus("17:2000-2100"));
        assertThat(locus).isEqualTo("17:2000-2100");

        BrowserState state = await(view.bridge().state());
        assertThat(state.igvVersion()).isEqualTo("3.8.2");
        assertThat(state.locus()).isEqualTo("17:2000-2100");
        TrackState bam = state.track("HG00100 BAM").orElseThrow();
        assertReadsLoaded(bam, "17", 2000, 2100);
        assertThat(bam.format()).isEqualTo("bam");
        Path file = BrowserTestData.dir(BrowserTestData.CHR17_DIR).resolve("HG00100.17_1-4200.bam");
        assertThat(bam.featureCount()).as("alignments igv.js loaded vs htsjdk over the same interval")
                .isEqualTo(BrowserTestData.countReads(file, "17", bam.loadedStart(), bam.loadedEnd()));
        assertThat(view.bridge().locusProperty().get()).isEqualTo("17:2000-2100");
    }

    @Test
    void cramReadsAreDecodedInTheWebViewLikeTheBam() throws Exception {
        open(BrowserTestData.chr17(true, true));
        for (String target : List.of("17:2000-2100", "17:300-400", "17:3900-4000")) {
            String locus = await(view.bridge().gotoLocus(target));
            assertThat(locus).isEqualTo(target);
            BrowserState state = await(view.bridge().state());
            TrackState bam = state.track("HG00100 BAM").orElseThrow();
            TrackState cram = state.track("HG00100 CRAM").orElseThrow();
            String[] p = target.split("[:-]");
            assertReadsLoaded(bam, "17", Long.parseLong(p[1]), Long.parseLong(p[2]));
            assertReadsLoaded(cram, "17", Long.parseLong(p[1]), Long.parseLong(p[2]));
            assertThat(cram.format()).isEqualTo("cram");
            assertThat(cram.inView()).as("CRAM reads in view at %s", target).isEqualTo(bam.inView());
            assertThat(cram.maxDepth()).as("CRAM depth at %s", target).isEqualTo(bam.maxDepth());
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void brca1RegionWithGenesVariantsAndThreeSamplesAsBamAndCram() throws Exception {
        open(BrowserTestData.brca1("brca1_HG00096.bam", "brca1_HG00099.bam", "brca1_HG00101.cram"));
        // rs12516 (POS 96, G>A), heterozygous in HG00096 and HG00099; GENCODE's BRCA1 3' exon is under it
        String locus = await(view.bridge().selectVariant("ref_brca1", 96, "G", "A"));
        assertThat(locus).isEqualTo("ref_brca1:46-146");
        BrowserState state = await(view.bridge().state());
        assertThat(state.locus()).isEqualTo("ref_brca1:46-146");
        assertThat(state.tracks()).extracting(TrackState::name)
                .containsExactly("Genes", "Variants", "brca1_HG00096.bam", "brca1_HG00099.bam", "brca1_HG00101.cram");
        assertThat(state.track("Variants").orElseThrow().inView()).isGreaterThanOrEqualTo(1);
        assertThat(state.track("Genes").orElseThrow().inView()).isPositive();
        for (String sample : List.of("brca1_HG00096.bam", "brca1_HG00099.bam", "brca1_HG00101.cram")) {
            assertReadsLoaded(state.track(sample).orElseThrow(), "ref_brca1", 46, 146);
        }
        Path d = BrowserTestData.dir(BrowserTestData.BRCA1_DIR);
        TrackState hg99 = state.track("brca1_HG00099.bam").orElseThrow();
        assertThat(hg99.featureCount()).isEqualTo(
                BrowserTestData.countReads(d.resolve("brca1_HG00099.bam"), "ref_brca1", hg99.loadedStart(), hg99.loadedEnd()));
        TrackState hg101 = state.track("brca1_HG00101.cram").orElseThrow();
        assertThat(hg101.featureCount()).as("CRAM vs htsjdk on the BAM of the same reads").isEqualTo(
                BrowserTestData.countReads(d.resolve("brca1_HG00101.bam"), "ref_brca1", hg101.loadedStart(), hg101.loadedEnd()));
        assertThat(errors).as("the GENCODE split-codon exon must not break the redraw").isEmpty();
    }

    @Test
    void findsAGeneSymbolInTheLocalAnnotationAndAcceptsChrAliases() throws Exception {
        open(BrowserTestData.brca1("brca1_HG00096.bam"));
        String gene = await(view.bridge().gotoLocus("BRCA1"));
        assertThat(gene).startsWith("ref_brca1:");
        BrowserState state = await(view.bridge().state());
        assertThat(state.track("Genes").orElseThrow().inView()).isPositive();

        fx(() -> {
            view.open(BrowserTestData.chr17(true, false));
            return null;
        });
        assertThat(await(view.bridge().gotoLocus("chr17:1000-1100"))).isEqualTo("17:1000-1100");
        assertThatThrownBy(() -> await(view.bridge().gotoLocus("NO_SUCH_GENE_XYZ")))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IgvCommandException.class)
                .hasMessageContaining("Locus not found");
    }

    @Test
    void aGzippedCytobandTableIsAccepted() throws Exception {
        BrowserSession plain = BrowserTestData.chr17(true, false);
        Path cytoband = BrowserTestData.dir("gene_annotation").resolve("scout_cytoBand_hg19.txt.gz");
        open(new BrowserSession(plain.reference().withCytoband(cytoband), plain.tracks(), "17:2000-2100"));
        assertThat(await(view.bridge().gotoLocus("17:2000-2100"))).isEqualTo("17:2000-2100");
        assertThat(fx(view::servedFileCount)).isEqualTo(5);
        assertReadsLoaded(await(view.bridge().state()).track("HG00100 BAM").orElseThrow(), "17", 2000, 2100);
        assertThat(errors).isEmpty();
    }

    @Test
    void narrowOrEdgeLociAreWidenedAsIgvDoes() throws Exception {
        open(BrowserTestData.chr17(true, false));
        // igv.js shows at least 40 bp (minimumBases), centred on the request
        assertThat(await(view.bridge().gotoLocus("17:1000-1010"))).isEqualTo("17:986-1024");
        assertThat(await(view.bridge().gotoLocus("17:1-5"))).isEqualTo("17:1-40");
        assertThat(await(view.bridge().gotoLocus("17:4195-4200"))).isEqualTo("17:4161-4200");
        assertThat(await(view.bridge().gotoLocus("17"))).as("a whole contig").isEqualTo("17:1-4200");
        assertThat(await(view.bridge().gotoLocus("17:2,000-2,100"))).isEqualTo("17:2000-2100");
    }

    @Test
    void commandsIssuedBeforeReadyWaitAndRun() throws Exception {
        CompletableFuture<String> early = fx(() -> {
            view.open(BrowserTestData.chr17(true, false));
            assertThat(view.bridge().isReady()).isFalse();
            return view.bridge().gotoLocus("17:1500-1600");
        });
        CompletableFuture<BrowserState> state = view.bridge().state();
        assertThat(await(early)).isEqualTo("17:1500-1600");
        assertThat(await(state).locus()).isEqualTo("17:1500-1600");
        assertThat(view.bridge().isReady()).isTrue();
    }

    @Test
    void theLatestNavigationWinsAndSupersededOnesAreCancelled() throws Exception {
        open(BrowserTestData.chr17(true, false));
        await(view.bridge().gotoLocus("17:100-200"));
        List<CompletableFuture<String>> jumps = fx(() -> {
            List<CompletableFuture<String>> list = new ArrayList<>();
            for (int start = 1000; start <= 3000; start += 500) {
                list.add(view.bridge().gotoLocus("17:" + start + "-" + (start + 100)));
            }
            return list;
        });
        assertThat(await(jumps.get(jumps.size() - 1))).isEqualTo("17:3000-3100");
        assertThat(await(jumps.get(0))).as("the first was already running").isEqualTo("17:1000-1100");
        for (CompletableFuture<String> middle : jumps.subList(1, jumps.size() - 1)) {
            assertThat(middle).isCompletedExceptionally();
            assertThatThrownBy(middle::join).isInstanceOf(CancellationException.class);
        }
        assertThat(await(view.bridge().state()).locus()).isEqualTo("17:3000-3100");
    }

    @Test
    void loadsAndUnloadsTracksOnTheFly() throws Exception {
        open(BrowserTestData.chr17(true, false));
        await(view.bridge().gotoLocus("17:2000-2100"));
        Path d = BrowserTestData.dir(BrowserTestData.CHR17_DIR);
        String name = await(view.bridge().loadTrack(TrackSpec.alignments("HG00101", d.resolve("HG00101.17_1-4200.bam"))));
        assertThat(name).isEqualTo("HG00101");
        BrowserState state = await(view.bridge().state());
        assertReadsLoaded(state.track("HG00101").orElseThrow(), "17", 2000, 2100);
        assertThat(await(view.bridge().unloadTrack("HG00101"))).isTrue();
        assertThat(await(view.bridge().unloadTrack("HG00101"))).isFalse();
        assertThat(await(view.bridge().state()).track("HG00101")).isEmpty();
    }

    @Test
    void aFileIgvCannotReadIsReportedAsAnError() throws Exception {
        open(BrowserTestData.chr17(true, false));
        await(view.bridge().gotoLocus("17:2000-2100"));
        // a real index beside a file that is not a BAM: igv.js fails to read it and says so
        Path d = BrowserTestData.dir(BrowserTestData.CHR17_DIR);
        Path tmp = java.nio.file.Files.createTempDirectory("zenome-browser-test");
        Path fake = java.nio.file.Files.writeString(tmp.resolve("broken.bam"), "this is not a BAM file");
        java.nio.file.Files.copy(d.resolve("HG00100.17_1-4200.bam.bai"), tmp.resolve("broken.bam.bai"));
        try {
            CompletableFuture<String> load = view.bridge().loadTrack(TrackSpec.alignments("broken", fake));
            try {
                await(load);
            } catch (ExecutionException expected) {
                // igv.js may fail the load itself or report it through its alert
            }
            String message = errors.poll(TIMEOUT_S, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(message).as("error event").isNotNull();
            assertThat(fx(view::messageText)).contains("The genome browser reported an error");
        } finally {
            java.nio.file.Files.deleteIfExists(tmp.resolve("broken.bam.bai"));
            java.nio.file.Files.deleteIfExists(fake);
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    @Test
    void disposeBlanksThePageStopsServingFilesAndCancelsWaitingCommands() throws Exception {
        BrowserSession session = BrowserTestData.chr17(true, true);
        open(session);
        await(view.bridge().gotoLocus("17:2000-2100"));
        assertThat(fx(view::servedFileCount)).isEqualTo(6); // fasta, fai, bam, bai, cram, crai
        URI fasta = server.register(session.reference().fasta());
        server.unregister(fasta); // the same URL the view registered; its own registration keeps it served
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(fasta).header("Range", "bytes=0-9").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(206);

        CompletableFuture<String> pending = fx(() -> {
            view.dispose();
            return view.bridge().gotoLocus("17:100-200");
        });
        assertThat(fx(view::servedFileCount)).isZero();
        assertThat(server.registeredCount()).isZero();
        assertThat(http.send(HttpRequest.newBuilder(fasta).header("Range", "bytes=0-9").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        assertThat(fx(() -> view.webView().getEngine().getLocation())).isEqualTo("about:blank");
        assertThat(fx(() -> view.bridge().isReady())).isFalse();
        assertThat(pending).isNotDone(); // waits for a next session

        open(BrowserTestData.chr17(true, false));
        assertThat(await(pending)).as("runs once the next case is open").isEqualTo("17:100-200");
    }
}
