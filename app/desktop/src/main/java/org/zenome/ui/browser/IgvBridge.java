package org.zenome.ui.browser;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.web.WebEngine;
import netscape.javascript.JSObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.browser.BrowserState;
import org.zenome.browser.IgvConfig;
import org.zenome.browser.Json;
import org.zenome.browser.TrackSpec;
import org.zenome.browser.VariantClick;
import org.zenome.browser.VariantWindow;
import org.zenome.domain.Finding;
import org.zenome.domain.Region;

/**
 * The one way Java talks to igv.js: typed commands that return futures, and events back
 * ({@link IgvEventListener}). The page half is {@code org/zenome/browser/zenome-bridge.js}.
 *
 * <p>Rules it keeps:
 * <ul>
 *   <li>{@link WebEngine#executeScript} runs on the FX thread only; public methods may be called from any thread
 *       and hop to it. Futures complete, and listeners are called, on the FX thread.</li>
 *   <li>Commands run one at a time in the order they were issued, so a snapshot or state query issued after a
 *       navigation sees its result. Commands issued before the page reports {@code ready} wait and run once
 *       it does.</li>
 *   <li>Navigation ({@link #gotoLocus}, {@link #selectVariant}) is "latest wins": a new one replaces the
 *       navigations still waiting at the end of the queue, whose futures then fail with a
 *       {@link CancellationException}. Scrolling through the variant table therefore never builds a backlog.</li>
 *   <li>The object that receives the page's calls is held here strongly (WebView keeps only a weak reference
 *       to objects given to {@link JSObject#setMember}).</li>
 *   <li>Page console output goes to the logger {@value #PAGE_LOGGER}; script errors, igv.js error dialogs and
 *       content-security-policy violations are logged as errors and sent to {@link IgvEventListener#error}.</li>
 *   <li>The page never leaves the loopback origin: WebKit's own policy hook ({@link WebPageNetworkPolicy}) refuses
 *       navigations, redirects, resources and windows to another origin before any request starts; pop-up windows
 *       are refused and a navigation elsewhere that got past it is cancelled.</li>
 * </ul>
 */
public final class IgvBridge {
    /** The logger that receives the page's console output and script errors. */
    public static final String PAGE_LOGGER = "org.zenome.ui.browser.page";

    private static final Logger LOG = LoggerFactory.getLogger(IgvBridge.class);
    private static final Logger PAGE_LOG = LoggerFactory.getLogger(PAGE_LOGGER);
    private static final String BLANK = "about:blank";

    private final WebEngine engine;
    private final IgvConfig.UrlResolver urls;
    private final PageCallbacks callbacks = new PageCallbacks();
    private final List<IgvEventListener> listeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyStringWrapper locus = new ReadOnlyStringWrapper(this, "locus", "");

    // FX thread only
    private final Deque<Command> queue = new ArrayDeque<>();
    private Command current;
    private long nextId;
    private URI pageUri;
    private String sessionConfig;
    private boolean pageAttached;

