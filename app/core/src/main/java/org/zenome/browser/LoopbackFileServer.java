package org.zenome.browser;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server on 127.0.0.1 that lets igv.js (in the WebView) read the files of the open case region by
 * region. igv.js cannot read local paths, and WebView ignores {@code Range} on {@code file:} URLs.
 *
 * <p>Rules it keeps:
 * <ul>
 *   <li>It listens on the loopback address only, on a port the system picks, and only from the first
 *       {@link #register} or {@link #publish} on (started lazily); {@link #close()} stops it.</li>
 *   <li>Every URL starts with {@code /t/<token>/}, a random per-run token of 256 bits; a request without it,
 *       or with another, gets 403. Requests whose {@code Host} is not this server's loopback address get 403
 *       too (a web page in another browser cannot reach it by DNS rebinding).</li>
 *   <li>It serves only files {@linkplain #register registered} for the open case, each under a random id
 *       ({@code /t/<token>/f/<id><suffix>}) that says nothing about its path, and the page assets
 *       {@linkplain #publish published} by the application ({@code /t/<token>/app/<name>}). The request path
 *       is only ever looked up in these tables: no path from a request is opened, there is no directory
 *       listing, and {@code ../}, {@code %2e%2e} or absolute paths find nothing (404).</li>
 *   <li>GET and HEAD with single byte ranges: 206 with {@code Content-Range}, 416 when the range starts past
 *       the end, 200 for the whole file; {@code Accept-Ranges: bytes}; {@code Cache-Control: no-store} so no
 *       patient data lands in a cache.</li>
 *   <li>Reads igv.js cannot decode itself are {@linkplain #registerBamRegions served as BAM} through htsget
 *       ({@code /t/<token>/g/<id>}): a JSON ticket, then the BAM of the region asked, decoded by a
 *       {@link BamRegions.Source}; the query is validated (SAM contig name, numbers) and only ever handed to it.</li>
 *   <li>No CORS headers: the browser page is served from this same origin, so igv.js's requests are
 *       same-origin and no other origin is invited to read.</li>
 * </ul>
 *
 * <p>Thread-safe. One instance per application run, created in the composition root and closed at exit.
 */
public final class LoopbackFileServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackFileServer.class);

    private static final int TOKEN_BYTES = 32;
    private static final int ID_BYTES = 16;
    private static final int THREADS = 4;
    private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** Everything after the token: {@code f/<id><suffix>} or {@code app/<name>}; looked up verbatim. */
    private static final Pattern RESOURCE = Pattern.compile("(f|app|g)/([A-Za-z0-9._-]{1,120})(/data)?");
    /** A contig name in an htsget query (SAM's rule for reference names, as far as igv.js can pass them). */
    private static final Pattern CONTIG = Pattern.compile("[0-9A-Za-z!#$%&+./:;?@^_|~=*-][0-9A-Za-z!#$%&*+./:;=?@^_|~-]{0,254}");

    private final SecureRandom random;
    private final String token;
    private final Map<String, Registered> filesByKey = new ConcurrentHashMap<>();
    private final Map<Path, String> keysByPath = new ConcurrentHashMap<>();
    private final Map<String, Asset> assets = new ConcurrentHashMap<>();
    private final Map<String, BamRegions.Source> bamSources = new ConcurrentHashMap<>();
    private final BamRegions.Opener bamOpener;
    private final Object lifecycle = new Object();
    private HttpServer server;
    private ExecutorService executor;
    private URI base;
    private boolean closed;

    public LoopbackFileServer() {
        this(new SecureRandom(), BamRegions.Opener.installed());
    }

    /** @param bamOpener decodes reads that are served as BAM ({@link #registerBamRegions}) */
    public LoopbackFileServer(BamRegions.Opener bamOpener) {
        this(new SecureRandom(), bamOpener);
    }

    LoopbackFileServer(SecureRandom random) {
        this(random, BamRegions.Opener.installed());
    }

    LoopbackFileServer(SecureRandom random, BamRegions.Opener bamOpener) {
        this.random = Objects.requireNonNull(random, "random");
        this.bamOpener = Objects.requireNonNull(bamOpener, "bamOpener");
        this.token = randomId(TOKEN_BYTES);
    }

    /**
     * Serves reads that igv.js cannot decode itself as BAM, region by region, under an htsget URL
     * ({@code /t/<token>/g/<id>}; igv.js asks {@code ?class=header} and {@code ?referenceName=&start=&end=} and
     * gets a ticket pointing to {@code /t/<token>/g/<id>/data?...}). The reads are opened now (a file that cannot
     * be read fails here) and closed by {@link #unregister} or {@link #clear()}.
     */
    public URI registerBamRegions(Path reads, Path index, Path reference) throws IOException {
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(reference, "reference");
        URI root = start();
        BamRegions.Source source = bamOpener.open(reads.toAbsolutePath().normalize(), index, reference);
        String key = randomId(ID_BYTES);
        bamSources.put(key, source);
        LOG.debug("Serving {} as BAM regions under {}", reads, key);
        return root.resolve("g/" + key);
    }

    /**
     * Makes a file readable by the browser and returns its URL. Registering the same file again returns the
     * same URL and counts one more registration; it is served until unregistered as many times (or until
     * {@link #clear()}). The file must exist and be a readable regular file now; if it disappears later,
     * requests for it get 404.
     *
     * @throws NoSuchFileException when the file does not exist or is not a readable regular file
     */
    public URI register(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new NoSuchFileException(path.toString(), null, "not a readable regular file");
        }
        URI root = start();
        String key;
        synchronized (filesByKey) {
            key = keysByPath.get(path);
            if (key == null) {
                key = randomId(ID_BYTES) + GenomicFileType.urlSuffix(path);
                keysByPath.put(path, key);
                filesByKey.put(key, new Registered(path, GenomicFileType.of(path).contentType()));
                LOG.debug("Serving {} as {}", path, key);
            } else {
                filesByKey.get(key).registrations++;
            }
        }
        return root.resolve("f/" + key);
    }

    /**
     * Takes back one registration of a file; the file stops being served when none is left.
     *
     * @return true if the URL was registered
     */
    public boolean unregister(URI uri) {
        Optional<String> bam = keyOf(uri, "g/");
        if (bam.isPresent()) {
            BamRegions.Source source = bamSources.remove(bam.get());
            closeQuietly(source);
            return source != null;
        }
        Optional<String> key = keyOf(uri, "f/");
        if (key.isEmpty()) {
            return false;
        }
        synchronized (filesByKey) {
            Registered r = filesByKey.get(key.get());
            if (r == null) {
                return false;
            }
            if (--r.registrations <= 0) {
                filesByKey.remove(key.get());
                keysByPath.remove(r.path(), key.get());
            }
            return true;
        }
    }

    /** Stops serving every registered file (published assets stay). */
    public void clear() {
        synchronized (filesByKey) {
            filesByKey.clear();
            keysByPath.clear();
        }
        for (String key : List.copyOf(bamSources.keySet())) {
            closeQuietly(bamSources.remove(key));
        }
    }

    private static void closeQuietly(BamRegions.Source source) {
        if (source != null) {
            try {
                source.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Closing reads served as BAM failed: {}", e.toString());
            }
        }
    }

    /** The number of files (and reads served as BAM) registered now. */
    public int registeredCount() {
        return filesByKey.size() + bamSources.size();
    }

    /**
     * Serves a piece of the application itself (the browser page, igv.js) at {@code /t/<token>/app/<name>}
     * and returns its URL. Publishing a name again replaces its content.
     *
     * @param name a plain file name ({@code [A-Za-z0-9._-]}, no slash)
     */
    public URI publish(String name, byte[] content, String contentType) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        if (name == null || !ASSET_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("asset name must be a plain file name: " + name);
        }
        URI root = start();
        assets.put(name, new Asset(content.clone(), contentType));
        return root.resolve("app/" + name);
    }

    /** The URL prefix {@code http://127.0.0.1:<port>/t/<token>/}; starts the server if needed. */
    public URI baseUri() {
        return start();
    }

    /** The socket address the server listens on, if it has started. */
    public Optional<InetSocketAddress> address() {
        synchronized (lifecycle) {
            return server == null ? Optional.empty() : Optional.of(server.getAddress());
        }
    }

    /** True once started and until closed. */
    public boolean isRunning() {
        synchronized (lifecycle) {
            return server != null;
        }
    }

    @Override
    public void close() {
        HttpServer s;
        ExecutorService e;
        synchronized (lifecycle) {
            closed = true;
            s = server;
            e = executor;
            server = null;
            executor = null;
        }
        clear();
        assets.clear();
        if (s != null) {
            s.stop(0);
            e.shutdownNow();
            try {
                if (!e.awaitTermination(2, TimeUnit.SECONDS)) {
                    LOG.warn("Loopback file server threads did not stop within 2 s");
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            LOG.info("Loopback file server stopped");
        }
    }

    private URI start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the loopback file server is closed");
            }
            if (server == null) {
                try {
                    InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
                    HttpServer s = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
                    ExecutorService ex = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
                    s.setExecutor(ex);
                    s.createContext("/", this::handle);
                    s.start();
                    server = s;
                    executor = ex;
                    base = URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/t/" + token + "/");
                    LOG.info("Loopback file server listening on 127.0.0.1:{}", s.getAddress().getPort());
                } catch (IOException e) {
                    throw new IllegalStateException("cannot start the loopback file server: " + e.getMessage(), e);
                }
            }
            return base;
        }
    }

    private Optional<String> keyOf(URI uri, String kind) {
        URI root;
        synchronized (lifecycle) {
            root = base;
        }
        if (uri == null || root == null) {
            return Optional.empty();
        }
        String s = uri.toString();
        String prefix = root + kind;
        return s.startsWith(prefix) ? Optional.of(s.substring(prefix.length())) : Optional.empty();
    }

    private void handle(HttpExchange exchange) {
        try {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendEmpty(exchange, 405, head);
                return;
            }
            if (!hostIsLoopback(exchange)) {
                LOG.warn("Loopback file server refused a request with Host {}", exchange.getRequestHeaders().getFirst("Host"));
                sendEmpty(exchange, 403, head);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String rest = afterToken(path);
            if (rest == null) {
                LOG.warn("Loopback file server refused a request without the session token");
                sendEmpty(exchange, 403, head);
                return;
            }
            Matcher m = RESOURCE.matcher(rest);
            if (!m.matches()) {
                sendEmpty(exchange, 404, head);
                return;
            }
            if ("g".equals(m.group(1))) {
                BamRegions.Source source = bamSources.get(m.group(2));
                if (source == null) {
                    sendEmpty(exchange, 404, head);
                } else {
                    sendHtsget(exchange, m.group(2), source, m.group(3) != null, head);
                }
                return;
            }
            if (m.group(3) != null) {
                sendEmpty(exchange, 404, head);
                return;
            }
            if ("app".equals(m.group(1))) {
                Asset asset = assets.get(m.group(2));
                if (asset == null) {
                    sendEmpty(exchange, 404, head);
                } else {
                    sendAsset(exchange, asset, head);
                }
                return;
            }
            Registered file = filesByKey.get(m.group(2));
            if (file == null) {
                sendEmpty(exchange, 404, head);
                return;
            }
            sendFile(exchange, file, head);
        } catch (IOException e) {
            // The client (igv.js) often aborts a request it no longer needs.
            LOG.debug("Loopback request ended early: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.error("Loopback file server failed on a request", e);
            try {
                sendEmpty(exchange, 500, false);
            } catch (IOException | RuntimeException ignored) {
                // headers were already sent; closing the exchange ends the response
            }
        } finally {
            exchange.close();
        }
    }

    /** The path after {@code /t/<token>/}, or null when the token is missing or wrong (compared in constant time). */
    private String afterToken(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/t/")) {
            return null;
        }
        int end = rawPath.indexOf('/', 3);
        if (end < 0) {
            return null;
        }
        byte[] given = rawPath.substring(3, end).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return rawPath.substring(end + 1);
    }

    private boolean hostIsLoopback(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return true; // HTTP/1.0 client on the loopback socket; the token still applies
        }
        int port = exchange.getLocalAddress().getPort();
        return host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port);
    }

    private void sendFile(HttpExchange exchange, Registered file, boolean head) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file.path(), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            LOG.warn("A registered file is gone: {}", file.path());
            sendEmpty(exchange, 404, head);
            return;
        }
        try (channel) {
            long size = channel.size();
            Headers h = exchange.getResponseHeaders();
            commonHeaders(h, file.contentType());
            HttpRange.Result range = HttpRange.parse(exchange.getRequestHeaders().getFirst("Range"), size);
            if (range instanceof HttpRange.Unsatisfiable u) {
                h.set("Content-Range", u.contentRange());
                sendEmpty(exchange, 416, head);
                return;
            }
            long first = 0;
            long length = size;
            int status = 200;
            if (range instanceof HttpRange.Part p) {
                first = p.first();
                length = p.length();
                status = 206;
                h.set("Content-Range", p.contentRange());
            }
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {} Range {} -> {} ({} bytes)", exchange.getRequestMethod(), file.path().getFileName(),
                        exchange.getRequestHeaders().getFirst("Range"), status, length);
            }
            if (head) {
                h.set("Content-Length", Long.toString(length));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
            if (length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    WritableByteChannel target = Channels.newChannel(out);
                    long sent = 0;
                    while (sent < length) {
                        long n = channel.transferTo(first + sent, length - sent, target);
                        if (n <= 0) {
                            throw new IOException("file shrank while being served: " + file.path());
                        }
                        sent += n;
                    }
                }
            }
        }
    }

    /**
     * htsget for reads served as BAM: without {@code /data} a JSON ticket that points back here with
     * {@code /data}; with it the BAM bytes of the header ({@code class=header}) or of the region
     * ({@code referenceName}, 0-based {@code start}, {@code end}). A bad query is 400.
     */
    private void sendHtsget(HttpExchange exchange, String key, BamRegions.Source source, boolean data, boolean head)
            throws IOException {
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String format = q.getOrDefault("format", "BAM");
        boolean header = "header".equals(q.get("class"));
        String contig = q.get("referenceName");
        long start;
        long end;
        try {
            start = header ? 0 : Long.parseLong(q.getOrDefault("start", "0"));
            end = header ? 0 : Long.parseLong(q.getOrDefault("end", Long.toString(Integer.MAX_VALUE)));
        } catch (NumberFormatException e) {
            sendEmpty(exchange, 400, head);
            return;
        }
        if (!"BAM".equals(format) || (!header && (contig == null || !CONTIG.matcher(contig).matches()
                || start < 0 || end < start))) {
            sendEmpty(exchange, 400, head);
            return;
        }
        String canonical = header ? "class=header&format=BAM" : "format=BAM&referenceName="
                + java.net.URLEncoder.encode(contig, StandardCharsets.UTF_8) + "&start=" + start + "&end=" + end;
        byte[] body;
        String type;
        if (!data) {
            URI dataUri = baseUri().resolve("g/" + key + "/data?" + canonical);
            body = Json.write(Map.of("htsget", Map.of("format", "BAM",
                    "urls", List.of(Map.of("url", dataUri.toString()))))).getBytes(StandardCharsets.UTF_8);
            type = "application/vnd.ga4gh.htsget.v1.0.0+json; charset=utf-8";
        } else {
            long t0 = System.nanoTime();
            try {
                body = header ? source.header() : source.region(contig, start, end);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not decode the reads for igv.js ({} {}-{}): {}", header ? "header" : contig, start, end,
                        e.toString());
                sendEmpty(exchange, 500, head);
                return;
            }
            LOG.debug("Reads as BAM {}: {} bytes in {} ms", header ? "header" : contig + ":" + start + "-" + end,
                    body.length, (System.nanoTime() - t0) / 1_000_000);
            type = "application/octet-stream";
        }
        sendAsset(exchange, new Asset(body, type), head);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new java.util.HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // malformed escapes: the parameter is left out and the query refused as incomplete
                }
            }
        }
        return out;
    }

    private void sendAsset(HttpExchange exchange, Asset asset, boolean head) throws IOException {
        Headers h = exchange.getResponseHeaders();
        commonHeaders(h, asset.contentType());
        byte[] bytes = asset.content();
        if (head) {
            h.set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void commonHeaders(Headers h, String contentType) {
        h.set("Content-Type", contentType);
        h.set("Accept-Ranges", "bytes");
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
    }

    private static void sendEmpty(HttpExchange exchange, int status, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", "0");
        }
        exchange.sendResponseHeaders(status, -1);
    }

    private String randomId(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A served file; {@code registrations} is guarded by {@code filesByKey}. */
    private static final class Registered {
        private final Path path;
        private final String contentType;
        private int registrations = 1;

        Registered(Path path, String contentType) {
            this.path = path;
            this.contentType = contentType;
        }

        Path path() {
            return path;
        }

        String contentType() {
            return contentType;
        }
    }

    private record Asset(byte[] content, String contentType) {
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "zenome-loopback-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
