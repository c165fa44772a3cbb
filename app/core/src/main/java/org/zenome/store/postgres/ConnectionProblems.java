package org.zenome.store.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * Why a connection to the server failed, in words for hospital IT: the TLS failures (wrong root certificate, a host
 * name the certificate does not name, an unreadable root certificate file, a server without TLS) are named with
 * the setting to check, instead of the driver's Java exception text.
 */
final class ConnectionProblems {
    /**
     * The driver logs through java.util.logging, whose default handler prints to the console: a failed host-name
     * check would print a SEVERE line on the command line's standard error. Its records go to the application's
     * log instead (kept referenced: java.util.logging holds its loggers weakly).
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    static {
        DRIVER_LOG.setUseParentHandlers(false);
        DRIVER_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r == null || !isLoggable(r)) {
                    return;
                }
                org.slf4j.Logger to = LoggerFactory.getLogger(r.getLoggerName() == null ? "org.postgresql"
                        : r.getLoggerName());
                String msg = r.getMessage();
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    to.warn(msg, r.getThrown());
                } else if (r.getLevel().intValue() >= Level.INFO.intValue()) {
                    to.info(msg, r.getThrown());
                } else {
                    to.debug(msg, r.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private ConnectionProblems() {
    }

    /** Makes sure the driver's log goes to the application's log (called before the first connection). */
    static void routeDriverLog() {
        DRIVER_LOG.getName(); // the static initialiser did it
    }

    /** Whether {@code e} says that no connection could be made (as opposed to a missing table). */
    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
    }

    /** What went wrong, without the driver's exception class names (the message follows "where: cannot connect: "). */
    static String describe(String url, String user, SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String lower = m.toLowerCase(Locale.ROOT);
        String mode = parameter(url, "sslmode");
        String root = parameter(url, "sslrootcert");
        String rootName = root == null ? "the default root certificate file (~/.postgresql/root.crt)" : root;
        if (lower.contains("pkix path") || lower.contains("certification path")
                || lower.contains("certificate_unknown") || lower.contains("unable to find valid")) {
            return "the server's TLS certificate is not signed by the root certificate " + rootName
                    + " (sslmode=" + (mode == null ? "verify-full" : mode) + " checks it). Check that sslrootcert "
                    + "names the root (CA) certificate that issued the server's certificate.";
        }
        if (lower.contains("hostnameverifier") || lower.contains("hostname")) {
            return "the server's TLS certificate was not issued for the host name " + host(url)
                    + " (sslmode=verify-full checks the host name). Write the host name the certificate names in "
                    + "the URL.";
        }
        if (lower.contains("root certificate file")) {
            return "cannot read the root certificate file " + rootName + " (sslrootcert in the URL): "
                    + "no such file, or it may not be read.";
        }
        if (lower.contains("does not support ssl")) {
            return "the server does not accept TLS connections (sslmode=" + mode + "). Turn ssl on at the server "
                    + "(README, PostgreSQL for a department) or ask its administrator.";
        }
        if (lower.contains("no password was provided")) {
            return "the server asks for the password of " + (user == null ? user(url) : user) + " and none was found: put it in a PostgreSQL "
                    + "password file (db.passfile of the administrator's configuration, PGPASSFILE or ~/.pgpass; "
                    + "host:port:database:user:password, mode 0600) or start Zenome where it can ask for it.";
        }
        if (lower.contains("password authentication failed")) {
            return m + " (the password came from a PostgreSQL password file or the prompt; check that entry).";
        }
        if (lower.startsWith("ssl error:")) {
            return "TLS failed: " + m.substring("ssl error:".length()).strip();
        }
        return m;
    }

    /** A query parameter of a JDBC URL (null when absent). */
    static String parameter(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String kv : url.substring(q + 1).split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equalsIgnoreCase(name)) {
                return URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String user(String url) {
        String u = parameter(url, "user");
        return u == null ? "the database user" : u;
    }

    private static String host(String url) {
        try {
            return PgCredentials.parse(url, "-").host();
        } catch (IllegalArgumentException e) {
            return "of the URL";
        }
    }
}
