package org.zenome.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the native SQLite library of the JDBC driver before its first use: the SQLite3 Multiple Ciphers build the
 * project compiles (src/main/native/build-sqlite3mc.sh) when it is in the jar for this platform, else the driver's
 * own. The SQLite3MC build is a superset (plain stores behave the same); it is what makes encrypted stores possible.
 * See docs/adr/encryption-at-rest.md.
 */
public final class SqliteNative {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNative.class);
    static final String LIBRARY = "libzenome-sqlite3mc.so";
    private static boolean initialised;
    private static Boolean encryption;

    private SqliteNative() {
    }

    /**
     * Points the driver at the SQLite3MC library (system properties {@code org.sqlite.lib.path} and
     * {@code org.sqlite.lib.name}), once, before any connection is opened. {@code -Dzenome.sqlite3mc=false} keeps the
     * driver's own library; a path set by the user is respected.
     */
    public static synchronized void init() {
        if (initialised) {
            return;
        }
        initialised = true;
        if ("false".equals(System.getProperty("zenome.sqlite3mc")) || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        URL res = SqliteNative.class.getResource("native/" + platform() + "/" + LIBRARY);
        if (res == null) {
            return;
        }
        try {
            Path dir;
            if ("file".equals(res.getProtocol())) {
                dir = Path.of(res.toURI()).getParent();
            } else {
                dir = extract(res, cacheFolder());
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", LIBRARY);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("SQLite3 Multiple Ciphers library not usable ({}); encrypted stores are unavailable",
                    e.getMessage());
        }
    }

    /** Whether this process's SQLite can open encrypted stores (the SQLite3MC library was loaded). */
    public static synchronized boolean encryptionAvailable() {
        init();
        if (encryption == null) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sqlite3mc_version()")) {
                encryption = rs.next() && rs.getString(1) != null;
            } catch (SQLException e) {
                encryption = false;
            }
        }
        return encryption;
    }

    /** The SQLite3MC version, e.g. "SQLite3 Multiple Ciphers 2.3.3", or empty when not loaded. */
    public static String version() {
        if (!encryptionAvailable()) {
            return "";
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sqlite3mc_version() || ', SQLite ' || sqlite_version()")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String a = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return (os.contains("linux") ? "Linux" : os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : os)
                + "-" + a;
    }

    /** The user's own cache folder for native libraries, not a shared temporary one another account could prepare. */
    private static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("zenome").resolve("native");
    }

    /**
     * Copies the library out of the jar into a private folder named by its size and CRC-32 (reused while it holds
     * exactly these bytes). The copy is compared byte for byte at each start: hashing it (and the jar's bytes) with
     * SHA-256 before the JIT has compiled the digest took about a tenth of a second of every start.
     */
    static Path extract(URL res, Path base) throws IOException {
        byte[] bytes;
        try (InputStream in = res.openStream()) {
            bytes = in.readAllBytes();
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        String name = bytes.length + "-" + Long.toHexString(crc.getValue());
        Path dir = base.resolve(name);
        Path lib = dir.resolve(LIBRARY);
        if (Files.isRegularFile(lib) && Files.size(lib) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(lib), bytes)) {
            return dir;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        for (Path d : new Path[] {base.getParent(), base, dir}) {
            if (!Files.isDirectory(d)) {
                if (posix) {
                    Files.createDirectories(d, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(d);
                }
            }
        }
        Path tmp = Files.createTempFile(dir, "lib", ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return dir;
    }
}
