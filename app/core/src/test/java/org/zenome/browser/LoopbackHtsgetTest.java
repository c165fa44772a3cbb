package org.zenome.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads served as BAM through htsget on the loopback server: the ticket points back to the same server (token
 * included), the data is what the source produced for exactly the region asked, bad queries are refused, the
 * token rules apply, and unregistering closes the source.
 */
class LoopbackHtsgetTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> closed = new CopyOnWriteArrayList<>();
    private LoopbackFileServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server = new LoopbackFileServer((reads, index, reference) -> new BamRegions.Source() {
            @Override
            public byte[] header() {
                asked.add("header");
                return ("HEADER of " + reads.getFileName()).getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] region(String contig, long start, long end) throws IOException {
                asked.add(contig + ":" + start + "-" + end);
                if (contig.equals("broken")) {
                    throw new IOException("MD5 mismatch");
                }
                return (contig + ":" + start + "-" + end).getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public void close() {
                closed.add(reads.getFileName().toString());
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private String ticketUrl(String url) throws Exception {
        HttpResponse<String> r = get(url);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> ticket = (Map<String, Object>) Json.parseObject(r.body()).get("htsget");
        assertThat(ticket.get("format")).isEqualTo("BAM");
        List<Object> urls = (List<Object>) ticket.get("urls");
        assertThat(urls).hasSize(1);
        return (String) ((Map<String, Object>) urls.get(0)).get("url");
    }

    @Test
    void ticketsPointToTheRegionDecodedByTheSource() throws Exception {
        Path cram = Files.writeString(dir.resolve("s.cram"), "x");
        URI uri = server.registerBamRegions(cram, dir.resolve("s.cram.crai"), dir.resolve("ref.fa"));
        assertThat(uri.toString()).startsWith(server.baseUri().toString() + "g/");
        assertThat(server.registeredCount()).isEqualTo(1);

        String header = ticketUrl(uri + "?class=header&format=BAM");
        assertThat(header).startsWith(uri + "/data?");
        assertThat(asked).isEmpty(); // a ticket decodes nothing
        assertThat(get(header).body()).isEqualTo("HEADER of s.cram");

        String region = ticketUrl(uri + "?format=BAM&referenceName=chr17&start=41196311&end=41197000");
        HttpResponse<String> data = get(region);
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).isEqualTo("chr17:41196311-41197000");
        assertThat(data.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(asked).containsExactly("header", "chr17:41196311-41197000");

        // contig names with characters SAM allows travel encoded
        String hla = ticketUrl(uri + "?format=BAM&referenceName=HLA-A*01%3A01%3A01%3A01&start=0&end=10");
        assertThat(get(hla).body()).isEqualTo("HLA-A*01:01:01:01:0-10");

        // a decoding failure is a 500, not a broken stream
        assertThat(get(ticketUrl(uri + "?format=BAM&referenceName=broken&start=0&end=10")).statusCode())
                .isEqualTo(500);
    }

    @Test
    void badQueriesTokensAndUnregisteredSourcesAreRefused() throws Exception {
        Path cram = Files.writeString(dir.resolve("s.cram"), "x");
        URI uri = server.registerBamRegions(cram, dir.resolve("s.cram.crai"), dir.resolve("ref.fa"));
        assertThat(get(uri + "?format=BAM&start=0&end=10").statusCode()).as("no contig").isEqualTo(400);
        assertThat(get(uri + "?format=BAM&referenceName=1&start=10&end=5").statusCode()).as("end < start")
                .isEqualTo(400);
        assertThat(get(uri + "?format=BAM&referenceName=1&start=x&end=5").statusCode()).isEqualTo(400);
        assertThat(get(uri + "?format=CRAM&referenceName=1&start=0&end=5").statusCode()).isEqualTo(400);
        assertThat(get(uri + "/data?format=BAM&referenceName=%20spaces%0A&start=0&end=5").statusCode())
                .as("not a SAM contig name").isEqualTo(400);
        String withoutToken = uri.toString().replace(server.baseUri().getPath(), "/t/wrong/");
        assertThat(get(withoutToken + "?class=header").statusCode()).isEqualTo(403);
        assertThat(get(server.baseUri() + "g/unknownid?class=header").statusCode()).isEqualTo(404);
        assertThat(asked).isEmpty();

        assertThat(server.unregister(uri)).isTrue();
        assertThat(closed).containsExactly("s.cram");
        assertThat(get(uri + "?class=header").statusCode()).isEqualTo(404);
        assertThat(server.registeredCount()).isZero();

        URI again = server.registerBamRegions(cram, dir.resolve("s.cram.crai"), dir.resolve("ref.fa"));
        server.clear();
        assertThat(closed).containsExactly("s.cram", "s.cram");
        assertThat(get(again + "?class=header").statusCode()).isEqualTo(404);
    }
}
