package org.zenome.browser;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws a browser session at a locus into an SVG or PNG file without a user: what {@code zenome snapshot}
 * calls. The desktop module provides it (igv.js in a headless WebView) through {@link java.util.ServiceLoader};
 * a build without the desktop module has none.
 */
public interface SnapshotRenderer {

    /**
     * Renders and writes {@code out} ({@code .svg}: igv.js's SVG; else PNG).
     *
     * @param width the picture's width in pixels; the height follows from the tracks
     * @throws LocusNotFoundException when the locus is neither a region nor a gene of the reference's genes
     * @throws IOException            when a file cannot be read or the page fails while drawing
     */
    Picture render(BrowserSession session, String locus, int width, Path out) throws IOException;

    /** What was written: the locus igv.js showed and the picture's size. */
    record Picture(Path file, String locus, int width, int height) {
    }

    /** The locus names nothing the browser can show. */
    final class LocusNotFoundException extends IOException {
        private static final long serialVersionUID = 1L;

        public LocusNotFoundException(String message) {
            super(message);
        }
    }
}
