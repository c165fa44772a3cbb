package org.zenome.ui.browser;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.LoopbackFileServer;
import org.zenome.browser.VariantClick;

/**
 * A stage with one {@link GenomeBrowserView} on a fresh loopback server, and helpers to wait for the bridge.
 * The primary stage comes from TestFX's {@link FxToolkit} (headless Monocle in the build).
 */
abstract class BrowserViewTestSupport {
    static final int WIDTH = 1200;
    static final int HEIGHT = 760; // within Monocle's default 1280x800 headless screen
    static final long TIMEOUT_S = 60;

    LoopbackFileServer server;
    GenomeBrowserView view;
    Stage stage;
    final BlockingQueue<VariantClick> clicks = new LinkedBlockingQueue<>();
    final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    final BlockingQueue<Duration> rendered = new LinkedBlockingQueue<>();

    @BeforeEach
    void showBrowser() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        fx(() -> {
            start(primary);
            return null;
        });
    }

    private void start(Stage stage) {
        this.stage = stage;
        server = new LoopbackFileServer();
        view = new GenomeBrowserView(server, GenomeBrowserView.messages(Locale.ENGLISH));
        view.bridge().addListener(new IgvEventListener() {
            @Override
            public void variantClicked(VariantClick variant) {
                clicks.add(variant);
            }

            @Override
            public void error(String message) {
                errors.add(message);
            }

            @Override
            public void locusRendered(String locus, Duration elapsed) {
                rendered.add(elapsed);
            }
        });
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (view != null) {
            fx(() -> {
                view.dispose();
                return null;
            });
        }
        if (server != null) {
            server.close();
        }
    }

    static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    void open(BrowserSession session) throws Exception {
        fx(() -> {
            view.open(session);
            return null;
        });
    }

    /** Runs a script in the page: a test probe only; the application talks to the page through the bridge. */
    Object probe(String script) throws Exception {
        return fx(() -> view.webView().getEngine().executeScript(script));
    }
}
