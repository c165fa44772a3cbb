package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.BrowserState;

/** SVG through igv.js's toSVG and PNG through the WebView's snapshot. */
class BrowserSnapshotTest extends BrowserViewTestSupport {
    @TempDir
    Path out;

    /** The track groups directly under igv's root group, by the track part of their clip-path id. */
    private static List<Element> trackGroups(Document svg) {
        Element root = null;
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("root-group".equals(g.getAttribute("id"))) {
                root = g;
            }
        }
        assertThat(root).as("igv root group").isNotNull();
        List<Element> tracks = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "g".equals(e.getTagName()) && e.getAttribute("clip-path").contains("_referenceFrame_")) {
                tracks.add(e);
            }
        }
        return tracks;
    }

    private static int shapes(Element e) {
        return e.getElementsByTagName("rect").getLength() + e.getElementsByTagName("path").getLength()
                + e.getElementsByTagName("polygon").getLength();
    }

    private static Element group(List<Element> tracks, String clipPrefix) {
        return tracks.stream().filter(g -> g.getAttribute("clip-path").startsWith("url(#" + clipPrefix + "_referenceFrame_"))
                .findFirst().orElseThrow(() -> new AssertionError("no SVG group for " + clipPrefix + " among "
                        + tracks.stream().map(g -> g.getAttribute("clip-path")).toList()));
    }

    @Test
    void svgHasOneGroupPerTrackWithTheAlignmentRows() throws Exception {
        open(BrowserTestData.brca1("brca1_HG00099.bam", "brca1_HG00101.cram"));
        await(view.bridge().selectVariant("ref_brca1", 96, "G", "A"));
        BrowserState state = await(view.bridge().state());
        Path file = await(fx(() -> view.saveSnapshot(out.resolve("view.svg"))));

        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("xmlns=\"http://www.w3.org/2000/svg\"");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<Element> tracks = trackGroups(doc);
        // every track is drawn at top level: the guarded gene renderer left no context save open
        group(tracks, "Genes");
        group(tracks, "Variants");
        for (String name : List.of("brca1_HG00099.bam", "brca1_HG00101.cram")) {
            Element reads = group(tracks, name.replaceAll("[^A-Za-z0-9_]", "")); // igv drops other characters
            int inView = state.track(name).orElseThrow().inView();
            assertThat(inView).isPositive();
            assertThat(shapes(reads)).as("shapes drawn for %s (%d reads in view)", name, inView)
                    .isGreaterThanOrEqualTo(inView);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void pngIsTheViewAndNotBlank() throws Exception {
        open(BrowserTestData.chr17(true, false));
        await(view.bridge().gotoLocus("17:2000-2100"));
        Path file = await(fx(() -> view.saveSnapshot(out.resolve("view.png"))));

        var image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        WritableImage shown = fx(view::snapshotImage);
        assertThat(image.getWidth()).isEqualTo((int) shown.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo((int) shown.getHeight()).isEqualTo(HEIGHT);
        Set<Integer> colours = new HashSet<>();
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                double lum = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += lum;
                sumSq += lum * lum;
                n++;
            }
        }
        double variance = sumSq / n - (sum / n) * (sum / n);
        assertThat(variance).as("luminance variance").isGreaterThan(100);
        assertThat(colours.size()).as("distinct colours (bases, reads, text)").isGreaterThan(20);
    }

    @Test
    void rendererWritesSvgAndPngAtTheRequestedSizeWithoutAUser() throws Exception {
        BrowserSession session = BrowserTestData.brca1("brca1_HG00099.bam");
        javafx.stage.Stage second = fx(javafx.stage.Stage::new);
        try {
            Path png = await(BrowserSnapshotRenderer.render(second, server, session, "ref_brca1:20000-20100", 900, 600,
                    out.resolve("cli.png")));
            var image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isEqualTo(600);
            Path svg = await(BrowserSnapshotRenderer.render(second, server, session, "ref_brca1:20000-20100", 900, 600,
                    out.resolve("cli.svg")));
            assertThat(Files.readString(svg)).startsWith("<svg").contains("width=\"900\"");
            assertThat(server.registeredCount()).as("the renderer releases the case's files").isZero();

            assertThatThrownBy(() -> await(BrowserSnapshotRenderer.render(second, server, session, "NO_SUCH_LOCUS", 900, 600,
                    out.resolve("none.png")))).hasMessageContaining("Locus not found");
            assertThat(out.resolve("none.png")).doesNotExist();
        } finally {
            fx(() -> {
                second.close();
                return null;
            });
        }
    }
}
