package org.zenome.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zenome.store.StoreException;
import org.zenome.store.StoreLockedException;

/**
 * The data keys of the encrypted stores this process has unlocked, held in memory only, and the JDBC URLs of a
 * store's files: plain {@code jdbc:sqlite:PATH}, or for an encrypted store an SQLite URI whose {@code hexkey}
 * SQLite3MC applies when it opens the file (before the driver's own pragmas run). A URL with a key is never logged or
 * put in a message: messages name the file.
 */
public final class SqliteKeyring {
    private static final Map<Path, byte[]> KEYS = new ConcurrentHashMap<>();

    private SqliteKeyring() {
    }

    /**
     * Unlocks the encrypted store {@code db} for this process.
     *
     * @throws org.zenome.store.WrongPassphraseException when the passphrase is not the store's
     */
    public static void unlock(Path db, char[] passphrase) {
        Path d = norm(db);
        if (!SqliteNative.encryptionAvailable()) {
            throw new StoreException(d + ": the store is encrypted, and this installation's SQLite has no encryption ("
                    + "SQLite3 Multiple Ciphers was not built for " + SqliteNative.platform() + "); open it on the "
                    + "workstation that encrypted it");
        }
        KEYS.put(d, StoreKeyFile.unlock(StoreKeyFile.of(d), passphrase));
    }

    /** Whether the store {@code db} is encrypted and not yet unlocked in this process. */
    public static boolean needsPassphrase(Path db) {
        Path d = norm(db);
        return StoreKeyFile.exists(d) && !KEYS.containsKey(d);
    }

    /** Forgets the key of {@code db} (after decryption, in tests). */
    public static void forget(Path db) {
        KEYS.remove(norm(db));
    }

    static void put(Path db, byte[] key) {
        KEYS.put(norm(db), key.clone());
    }

    /** The data key of the encrypted store {@code db}. */
    static byte[] key(Path db) {
        Path d = norm(db);
        byte[] k = KEYS.get(d);
        if (k == null) {
            throw new StoreLockedException(d + ": the case store is encrypted; it opens with the administrator's "
                    + "passphrase (asked at the terminal, or the file named by ZENOME_PASSPHRASE_FILE). Nothing was "
                    + "opened.");
        }
        return k;
    }

    /** The store a file belongs to: itself, or the database beside the {@code .findings} folder holding it. */
    static Path storeOf(Path file) {
        Path f = norm(file);
        Path parent = f.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().endsWith(".findings")) {
            String n = parent.getFileName().toString();
            return parent.resolveSibling(n.substring(0, n.length() - ".findings".length()));
        }
        return f;
    }

    /** The JDBC URL of one of a store's files (the database or a findings file). */
    static String url(Path file) {
        Path db = storeOf(file);
        if (StoreKeyFile.exists(db)) {
            return url(file, key(db));
        }
        return "jdbc:sqlite:" + norm(file);
    }

    /** Whether the store owning {@code file} is encrypted. */
    static boolean encrypted(Path file) {
        return StoreKeyFile.exists(storeOf(file));
    }

    /** The URL of {@code file} encrypted with {@code key} (null: plain). */
    static String url(Path file, byte[] key) {
        if (key == null) {
            return "jdbc:sqlite:" + norm(file);
        }
        return "jdbc:sqlite:" + uri(file, key);
    }

    /** The SQLite URI of {@code file} with {@code key}, for VACUUM INTO and the backup API. */
    static String uri(Path file, byte[] key) {
        return "file:" + escape(norm(file).toString().replace('\\', '/')) + "?cipher=" + StoreKeyFile.CIPHER
                + "&hexkey=" + HexFormat.of().formatHex(key);
    }

    /** The SQLite URI of a plain {@code file} (an explicit empty key: no encryption). */
    static String plainUri(Path file) {
        return "file:" + escape(norm(file).toString().replace('\\', '/')) + "?key=";
    }

    private static String escape(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '.'
                    || c == '-' || c == '_' || c == '~' || c == ':') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        String s = sb.toString();
        return s.startsWith("/") ? s : "/" + s; // Windows drive letters: file:/C:/...
    }

    private static Path norm(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
