package org.zenome.store.postgres;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.zenome.store.StoreException;

/**
 * Who connects to a PostgreSQL store, and with which password. The password never comes from the command line: it
 * is looked up in the standard PostgreSQL password file ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}; or the file the admin configuration names with {@code db.passfile}), else
 * asked for at a prompt. Client certificates ({@code sslcert}/{@code sslkey} in the URL) need no password at all.
 */
public final class PgCredentials {
    /** Asks for a password when no file has one (console, dialog); empty when nobody can be asked. */
    @FunctionalInterface
    public interface Prompt {
        Optional<char[]> password(String user, String where);
    }

    private final String url;
    private final String host;
    private final int port;
    private final String database;
    private final String user;

    private PgCredentials(String url, String host, int port, String database, String user) {
        this.url = url;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
    }

    /**
     * Parses a {@code jdbc:postgresql://host[:port]/database[?params]} URL; {@code defaultUser} (the admin
     * configuration's {@code db.user}, else the OS user) applies when the URL names no {@code user}.
     *
     * @throws IllegalArgumentException when the URL carries a password or is not a PostgreSQL URL
     */
    public static PgCredentials parse(String url, String defaultUser) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(url + ": not a jdbc:postgresql:// URL");
        }
        String rest = url.substring("jdbc:postgresql://".length());
        int q = rest.indexOf('?');
        String params = q < 0 ? "" : rest.substring(q + 1);
        String hostPart = q < 0 ? rest : rest.substring(0, q);
        String user = null;
        for (String kv : params.split("&")) {
            int eq = kv.indexOf('=');
            String k = (eq < 0 ? kv : kv.substring(0, eq)).toLowerCase(Locale.ROOT);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            if (k.equals("password")) {
                throw new IllegalArgumentException(PostgresCaseStore.redact(url) + ": the password must not be written "
                        + "in the URL or on the command line; put it in the PostgreSQL password file (~/.pgpass) or "
                        + "type it when asked");
            }
            if (k.equals("user")) {
                user = v;
            }
        }
        int slash = hostPart.indexOf('/');
        if (slash < 0 || slash == hostPart.length() - 1) {
            throw new IllegalArgumentException(url + ": no database name (jdbc:postgresql://HOST[:PORT]/DATABASE)");
        }
        String hostPort = hostPart.substring(0, slash);
        String db = URLDecoder.decode(hostPart.substring(slash + 1), StandardCharsets.UTF_8);
        if (hostPort.contains(",")) {
            hostPort = hostPort.substring(0, hostPort.indexOf(','));
        }
        String h = hostPort.isEmpty() ? "localhost" : hostPort;
        int port = 5432;
        int colon = h.lastIndexOf(':');
        if (colon > 0 && !h.endsWith("]")) {
            try {
                port = Integer.parseInt(h.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(url + ": invalid port " + h.substring(colon + 1));
            }
            h = h.substring(0, colon);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        String u = user != null && !user.isBlank() ? user : defaultUser;
        if (u == null || u.isBlank()) {
            throw new IllegalArgumentException(url + ": no database user (add ?user=NAME or db.user to the admin "
                    + "configuration)");
        }
        return new PgCredentials(url, h, port, db, u);
    }

    public String user() {
        return user;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** host:port/database, for prompts and messages. */
    public String where() {
        return host + ":" + port + "/" + database;
    }

    /**
     * The connection properties: the user and the password from the first password file that has an entry for this
     * connection, else the prompt's answer, else none (the server may accept a certificate or trust).
     */
    public Properties properties(List<Path> passwordFiles, Prompt prompt) {
        Properties p = new Properties();
        p.setProperty("user", user);
        Optional<String> fromFile = Optional.empty();
        for (Path f : passwordFiles) {
            fromFile = lookup(f, host, port, database, user);
            if (fromFile.isPresent()) {
                break;
            }
        }
        if (fromFile.isPresent()) {
            p.setProperty("password", fromFile.get());
        } else if (prompt != null) {
            prompt.password(user, where()).ifPresent(pw -> {
                p.setProperty("password", new String(pw));
                java.util.Arrays.fill(pw, '\0');
            });
        }
        return p;
    }

    /** The password files to look in, in order: the admin's, then PGPASSFILE or the user's standard one. */
    public static List<Path> passwordFiles(String adminPassfile, Map<String, String> env, String osName, String home) {
        List<Path> out = new ArrayList<>();
        if (adminPassfile != null && !adminPassfile.isBlank()) {
            out.add(Path.of(adminPassfile));
        }
        String pgpassfile = env.get("PGPASSFILE");
        if (pgpassfile != null && !pgpassfile.isBlank()) {
            out.add(Path.of(pgpassfile));
        } else if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            if (appData != null) {
                out.add(Path.of(appData, "postgresql", "pgpass.conf"));
            }
        } else if (home != null) {
            out.add(Path.of(home, ".pgpass"));
        }
        return out;
    }

    /**
     * The password of the first matching line of a PostgreSQL password file
     * ({@code hostname:port:database:username:password}, {@code *} matches anything, {@code \:} and {@code \\} are
     * escapes). As libpq does, a file that others than its owner may read is ignored on POSIX systems.
     */
    static Optional<String> lookup(Path file, String host, int port, String database, String user) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_WRITE)
                        || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                    throw new StoreException(file + ": the password file may be read or changed by other users; "
                            + "restrict it (chmod 0600) - it was not used");
                }
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() < 5) {
                    continue;
                }
                if (matches(f.get(0), host) && matches(f.get(1), Integer.toString(port)) && matches(f.get(2), database)
                        && matches(f.get(3), user)) {
                    return Optional.of(f.get(4));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the password file: " + e.getMessage(), e);
        }
    }

    /**
     * What is wrong with a password file for use (missing, not a file, readable or writable by others), without
     * reading its contents; empty when it is usable.
     */
    public static Optional<String> checkPasswordFile(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(file + ": the password file (db.passfile) does not exist");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(file + ": the password file (db.passfile) is not a file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of(file + ": the password file (db.passfile) may not be read by this user");
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_WRITE)
                        || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                    return Optional.of(file + ": the password file may be read or changed by other users; restrict "
                            + "it (chmod 0600, or 0640 for a group of Zenome users) - it is not used");
                }
            }
        } catch (IOException e) {
            return Optional.of(file + ": cannot read the password file's permissions: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>(5);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** The URL the driver gets (never with a password). */
    public String url() {
        return url;
    }
}
