package org.zenome.ui;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Dialogs shown before the application has a window of its own (the passphrase of an encrypted store, a server
 * password, a start-up error). JavaFX ends the application when its last window closes (implicit exit), so such a
 * dialog would end it when it closes: implicit exit is suspended, and the login dialog restores the previous
 * setting once it shows (tests keep their shared toolkit alive with it off).
 */
final class EarlyDialogs {
    private static Boolean before;

    private EarlyDialogs() {
    }

    /**
     * Shows {@code dialog} on the FX thread, with implicit exit suspended, and waits for its answer (from the worker
     * that opens the store); empty when it was cancelled or failed.
     */
    static <T> Optional<T> ask(Supplier<Optional<T>> dialog) {
        CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                suspendImplicitExit();
                answer.complete(dialog.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** Turns implicit exit off, remembering the setting (FX thread). */
    static synchronized void suspendImplicitExit() {
        if (before == null) {
            before = Platform.isImplicitExit();
            Platform.setImplicitExit(false);
        }
    }

    /** Puts the remembered setting back, once a window of the application shows (FX thread). */
    static synchronized void restoreImplicitExit() {
        if (before != null) {
            Platform.setImplicitExit(before);
            before = null;
        }
    }
}
