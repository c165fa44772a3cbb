package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.IgvConfig;
import org.zenome.browser.Json;
import org.zenome.browser.LoopbackFileServer;
import org.zenome.browser.ReferenceGenome;
import org.zenome.browser.TrackSpec;
import org.zenome.domain.GenomeBuild;

/**
 * Nothing Zenome ships for the browser, nor the igv.js configuration it generates, refers to a non-loopback URL.
 *
 * <p>Scanned: every file of ours under {@code /org/zenome/browser/} (the page, its script and style) and the
 * JSON Zenome sends to igv.js (browser and track configurations). Not scanned: {@code igv/igv.min.js}, which
 * names remote hosts in code paths Zenome does not enable; {@code igv/REMOTE_HOSTS.txt} lists them with the
 * reason each stays off, {@link BrowserIgvBundleTest} keeps that list complete, and the page's content security
 * policy blocks them at run time ({@link BrowserContentSecurityTest}).
 */
class BrowserOfflineConfigTest {
    /** Anything with a scheme, or a protocol-relative reference in src/href/url(). */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.-]*)://([^\\s'\"<>)]*)|(?:src|href)\\s*=\\s*[\"']//|url\\(\\s*[\"']?//");
    private static final Pattern LOOPBACK = Pattern.compile("(?i)http://127\\.0\\.0\\.1(:\\d+)?(/[^\\s'\"<>)]*)?");

    /** The non-loopback URLs in a text. */
    static List<String> remoteUrls(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            if (!LOOPBACK.matcher(m.group()).matches()) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void theScannerFindsWhatItMust() {
        assertThat(remoteUrls("fetch('https://igv.org/genomes/genomes3.json')")).hasSize(1);
        assertThat(remoteUrls("<script src=\"//cdn.example/x.js\">")).hasSize(1);
        assertThat(remoteUrls("@import url(//fonts.example/css);")).hasSize(1);
        assertThat(remoteUrls("{\"url\":\"http://localhost.evil.example/a.bam\"}")).hasSize(1);
        assertThat(remoteUrls("{\"url\":\"http://127.0.0.1.evil.example/a.bam\"}")).hasSize(1);
        assertThat(remoteUrls("ws://127.0.0.1:9/x file:///etc/passwd")).hasSize(2);
        assertThat(remoteUrls("{\"url\":\"http://127.0.0.1:4242/t/abc/f/x.bam\"}")).isEmpty();
    }

    @Test
    void ourPageScriptAndStyleNameNoRemoteUrl() throws IOException, URISyntaxException {
        URL dir = BrowserOfflineConfigTest.class.getResource(BrowserPage.RESOURCES);
        assertThat(dir).isNotNull();
        assertThat(dir.getProtocol()).as("tests read the resources from the build folder").isEqualTo("file");
        Path root = Path.of(dir.toURI());
        List<Path> ours;
        try (Stream<Path> files = Files.walk(root)) {
            ours = files.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith("igv"))
                    .toList();
        }
        assertThat(ours).extracting(p -> p.getFileName().toString())
                .contains("zenome-browser.html", "zenome-bridge.js", "zenome-browser.css");
        for (Path p : ours) {
            assertThat(remoteUrls(Files.readString(p, StandardCharsets.UTF_8))).as(p.toString()).isEmpty();
        }
        String page = Files.readString(root.resolve("zenome-browser.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("Content-Security-Policy").contains("default-src 'none'").contains("connect-src 'self'")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void generatedIgvConfigurationIsOfflineAndNamesNoLocalPath() throws Exception {
        Path d = BrowserTestData.dir(BrowserTestData.BRCA1_DIR);
        Path cytoband = BrowserTestData.dir("gene_annotation").resolve("scout_cytoBand_hg19.txt.gz");
        ReferenceGenome ref = ReferenceGenome.of(GenomeBuild.GRCh37, d.resolve("ref_brca1.fa"))
                .withCytoband(cytoband)
                .withAnnotation(TrackSpec.annotation("Genes", d.resolve("brca1_gencodev19.gff3")));
        BrowserSession session = BrowserSession.of(ref, List.of(
                TrackSpec.variants("Variants", d.resolve("brca1_1kgPhase3_variants.vcf.gz")),
                TrackSpec.alignments("HG00096", d.resolve("brca1_HG00096.bam")),
                TrackSpec.alignments("HG00101", d.resolve("brca1_HG00101.cram"))))
                .withInitialLocus("ref_brca1:1-1000");
        try (LoopbackFileServer server = new LoopbackFileServer()) {
            String base = server.baseUri().toString();
            String json = IgvConfig.browserJson(session, server::register);
            String track = IgvConfig.trackJson(TrackSpec.alignments("HG00099", d.resolve("brca1_HG00099.cram")),
                    server::register);
            for (String config : List.of(json, track)) {
                assertThat(remoteUrls(config)).as(config).isEmpty();
                assertThat(config).doesNotContain(d.toString()).doesNotContain("file:");
                List<String> urls = new ArrayList<>();
                collectUrls(Json.parse(config), urls);
                assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(base));
                for (String u : urls) {
                    assertThat(URI.create(u).getPath()).as("opaque id, no file name").doesNotContain("brca1");
                }
            }
            Map<String, Object> c = Json.parseObject(json);
            assertThat(c.get("loadDefaultGenomes")).isEqualTo(false);
            assertThat(c.get("search")).isEqualTo(false);
            assertThat(c).doesNotContainKey("genome").doesNotContainKey("genomeList");
            @SuppressWarnings("unchecked")
            Map<String, Object> reference = (Map<String, Object>) c.get("reference");
            assertThat(reference.get("id")).isEqualTo("zenome-GRCh37")
                    .isNotIn("hg19", "hg38", "GRCh38", "GRCh37", "hs1", "mm10");
            assertThat(reference).containsKeys("fastaURL", "indexURL", "cytobandURL", "tracks")
                    .doesNotContainKeys("twoBitURL", "chromAliasBbURL", "maneBbURL", "blat");
        }
    }

    private static void collectUrls(Object value, List<String> urls) {
        if (value instanceof String s && s.contains("://")) {
            urls.add(s);
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collectUrls(v, urls));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collectUrls(v, urls));
        }
    }
}
