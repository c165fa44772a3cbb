package org.zenome.store.sqlite;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Plain words for the storage failures a user can act on: a full disk, a read-only database or disk, missing
 * permission. Everything else keeps SQLite's or the OS's own message.
 */
public final class StorageErrors {
    /** Said when the disk filled up; the caller adds what was not saved. */
    public static final String DISK_FULL = "the disk is full (no space left on the device); nothing was saved. "
            + "Free some space and try again";
    public static final String READ_ONLY = "the database is read-only (no write permission, or the disk is "
            + "mounted read-only); nothing was saved";

    private StorageErrors() {
    }

    /** What went wrong, in words for the user. */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isDiskFull(t)) {
                return DISK_FULL;
            }
            if (isReadOnly(t)) {
                return READ_ONLY;
            }
            if (t instanceof AccessDeniedException a) {
                return "no permission to write " + a.getFile();
            }
        }
        String msg = e.getMessage();
        return msg == null ? e.toString() : msg;
    }

    /** Whether the failure is a full disk (or a file-size limit). */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // SHMSIZE: the WAL index cannot grow, which on a POSIX file system means no space left
            if (t instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_FULL
                    || s.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE)) {
                return true;
            }
            String m = lower(t);
            if ((t instanceof IOException || t instanceof SQLException)
                    && (m.contains("no space left") || m.contains("disk is full") || m.contains("file too large"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is a read-only database file or file system. */
    public static boolean isReadOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s && s.getResultCode().name().startsWith("SQLITE_READONLY")) {
                return true;
            }
            String m = lower(t);
            if ((t instanceof IOException || t instanceof SQLException)
                    && (m.contains("read-only file system") || m.contains("readonly database"))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }
}
