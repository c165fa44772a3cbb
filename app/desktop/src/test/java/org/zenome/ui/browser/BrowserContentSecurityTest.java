package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The page cannot reach any origin but its own. A second server on another loopback port stands in for "the
 * internet": it must receive nothing, whatever the page tries.
 */
class BrowserContentSecurityTest extends BrowserViewTestSupport {
    private HttpServer foreign;
    private final AtomicInteger foreignHits = new AtomicInteger();
    private String foreignUrl;

    @BeforeEach
    void startForeignServer() throws Exception {
        foreign = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
        foreign.createContext("/", exchange -> {
            foreignHits.incrementAndGet();
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        foreign.start();
        foreignUrl = "http://127.0.0.1:" + foreign.getAddress().getPort() + "/probe";
    }

    @AfterEach
    void stopForeignServer() {
        foreign.stop(0);
    }

    private static void waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
    }

    @Test
    void requestsToAnotherOriginAreBlockedAndLogged() throws Exception {
        try (BrowserPageLogCapture log = new BrowserPageLogCapture()) {
            open(BrowserTestData.chr17(true, false));
            await(view.bridge().gotoLocus("17:2000-2100"));

            // the control: without the page's policy the foreign server is reachable and counts
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(foreignUrl)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(foreignHits.get()).isEqualTo(1);
            foreignHits.set(0);

            String u = foreignUrl;
            probe("fetch('" + u + "?fetch').catch(function () {});"
                    + "var x = new XMLHttpRequest(); x.open('GET', '" + u + "?xhr'); try { x.send(); } catch (e) {}"
                    + "new Image().src = '" + u + "?img';"
                    + "var s = document.createElement('script'); s.src = '" + u + "?script'; document.head.appendChild(s);"
                    + "var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = '" + u + "?css'; document.head.appendChild(l);"
                    + "'sent'");
            waitFor(() -> log.lines().stream().filter(l -> l.contains("Blocked by the content security policy")).count() >= 5,
                    Duration.ofSeconds(10));
            Thread.sleep(500);
            assertThat(foreignHits.get()).as("requests that reached the other origin").isZero();
            List<String> blocked = log.lines().stream().filter(l -> l.contains("Blocked by the content security policy")).toList();
            assertThat(blocked).hasSizeGreaterThanOrEqualTo(5).allSatisfy(l -> assertThat(l).startsWith("WARN").contains(u));
        }
    }

    @Test
    void igvsClinVarLookupFromTheCoveragePopupIsBlocked() throws Exception {
        try (BrowserPageLogCapture log = new BrowserPageLogCapture()) {
            open(BrowserTestData.brca1("brca1_HG00096.bam"));
            // rs12516 G>A, heterozygous in HG00096: the coverage bar has non-reference bases, and igv.js 3.8.2's
            // coverage pop-up then asks NCBI's ClinVar service about it
            await(view.bridge().selectVariant("ref_brca1", 96, "G", "A"));
            Point2D bar = await(view.bridge().locate("brca1_HG00096.bam", 96)).orElseThrow();
            new FxRobot().clickOn(fx(() -> view.webView().localToScreen(bar)));
            waitFor(() -> log.lines().stream().anyMatch(l -> l.contains("eutils.ncbi.nlm.nih.gov")), Duration.ofSeconds(10));
            assertThat(log.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN")
                    .contains("Blocked by the content security policy: https://eutils.ncbi.nlm.nih.gov"));
            assertThat(errors).as("a blocked look-up is not an error for the user").isEmpty();
        }
    }
}
