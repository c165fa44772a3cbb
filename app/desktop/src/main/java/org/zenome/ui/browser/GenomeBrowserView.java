package org.zenome.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.BrowserSession;
import org.zenome.browser.IgvConfig;
import org.zenome.browser.LoopbackFileServer;
import org.zenome.browser.ServedFiles;

/**
 * The genome browser of a case: igv.js in a {@link WebView}, fed through the {@link LoopbackFileServer}.
 * Talk to igv.js through {@link #bridge()}.
 *
 * <p>Use on the FX thread. {@link #open} shows a case; {@link #dispose()} blanks the page and stops serving the
 * case's files when the case closes (the view can then open another case).
 */
public final class GenomeBrowserView extends StackPane {
    private static final Logger LOG = LoggerFactory.getLogger(GenomeBrowserView.class);
    /** The message bundle of the browser (browser.properties, browser_ja.properties). */
    public static final String BUNDLE = "org.zenome.ui.browser.browser";

    private final WebView webView = new WebView();
    private final Label message = new Label();
    private final ServedFiles files;
    private final IgvBridge bridge;
    private final LoopbackFileServer server;
    private final ResourceBundle messages;
    private URI page;

    /**
     * @param server   the application's loopback server (owned by the composition root, closed at exit)
     * @param messages the browser bundle in the user's language ({@link #messages(Locale)})
     */
    public GenomeBrowserView(LoopbackFileServer server, ResourceBundle messages) {
        this.server = Objects.requireNonNull(server, "server");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.files = new ServedFiles(server);
        this.bridge = new IgvBridge(webView.getEngine(), files);
        webView.setContextMenuEnabled(false); // igv.js has its own menus; WebView's would offer "Reload"
        message.setWrapText(true);
        message.setOnMouseClicked(e -> hideMessage()); // the user can dismiss it and look at the rest
        message.setVisible(false);
        message.setManaged(false);
        message.getStyleClass().add("genome-browser-message");
        message.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 12; -fx-text-fill: #8a1c1c;");
        StackPane.setAlignment(message, Pos.TOP_CENTER);
        getChildren().addAll(webView, message);
        getStyleClass().add("genome-browser");
        bridge.addListener(new IgvEventListener() {
            @Override
            public void ready(String igvVersion) {
                hideMessage();
            }

            @Override
            public void error(String text) {
                showMessage(format("browser.error.page", text));
            }
        });
    }

    /**
     * The browser bundle for a locale: Japanese for {@code ja}, English (the base bundle) otherwise. No fallback
     * to the JVM's default locale, so English is English on a Japanese workstation too.
     */
    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public IgvBridge bridge() {
        return bridge;
    }

    public WebView webView() {
        return webView;
    }

    /**
     * Shows a case: serves its files on the loopback server and starts igv.js with them. Commands given to the
     * bridge from now on run once igv.js is ready.
     *
     * @throws IOException when a file of the session can no longer be read (the view shows why)
     */
    public void open(BrowserSession session) throws IOException {
        Objects.requireNonNull(session, "session");
        files.releaseAll();
        String config;
        try {
            config = IgvConfig.browserJson(session, files);
        } catch (BrowserFileException e) {
            files.releaseAll();
            showMessage(format("browser.error.start", describe(e)));
            throw e;
        } catch (IOException e) {
            files.releaseAll();
            showMessage(format("browser.error.start", e.getMessage()));
            throw e;
        }
        if (page == null) {
            page = BrowserPage.publish(server);
        }
        hideMessage();
        bridge.open(page, config);
    }

    /** Blanks the page, cancels pending commands and stops serving the case's files. */
    public void dispose() {
        bridge.dispose();
        files.releaseAll();
        hideMessage();
    }

    /** The number of case files this view serves now. */
    public int servedFileCount() {
        return files.size();
    }

    /** A picture of the view as it is on screen (FX thread). */
    public WritableImage snapshotImage() {
        return webView.snapshot(null, null);
    }

    /** Writes the view as PNG (FX thread). */
    public void writePng(Path file) throws IOException {
        PngSnapshots.write(snapshotImage(), file);
    }

    /**
     * Saves the view as SVG ({@code .svg}, drawn by igv.js from its data) or PNG (any other name; the pixels on
     * screen, taken after the pending commands have run and two more frames have been drawn). Completes on the
     * FX thread once the file is written. May be called from any thread.
     */
    public CompletableFuture<Path> saveSnapshot(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return bridge.snapshotSvg().thenApply(svg -> {
                try {
                    return Files.writeString(file, svg, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        // state() is a no-op command: it completes once everything issued before it has been drawn
        return bridge.state().thenCompose(ignored -> afterFrames(2)).thenApply(ignored -> {
            try {
                writePng(file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Completes on the FX thread after {@code frames} more pulses, so the WebView has painted what igv drew. */
    private static CompletableFuture<Void> afterFrames(int frames) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        return done;
    }

    /** The user-facing text for a file problem, in the view's language. */
    public String describe(BrowserFileException e) {
        return format("browser.problem." + e.problem().name(), e.file().toString());
    }

    /** Shows a message over the browser (for example that the case's build has no reference configured). */
    public void showMessage(String text) {
        LOG.debug("Genome browser message: {}", text);
        message.setText(text);
        message.setVisible(true);
        message.setManaged(true);
    }

    public void hideMessage() {
        message.setVisible(false);
        message.setManaged(false);
        message.setText("");
    }

    /** The message shown now, or empty. */
    public String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }
}
