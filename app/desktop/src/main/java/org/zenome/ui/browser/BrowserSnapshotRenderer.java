package org.zenome.ui.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.LoopbackFileServer;

/**
 * Draws a session at a locus into an SVG or PNG file without a user, the way IGV's batch {@code snapshot}
 * does: the piece behind {@code zenome snapshot} and the snapshots stored with a case. The caller provides a
 * started JavaFX toolkit and a stage (hidden from the user or, on a server, under a headless glass platform).
 */
public final class BrowserSnapshotRenderer {
    private BrowserSnapshotRenderer() {
    }

    /**
     * Shows the session on the stage at {@code width} x {@code height}, goes to the locus, writes the file
     * ({@code .svg} or PNG) and disposes the browser. Fails if the locus is not found or the page reports an
     * error while drawing (an unreadable file, for instance), rather than writing an incomplete picture.
     * May be called from any thread; completes on the FX thread.
     */
    public static CompletableFuture<Path> render(Stage stage, LoopbackFileServer server, BrowserSession session,
                                                 String locus, int width, int height, Path out) {
        return renderAt(stage, server, session, locus, width, height, out).thenApply(Rendered::file);
    }

    /** What {@link #renderAt} wrote and the locus igv.js showed. */
    public record Rendered(Path file, String locus) {
    }

    /** As {@link #render}, completing with the locus shown too (a gene symbol becomes its region). */
    public static CompletableFuture<Rendered> renderAt(Stage stage, LoopbackFileServer server, BrowserSession session,
                                                       String locus, int width, int height, Path out) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(locus, "locus");
        Objects.requireNonNull(out, "out");
        if (width < 200 || height < 100) {
            throw new IllegalArgumentException("a snapshot needs at least 200 x 100 pixels");
        }
        CompletableFuture<Rendered> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            GenomeBrowserView view = new GenomeBrowserView(server, GenomeBrowserView.messages(Locale.ENGLISH));
            view.bridge().addListener(new IgvEventListener() {
                @Override
                public void error(String message) {
                    result.completeExceptionally(new IOException("the genome browser failed: " + message));
                }
            });
            stage.setScene(new Scene(view, width, height));
            stage.show();
            try {
                view.open(session);
            } catch (IOException | RuntimeException e) {
                view.dispose();
                result.completeExceptionally(e);
                return;
            }
            view.bridge().gotoLocus(locus)
                    .thenCompose(shown -> view.saveSnapshot(out).thenApply(file -> new Rendered(file, shown)))
                    .whenComplete((rendered, failure) -> {
                        view.dispose();
                        if (failure != null) {
                            result.completeExceptionally(failure);
                        } else {
                            result.complete(rendered);
                        }
                    });
        });
        return result;
    }
}
