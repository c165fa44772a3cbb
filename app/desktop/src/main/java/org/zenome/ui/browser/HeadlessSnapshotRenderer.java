package org.zenome.ui.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.LoopbackFileServer;
import org.zenome.browser.SnapshotRenderer;
import org.zenome.browser.TrackKind;

/**
 * {@code zenome snapshot}'s renderer: starts JavaFX on the headless Monocle glass platform (no display needed,
 * software rendering, so a pipeline on a server gets the same picture as a workstation), shows the session on an
 * off-screen stage with its own loopback server and writes the picture. When JavaFX already runs (the desktop
 * application, tests) it uses that toolkit.
 */
public final class HeadlessSnapshotRenderer implements SnapshotRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessSnapshotRenderer.class);
    /** JavaFX warns on the console that it runs from the class path; kept here so the level sticks. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    static final long TIMEOUT_S = 120;
    /** Above the tracks: igv.js's navigation bar, ruler, reference sequence and genes. */
    static final int HEADER_HEIGHT = 230;
    /** A variant track: the site band and one genotype row per sample. */
    static final int VARIANT_TRACK_HEIGHT = 100;
    /** An alignment track with its coverage (see IgvConfig) and gaps. */
    static final int ALIGNMENT_TRACK_HEIGHT = 240;
    static final int OTHER_TRACK_HEIGHT = 80;

    @Override
    public Picture render(BrowserSession session, String locus, int width, Path out) throws IOException {
        int height = heightFor(session);
        boolean started = startToolkit(width, height);
        try (LoopbackFileServer server = new LoopbackFileServer()) {
            CompletableFuture<Stage> stage = new CompletableFuture<>();
            Platform.runLater(() -> stage.complete(new Stage()));
            long t0 = System.nanoTime();
            Stage s = stage.get(TIMEOUT_S, TimeUnit.SECONDS);
            try {
                BrowserSnapshotRenderer.Rendered r = BrowserSnapshotRenderer.renderAt(s, server, session, locus, width,
                        height, out).get(TIMEOUT_S, TimeUnit.SECONDS);
                LOG.info("Snapshot of {} drawn in {} ms", r.locus(), (System.nanoTime() - t0) / 1_000_000);
                return new Picture(r.file(), r.locus(), width, height);
            } finally {
                Platform.runLater(s::close);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            if (cause instanceof IgvCommandException && String.valueOf(cause.getMessage()).contains("Locus not found")) {
                throw new LocusNotFoundException("not a region of the reference nor a gene of its annotation");
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(cause.getMessage()), cause);
        } catch (TimeoutException e) {
            throw new IOException("the genome browser did not finish drawing within " + TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    /** Tall enough that every track is drawn whole in the PNG. */
    static int heightFor(BrowserSession session) {
        int h = HEADER_HEIGHT;
        for (var t : session.tracks()) {
            h += t.kind() == TrackKind.ALIGNMENTS ? ALIGNMENT_TRACK_HEIGHT
                    : t.kind() == TrackKind.VARIANTS ? VARIANT_TRACK_HEIGHT : OTHER_TRACK_HEIGHT;
        }
        return Math.min(h, 4000);
    }

    /** Starts JavaFX headless unless it runs already; true when this call started it. */
    private static boolean startToolkit(int width, int height) throws IOException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", String.format(Locale.ROOT, "%dx%d-32", width + 40, height + 40));
        }
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        Platform.setImplicitExit(false);
        try {
            up.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("JavaFX did not start: " + e, e);
        }
        LOG.debug("JavaFX started headless for a snapshot");
        return true;
    }
}
