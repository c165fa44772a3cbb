package org.zenome.ui.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.zenome.browser.LoopbackFileServer;

/**
 * The genome browser page and igv.js, read from the application's resources ({@code /org/zenome/browser/})
 * and published on the loopback server, so that the page and the case files share one origin.
 */
public final class BrowserPage {
    /** The resource folder of the page. */
    public static final String RESOURCES = "/org/zenome/browser/";
    /** igv.js, vendored byte for byte from the npm package (see {@code igv/VERSION}). */
    public static final String IGV_JS = RESOURCES + "igv/igv.min.js";

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";

    private BrowserPage() {
    }

    /** Publishes the page, its script and style and igv.js; returns the page URL. */
    public static URI publish(LoopbackFileServer server) {
        server.publish("igv.min.js", read(IGV_JS), JS);
        server.publish("zenome-bridge.js", read(RESOURCES + "zenome-bridge.js"), JS);
        server.publish("zenome-browser.css", read(RESOURCES + "zenome-browser.css"), CSS);
        return server.publish("zenome-browser.html", read(RESOURCES + "zenome-browser.html"), HTML);
    }

    static byte[] read(String resource) {
        try (InputStream in = BrowserPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