    /**
     * @param engine the engine of the browser's WebView
     * @param urls   turns the files of tracks loaded later ({@link #loadTrack}) into loopback URLs
     */
    public IgvBridge(WebEngine engine, IgvConfig.UrlResolver urls) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.urls = Objects.requireNonNull(urls, "urls");
        onFx(this::install);
    }

    private void install() {
        engine.getLoadWorker().stateProperty().addListener((ChangeListener<Worker.State>) (o, old, state) -> {
            if (state == Worker.State.SUCCEEDED && isPage(engine.getLocation())) {
                attach();
            } else if (state == Worker.State.FAILED && isPage(engine.getLocation())) {
                Throwable t = engine.getLoadWorker().getException();
                pageError("the genome browser page did not load: " + (t == null ? "unknown error" : t.getMessage()));
            }
        });
        WebPageNetworkPolicy.install(engine, () -> pageUri);
        engine.locationProperty().addListener((o, old, location) -> guardLocation(location));
        engine.setCreatePopupHandler(features -> {
            LOG.warn("Refused a pop-up window from the genome browser page");
            return null;
        });
        engine.setOnAlert(e -> PAGE_LOG.info("alert: {}", e.getData()));
        engine.setConfirmHandler(question -> false);
        engine.setPromptHandler(prompt -> null);
        engine.setOnError(e -> LOG.error("WebView error: {}", e.getMessage(), e.getException()));
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Shows a new session: loads the page if needed, then creates the igv.js browser from the configuration
     * ({@link IgvConfig#browserJson}). Commands issued from now on wait for its {@code ready}.
     *
     * @param page the page URL published on the loopback server
     */
    public void open(URI page, String igvConfigJson) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(igvConfigJson, "igvConfigJson");
        onFx(() -> {
            sessionConfig = igvConfigJson;
            ready.set(false);
            if (pageAttached && page.equals(pageUri) && isPage(engine.getLocation())) {
                startSession();
            } else {
                pageUri = page;
                pageAttached = false;
                engine.load(page.toString());
            }
        });
    }

    /**
     * Closes the session: cancels waiting and running commands, drops the page (a blank page frees the
     * igv.js heap). Listeners stay registered; {@link #open} may be called again for the next case.
     */
    public void dispose() {
        onFx(() -> {
            CancellationException closed = new CancellationException("the genome browser was closed");
            failAll(closed);
            ready.set(false);
            locus.set("");
            sessionConfig = null;
            if (pageAttached) {
                try {
                    ((JSObject) engine.executeScript("window")).removeMember("zenomeJava");
                } catch (RuntimeException e) {
                    LOG.debug("Could not detach the bridge object: {}", e.toString());
                }
            }
            pageAttached = false;
            pageUri = null;
            engine.load(BLANK);
        });
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public boolean isReady() {
        return ready.get();
    }

    /** The locus igv.js shows, {@code chr:start-end}; updated on the FX thread. */
    public ReadOnlyStringProperty locusProperty() {
        return locus.getReadOnlyProperty();
    }

    public void addListener(IgvEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(IgvEventListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- commands

    /**
     * Goes to a locus ({@code chr:start-end}, {@code chr:pos}, a contig, or a gene symbol of a searchable
     * annotation track) and completes with the locus shown once every track has loaded and drawn its data.
     */
    public CompletableFuture<String> gotoLocus(String target) {
        Objects.requireNonNull(target, "target");
        return navigate("goto", Json.write(Map.of("locus", target)));
    }

    /** Highlights a short variant and centres it in its window ({@link VariantWindow}). */
    public CompletableFuture<String> selectVariant(String chrom, int pos, String ref, String alt) {
        return selectVariant(chrom, pos, ref, alt, pos);
    }

    /** Highlights a variant and shows it in its window; {@code svEnd} is the END of a structural variant. */
    public CompletableFuture<String> selectVariant(String chrom, int pos, String ref, String alt, int svEnd) {
        Region window = VariantWindow.around(chrom, pos, ref, alt, svEnd);
        Map<String, Object> arg = new LinkedHashMap<>();
        arg.put("chrom", chrom);
        arg.put("pos", pos);
        arg.put("ref", ref);
        arg.put("locus", VariantWindow.locus(window));
        return navigate("selectVariant", Json.write(arg));
    }

    /** Highlights a finding of the case and shows it in its window. */
    public CompletableFuture<String> selectVariant(Finding finding) {
        return selectVariant(finding.chrom(), finding.pos(), finding.ref(), finding.alt(), finding.end());
    }

    /** Removes the variant highlight. */
    public CompletableFuture<Void> clearSelection() {
        return command("clearSelection", "{}").thenApply(x -> null);
    }

    /** Adds a track; completes with its name. Its files are served through the bridge's URL resolver. */
    public CompletableFuture<String> loadTrack(TrackSpec track) {
        String config;
        try {
            config = IgvConfig.trackJson(track, urls);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return command("loadTrack", "{\"config\":" + config + "}");
    }

    /** Removes the tracks of that name; completes with true if there was one. */
    public CompletableFuture<Boolean> unloadTrack(String name) {
        Objects.requireNonNull(name, "name");
        return command("unloadTrack", Json.write(Map.of("name", name))).thenApply(n -> !"0".equals(n));
    }

    /**
     * Where position {@code pos} (1-based) of a track is drawn now, in the WebView's coordinates: for a variant
     * track the centre of the mark of the record at POS in the site band (empty when no such record is loaded),
     * for an alignment track its coverage bar, else the top of the track; empty when POS is out of view.
     * For tests and for placing UI next to igv.js's drawing.
     */
    public CompletableFuture<Optional<Point2D>> locate(String trackName, int pos) {
        Objects.requireNonNull(trackName, "trackName");
        Map<String, Object> arg = new LinkedHashMap<>();
        arg.put("track", trackName);
        arg.put("pos", pos);
        return command("locate", Json.write(arg)).thenApply(text -> {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> p = Json.parseObject(text);
            return Optional.of(new Point2D(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue()));
        });
    }

    /** The current view as an SVG document (igv.js {@code browser.toSVG()}). */
    public CompletableFuture<String> snapshotSvg() {
        return command("svg", "{}");
    }

    /** What igv.js shows and has loaded now, per track. */
    public CompletableFuture<BrowserState> state() {
        return command("state", "{}").thenApply(BrowserState::fromJson);
    }

    // ---------------------------------------------------------------- internals (FX thread)

    private static final class Command {
        final String name;
        final String argJson;
        final boolean navigation;
        final long calledAt = System.nanoTime();
        final CompletableFuture<String> result = new CompletableFuture<>();
        String id;

        Command(String name, String argJson, boolean navigation) {
            this.name = name;
            this.argJson = argJson;
            this.navigation = navigation;
        }
    }

    private CompletableFuture<String> command(String name, String argJson) {
        return enqueue(new Command(name, argJson, false));
    }

    private CompletableFuture<String> navigate(String name, String argJson) {
        return enqueue(new Command(name, argJson, true));
    }

    private CompletableFuture<String> enqueue(Command c) {
        onFx(() -> {
            if (c.navigation) {
                while (!queue.isEmpty() && queue.peekLast().navigation) {
                    queue.pollLast().result.completeExceptionally(
                            new CancellationException("superseded by a newer navigation"));
                }
            }
            queue.addLast(c);
            pump();
        });
        return c.result;
    }

    /** Sends the next command when the page is ready and none is running. */
    private void pump() {
        while (ready.get() && current == null && !queue.isEmpty()) {
            Command c = queue.pollFirst();
            c.id = Long.toString(++nextId);
            current = c;
            try {
                engine.executeScript("zenome.run(" + Json.quote(c.id) + "," + Json.quote(c.name) + ","
                        + Json.quote(c.argJson) + ")");
            } catch (RuntimeException e) {
                current = null;
                c.result.completeExceptionally(e);
            }
        }
    }

    /** The page answered command {@code id}. */
    private void answered(String id, String text, Throwable failure) {
        Command c = current;
        if (c == null || !c.id.equals(id)) {
            LOG.debug("Ignored a late answer to genome browser command {}", id);
            return;
        }
        current = null;
        if (failure == null) {
            c.result.complete(text);
            if (c.navigation) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - c.calledAt);
                LOG.debug("Locus {} rendered in {} ms", text, elapsed.toMillis());
                emit(l -> l.locusRendered(text, elapsed));
            }
        } else {
            c.result.completeExceptionally(failure);
        }
        pump();
    }

    private void attach() {
        try {
            JSObject window = (JSObject) engine.executeScript("window");
            window.setMember("zenomeJava", callbacks);
            engine.executeScript("zenome.attach(window.zenomeJava)");
            pageAttached = true;
        } catch (RuntimeException e) {
            pageError("the genome browser page has no bridge: " + e.getMessage());
            return;
        }
        if (sessionConfig != null) {
            startSession();
        }
    }

    private void startSession() {
        ready.set(false);
        // A command sent to the previous igv.js browser is not answered by the new one.
        if (current != null) {
            Command c = current;
            current = null;
            c.result.completeExceptionally(new CancellationException("a new session replaced the browser"));
        }
        try {
            engine.executeScript("zenome.start(" + Json.quote(sessionConfig) + ")");
        } catch (RuntimeException e) {
            pageError("igv.js could not start: " + e.getMessage());
        }
    }

    private void failAll(RuntimeException reason) {
        List<Command> all = new ArrayList<>(queue);
        queue.clear();
        if (current != null) {
            all.add(0, current);
            current = null;
        }
        for (Command c : all) {
            c.result.completeExceptionally(reason);
        }
    }

    private boolean isPage(String location) {
        return pageUri != null && pageUri.toString().equals(location);
    }

    private void guardLocation(String location) {
        if (location == null || location.isEmpty() || BLANK.equals(location) || isPage(location)) {
            return;
        }
        LOG.warn("Cancelled a navigation of the genome browser away from its page");
        Platform.runLater(() -> {
            engine.getLoadWorker().cancel();
            if (pageUri != null && sessionConfig != null) {
                pageAttached = false;
                ready.set(false);
                engine.load(pageUri.toString());
            }
        });
    }

    private void pageError(String message) {
        LOG.error("Genome browser: {}", message);
        emit(l -> l.error(message));
    }

    private void emit(java.util.function.Consumer<IgvEventListener> event) {
        for (IgvEventListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                LOG.error("A genome browser listener failed", e);
            }
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /**
     * The object the page calls (as {@code zenomeJava}). Public so that WebView can reach it; every method takes
     * strings only and runs on the FX thread. Not for use from Java.
     */
    public final class PageCallbacks {
        private PageCallbacks() {
        }

        public void log(String level, String text) {
            switch (String.valueOf(level)) {
                case "error" -> PAGE_LOG.error("{}", text);
                case "warn" -> PAGE_LOG.warn("{}", text);
                case "debug" -> PAGE_LOG.debug("{}", text);
                default -> PAGE_LOG.info("{}", text);
            }
        }

        public void jsError(String text) {
            PAGE_LOG.error("Script error: {}", text);
            emit(l -> l.error(text));
        }

        public void failure(String text) {
            PAGE_LOG.error("igv.js: {}", text);
            emit(l -> l.error(text));
        }

        public void startFailed(String text) {
            pageError("igv.js could not open the session: " + text);
        }

        public void ready(String igvVersion) {
            LOG.info("igv.js {} ready", igvVersion);
            ready.set(true);
            emit(l -> l.ready(igvVersion));
            pump();
        }

        public void locusChanged(String newLocus) {
            locus.set(newLocus);
            emit(l -> l.locusChanged(newLocus));
        }

        public void variantClicked(String chrom, String pos, String ref, String alt) {
            VariantClick click;
            try {
                click = new VariantClick(chrom, Integer.parseInt(pos), ref, alt);
            } catch (RuntimeException e) {
                LOG.warn("Ignored a variant click the page reported oddly: {} {} {} {}", chrom, pos, ref, alt);
                return;
            }
            emit(l -> l.variantClicked(click));
        }

        public void done(String id, String text) {
            answered(id, text, null);
        }

        public void failed(String id, String text) {
            Command c = current;
            String name = c != null && c.id.equals(id) ? c.name : "command " + id;
            LOG.debug("Genome browser {} failed: {}", name, text);
            answered(id, null, new IgvCommandException(name, text));
        }
    }
}
