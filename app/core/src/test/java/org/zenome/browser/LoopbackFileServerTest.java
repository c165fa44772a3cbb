package org.zenome.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback file server, spoken to with a real HTTP client and, for hand-made requests, a raw socket. */
class LoopbackFileServerTest {
    private static final int SIZE = 10_000;

    @TempDir
    Path dir;

    private LoopbackFileServer server;
    private HttpClient client;
    private byte[] content;
    private Path bam;

    @BeforeEach
    void setUp() throws IOException {
        server = new LoopbackFileServer();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        content = new byte[SIZE];
        new Random(42).nextBytes(content);
        bam = dir.resolve("PATIENT-0001.proband.bam");
        Files.write(bam, content);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HttpResponse<byte[]> get(URI uri, String range) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (range != null) {
            b.header("Range", range);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> send(URI uri, String method, String range) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (range != null) {
            b.header("Range", range);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request line exactly as written (no client-side normalisation) and returns the status code. */
    private int rawStatus(String target, String host) throws IOException {
        int port = server.address().orElseThrow().getPort();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host.replace("PORT", Integer.toString(port))
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                head.write(c);
            }
            String statusLine = head.toString(StandardCharsets.US_ASCII).trim();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static byte[] slice(byte[] b, int from, int toInclusive) {
        return Arrays.copyOfRange(b, from, toInclusive + 1);
    }

    @Test
    void startsLazilyOnLoopbackWithARandomPortAndA256BitToken() throws Exception {
        assertThat(server.isRunning()).isFalse();
        assertThat(server.address()).isEmpty();

        URI url = server.register(bam);

        assertThat(server.isRunning()).isTrue();
        InetSocketAddress bound = server.address().orElseThrow();
        assertThat(bound.getAddress().isLoopbackAddress()).isTrue();
        assertThat(bound.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(bound.getPort()).isPositive();
        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isEqualTo(bound.getPort());
        String token = url.getPath().split("/")[2];
        assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url
        try (LoopbackFileServer other = new LoopbackFileServer()) {
            assertThat(other.baseUri().getPath().split("/")[2]).isNotEqualTo(token);
        }
    }

    @Test
    void isNotReachableOnANonLoopbackAddressOfThisMachine() throws Exception {
        server.register(bam);
        int port = server.address().orElseThrow().getPort();
        List<InetAddress> external = new ArrayList<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    external.add(a);
                }
            }
        }
        assumeTrue(!external.isEmpty(), "this machine has no non-loopback IPv4 address to try");
        for (InetAddress a : external) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(a, port), 2000);
                }
            }).as("connect to %s:%d", a.getHostAddress(), port).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void urlsCarryARandomIdAndTheKnownSuffixButNotTheFileName() throws Exception {
        Path vcf = Files.write(dir.resolve("PATIENT-0001.vcf.gz"), content);
        Path tbi = Files.write(dir.resolve("PATIENT-0001.vcf.gz.tbi"), content);
        URI a = server.register(vcf);
        URI b = server.register(tbi);
        assertThat(a.toString()).endsWith(".vcf.gz").doesNotContain("PATIENT");
        assertThat(b.toString()).endsWith(".tbi").doesNotContain("PATIENT");
        assertThat(a.getPath()).matches("/t/[A-Za-z0-9_-]{43}/f/[A-Za-z0-9_-]{22}\\.vcf\\.gz");
        assertThat(server.register(vcf)).as("same file, same URL").isEqualTo(a);
        assertThat(server.unregister(a)).isTrue();
        assertThat(get(a, "bytes=0-0").statusCode()).as("still registered once").isEqualTo(206);
        assertThat(server.unregister(a)).isTrue();
        assertThat(get(a, "bytes=0-0").statusCode()).as("no registration left").isEqualTo(404);
        try (LoopbackFileServer other = new LoopbackFileServer()) {
            assertThat(other.register(vcf).getPath().substring(49)).isNotEqualTo(a.getPath().substring(49));
        }
    }

    @Test
    void servesTheWholeFileWith200AndAdvertisesRanges() throws Exception {
        URI url = server.register(bam);
        HttpResponse<byte[]> r = get(url, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(content);
        assertThat(r.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(r.headers().firstValue("Content-Length")).contains(Integer.toString(SIZE));
        assertThat(r.headers().firstValue("Content-Type")).contains("application/octet-stream");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void servesAClosedRangeWith206AndExactBytes() throws Exception {
        URI url = server.register(bam);
        HttpResponse<byte[]> r = get(url, "bytes=100-199");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.headers().firstValue("Content-Range")).contains("bytes 100-199/10000");
        assertThat(r.headers().firstValue("Content-Length")).contains("100");
        assertThat(r.body()).isEqualTo(slice(content, 100, 199));

        HttpResponse<byte[]> one = get(url, "bytes=0-0");
        assertThat(one.statusCode()).isEqualTo(206);
        assertThat(one.body()).containsExactly(content[0]);
    }

    @Test
    void servesSuffixAndOpenRanges() throws Exception {
        URI url = server.register(bam);

        HttpResponse<byte[]> suffix = get(url, "bytes=-500");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.headers().firstValue("Content-Range")).contains("bytes 9500-9999/10000");
        assertThat(suffix.body()).isEqualTo(slice(content, 9500, 9999));

        HttpResponse<byte[]> open = get(url, "bytes=100-");
        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.headers().firstValue("Content-Range")).contains("bytes 100-9999/10000");
        assertThat(open.body()).isEqualTo(slice(content, 100, 9999));

        HttpResponse<byte[]> pastEnd = get(url, "bytes=9990-20000");
        assertThat(pastEnd.statusCode()).isEqualTo(206);
        assertThat(pastEnd.headers().firstValue("Content-Range")).contains("bytes 9990-9999/10000");
        assertThat(pastEnd.body()).isEqualTo(slice(content, 9990, 9999));

        HttpResponse<byte[]> longerThanFile = get(url, "bytes=-20000");
        assertThat(longerThanFile.statusCode()).isEqualTo(206);
        assertThat(longerThanFile.body()).isEqualTo(content);
    }

    @Test
    void answers416ForUnsatisfiableRanges() throws Exception {
        URI url = server.register(bam);
        for (String range : List.of("bytes=10000-10005", "bytes=10000-", "bytes=-0", "bytes=99999999999999999999-")) {
            HttpResponse<byte[]> r = get(url, range);
            assertThat(r.statusCode()).as(range).isEqualTo(416);
            assertThat(r.headers().firstValue("Content-Range")).as(range).contains("bytes */10000");
            assertThat(r.body()).as(range).isEmpty();
        }
    }

    @Test
    void ignoresMalformedOrMultipleRangesAndSendsTheWholeFile() throws Exception {
        URI url = server.register(bam);
        for (String range : List.of("bytes=200-100", "bytes=abc", "items=0-10", "bytes=0-1,5-6")) {
            HttpResponse<byte[]> r = get(url, range);
            assertThat(r.statusCode()).as(range).isEqualTo(200);
            assertThat(r.body()).as(range).isEqualTo(content);
        }
    }

    @Test
    void answersHeadWithLengthAndNoBody() throws Exception {
        URI url = server.register(bam);
        HttpResponse<byte[]> whole = send(url, "HEAD", null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Length")).contains("10000");
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.body()).isEmpty();

        HttpResponse<byte[]> part = send(url, "HEAD", "bytes=10-19");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Length")).contains("10");
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 10-19/10000");
        assertThat(part.body()).isEmpty();
    }

    @Test
    void refusesOtherMethods() throws Exception {
        URI url = server.register(bam);
        HttpResponse<byte[]> r = send(url, "POST", null);
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(send(url, "PUT", null).statusCode()).isEqualTo(405);
        assertThat(send(url, "DELETE", null).statusCode()).isEqualTo(405);
    }

    @Test
    void refusesRequestsWithoutOrWithAWrongToken() throws Exception {
        URI url = server.register(bam);
        String path = url.getPath();                       // /t/<token>/f/<id>.bam
        String token = path.split("/")[2];
        String fileKey = path.substring(path.indexOf("/f/") + 3);
        String origin = "http://127.0.0.1:" + url.getPort();

        assertThat(get(URI.create(origin + "/f/" + fileKey), null).statusCode()).isEqualTo(403);
        assertThat(get(URI.create(origin + "/t/f/" + fileKey), null).statusCode()).isEqualTo(403);
        assertThat(get(URI.create(origin + "/" + fileKey), null).statusCode()).isEqualTo(403);
        char last = token.charAt(token.length() - 1);
        String nearMiss = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(get(URI.create(origin + "/t/" + nearMiss + "/f/" + fileKey), null).statusCode()).isEqualTo(403);
        assertThat(get(URI.create(origin + "/t/" + token + "x/f/" + fileKey), null).statusCode()).isEqualTo(403);
        assertThat(get(URI.create(origin + "/t/" + token.substring(1) + "/f/" + fileKey), null).statusCode())
                .isEqualTo(403);
        assertThat(get(URI.create(origin + "/"), null).statusCode()).isEqualTo(403);
        assertThat(get(URI.create(origin + "/f/" + fileKey + "?token=" + token), null).statusCode()).isEqualTo(403);
        assertThat(get(url, null).statusCode()).isEqualTo(200);
    }

    @Test
    void answers404ForUnregisteredIdsAndAfterUnregisterOrClear() throws Exception {
        URI url = server.register(bam);
        URI base = server.baseUri();
        assertThat(get(base.resolve("f/AAAAAAAAAAAAAAAAAAAAAA.bam"), null).statusCode()).isEqualTo(404);
        assertThat(get(base.resolve("f/"), null).statusCode()).isEqualTo(404);
        assertThat(get(base, null).statusCode()).as("no listing").isEqualTo(404);
        assertThat(get(base.resolve("app/"), null).statusCode()).as("no listing").isEqualTo(404);

        assertThat(server.unregister(url)).isTrue();
        assertThat(server.unregister(url)).isFalse();
        assertThat(get(url, null).statusCode()).isEqualTo(404);

        URI again = server.register(bam);
        assertThat(again).as("a new id after unregistering").isNotEqualTo(url);
        assertThat(get(again, null).statusCode()).isEqualTo(200);
        server.clear();
        assertThat(server.registeredCount()).isZero();
        assertThat(get(again, null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesTraversalAndAbsolutePaths() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do not serve");
        URI url = server.register(bam);
        String path = url.getPath();
        String token = path.split("/")[2];
        String fileKey = path.substring(path.indexOf("/f/") + 3);
        String t = "/t/" + token;
        String host = "127.0.0.1:PORT";
        String abs = secret.toAbsolutePath().toString();

        assertThat(rawStatus(path, host)).isEqualTo(200);
        List<String> attacks = List.of(
                t + "/f/" + fileKey + "/../secret.txt",
                t + "/f/../secret.txt",
                t + "/f/..%2fsecret.txt",
                t + "/f/%2e%2e/secret.txt",
                t + "/f/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                t + "/f/..",
                t + "/f/.",
                t + "/app/../f/" + fileKey,
                t + "/../../etc/passwd",
                t + "/f/" + abs,
                t + "/f/" + abs.replace("/", "%2f"),
                t + "/f/file:" + abs,
                t + "//" + abs,
                t + abs,
                abs,
                "/etc/passwd",
                "/t/" + token + "/../t/" + token + "/f/" + fileKey);
        for (String attack : attacks) {
            assertThat(rawStatus(attack, host)).as(attack).isIn(403, 404, 400);
        }
    }

    @Test
    void refusesAForeignHostHeader() throws Exception {
        URI url = server.register(bam);
        assertThat(rawStatus(url.getRawPath(), "127.0.0.1:PORT")).isEqualTo(200);
        assertThat(rawStatus(url.getRawPath(), "localhost:PORT")).isEqualTo(200);
        assertThat(rawStatus(url.getRawPath(), "evil.example:PORT")).isEqualTo(403);
        assertThat(rawStatus(url.getRawPath(), "127.0.0.1:1")).isEqualTo(403);
    }

    @Test
    void sendsAContentTypePerKindAndNoContentEncoding() throws Exception {
        record Case(String name, String type) {
        }
        List<Case> cases = List.of(
                new Case("a.bam", "application/octet-stream"),
                new Case("a.bam.bai", "application/octet-stream"),
                new Case("a.cram", "application/octet-stream"),
                new Case("a.cram.crai", "application/gzip"),
                new Case("a.vcf.gz", "application/gzip"),
                new Case("a.vcf.gz.tbi", "application/gzip"),
                new Case("ref.fa", "text/plain; charset=utf-8"),
                new Case("ref.fa.fai", "text/plain; charset=utf-8"),
                new Case("ref.fa.gz.gzi", "application/octet-stream"),
                new Case("genes.gff3", "text/plain; charset=utf-8"),
                new Case("regions.bed", "text/plain; charset=utf-8"));
        for (Case c : cases) {
            URI url = server.register(Files.write(dir.resolve(c.name()), content));
            HttpResponse<byte[]> r = get(url, "bytes=0-9");
            assertThat(r.headers().firstValue("Content-Type")).as(c.name()).contains(c.type());
            assertThat(r.headers().firstValue("Content-Encoding")).as(c.name()).isEmpty();
            assertThat(r.body()).as(c.name()).isEqualTo(slice(content, 0, 9));
        }
    }

    @Test
    void servesPublishedAssetsOnlyByTheirExactName() throws Exception {
        byte[] page = "<!DOCTYPE html><title>t</title>".getBytes(StandardCharsets.UTF_8);
        URI url = server.publish("page.html", page, "text/html; charset=utf-8");
        assertThat(url.toString()).endsWith("/app/page.html");
        HttpResponse<byte[]> r = get(url, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(page);
        assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(get(server.baseUri().resolve("app/PAGE.html"), null).statusCode()).isEqualTo(404);
        assertThat(get(server.baseUri().resolve("app/page.html.bak"), null).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> server.publish("../page.html", page, "text/html"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.publish("a/b.js", page, "text/javascript"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToRegisterWhatIsNotAReadableFile() {
        assertThatThrownBy(() -> server.register(dir.resolve("missing.bam"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> server.register(dir)).isInstanceOf(NoSuchFileException.class);
        assertThat(server.isRunning()).isFalse();
    }

    @Test
    void answers404WhenARegisteredFileDisappears() throws Exception {
        URI url = server.register(bam);
        Files.delete(bam);
        assertThat(get(url, "bytes=0-10").statusCode()).isEqualTo(404);
    }

    @Test
    void servesConcurrentRangeRequests() throws Exception {
        byte[] big = new byte[4 * 1024 * 1024];
        new Random(7).nextBytes(big);
        URI url = server.register(Files.write(dir.resolve("big.bam"), big));
        List<CompletableFuture<Void>> all = new ArrayList<>();
        Random r = new Random(1);
        for (int i = 0; i < 32; i++) {
            int from = r.nextInt(big.length - 70_000);
            int to = from + 65_535;
            HttpRequest req = HttpRequest.newBuilder(url).header("Range", "bytes=" + from + "-" + to).build();
            all.add(client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()).thenAccept(resp -> {
                assertThat(resp.statusCode()).isEqualTo(206);
                assertThat(resp.body()).isEqualTo(slice(big, from, to));
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
    }

    @Test
    void stopsOnClose() throws Exception {
        URI url = server.register(bam);
        int port = url.getPort();
        server.close();
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> server.register(bam)).isInstanceOf(IllegalStateException.class);
        server.close(); // idempotent
    }
}
