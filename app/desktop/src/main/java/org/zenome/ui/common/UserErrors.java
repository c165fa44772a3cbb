package org.zenome.ui.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.zenome.importer.ImportCancelledException;
import org.zenome.importer.InvalidInputException;

/** Turns exceptions into one localised sentence for a dialog or status line; never a stack trace. */
public final class UserErrors {
    private UserErrors() {
    }

    public static String describe(Throwable error, I18n i18n) {
        Throwable e = unwrap(error);
        if (e instanceof InvalidInputException invalid) {
            if (invalid.line() > 0) {
                return i18n.get("error.invalidInput.line", invalid.file(), invalid.line(), invalid.problem());
            }
            return i18n.get("error.invalidInput", invalid.file(), invalid.problem());
        }
        if (e instanceof org.zenome.store.InvalidStoreException bad) {
            // not a Zenome database, a newer Zenome's, a damaged file: the message names the file and what to do
            return i18n.get("error.badStore", text(bad));
        }
        if (e instanceof org.zenome.store.CaseLockedException locked) {
            return i18n.get("panel.locked", locked.caseId());
        }
        if (e instanceof ImportCancelledException) {
            return i18n.get("error.cancelled");
        }
        if (e instanceof NoSuchFileException missing) {
            return i18n.get("error.noSuchFile", missing.getFile());
        }
        if (e instanceof AccessDeniedException denied) {
            return i18n.get("error.accessDenied", denied.getFile());
        }
        if (e instanceof IOException) {
            return i18n.get("error.io", text(e));
        }
        return i18n.get("error.unexpected", text(e));
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.io.UncheckedIOException
                || (e instanceof RuntimeException && e.getClass() == RuntimeException.class))
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String text(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // one line only
        int nl = message.indexOf('\n');
        return nl >= 0 ? message.substring(0, nl) : message;
    }
}
