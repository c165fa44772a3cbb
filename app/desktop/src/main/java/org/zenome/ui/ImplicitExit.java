package org.zenome.ui;

import javafx.application.Platform;

/**
 * JavaFX ends the application when its last window closes (implicit exit). A dialog shown before the application
 * has a window of its own (the passphrase of an encrypted store, a server password, a start-up error) would end it
 * when it closes: it suspends implicit exit, and the login dialog restores the previous setting once it shows
 * (tests keep their shared toolkit alive with it off).
 */
final class ImplicitExit {
    private static Boolean before;

    private ImplicitExit() {
    }

    /** Turns implicit exit off, remembering the setting (FX thread). */
    static synchronized void suspend() {
        if (before == null) {
            before = Platform.isImplicitExit();
            Platform.setImplicitExit(false);
        }
    }

    /** Puts the remembered setting back, once a window of the application shows (FX thread). */
    static synchronized void restore() {
        if (before != null) {
            Platform.setImplicitExit(before);
            before = null;
        }
    }
}
