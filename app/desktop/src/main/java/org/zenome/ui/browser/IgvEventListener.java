package org.zenome.ui.browser;

import java.time.Duration;
import org.zenome.browser.VariantClick;

/**
 * Events from the igv.js page, delivered on the FX thread. Implement the ones you need.
 */
public interface IgvEventListener {

    /** igv.js has created the browser for the session; queued commands run now. */
    default void ready(String igvVersion) {
    }

    /** The locus shown changed (navigation, drag, zoom), as {@code chr:start-end}. */
    default void locusChanged(String locus) {
    }

    /**
     * A {@link IgvBridge#gotoLocus} or {@link IgvBridge#selectVariant} finished: igv.js has loaded the data of
     * every track for the new locus and drawn it.
     *
     * @param elapsed from the command's call to the end of drawing, including any wait for the page
     */
    default void locusRendered(String locus, Duration elapsed) {
    }

    /** The user clicked a variant in a variant track. */
    default void variantClicked(VariantClick variant) {
    }

    /** The page failed: igv.js could not start or load a file, or a script error occurred. Already logged. */
    default void error(String message) {
    }
}
