package org.zenome.store.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.zenome.config.AdminConfig;
import org.zenome.store.CaseStore;
import org.zenome.store.StoreException;
import org.zenome.store.StoreLocations;
import org.zenome.store.postgres.PgCredentials;
import org.zenome.store.postgres.PostgresCaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Opens the case store a {@code --db} value names, for the command line and the desktop: a file path is the
 * embedded SQLite store, a {@code jdbc:postgresql://} URL the department's PostgreSQL server. Without a value:
 * {@code ZENOME_DB}, else the admin configuration's {@code db.url}, else {@code zenome.db} in the user data directory.
 */
public final class StoreOpener {
    public static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    private StoreOpener() {
    }

    public static boolean isServer(String location) {
        return location != null && location.startsWith(POSTGRES_PREFIX);
    }

    /** The store location (a URL or an absolute file path) for a {@code --db} value that may be null. */
    public static String resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), AdminConfig.load());
    }

    static String resolve(String dbOption, Map<String, String> env, AdminConfig admin) {
        if (dbOption != null && !dbOption.isBlank()) {
            return isServer(dbOption.strip()) ? dbOption.strip() : Path.of(dbOption).toAbsolutePath().toString();
        }
        String fromEnv = env.get(StoreLocations.ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return isServer(fromEnv.strip()) ? fromEnv.strip() : Path.of(fromEnv).toAbsolutePath().toString();
        }
        return admin.database("db.url").orElseGet(() -> StoreLocations.resolve(null).toAbsolutePath().toString());
    }

    /** The credentials of a server location (user from the URL, else db.user, else the OS user). */
    public static PgCredentials credentials(String url) {
        AdminConfig admin = AdminConfig.load();
        return PgCredentials.parse(url, admin.database("db.user").orElse(System.getProperty("user.name")));
    }

    /**
     * Opens the store at {@code location}; for a server the password comes from a password file or {@code prompt}.
     *
     * @throws StoreException when it cannot be opened (the message names the location and the problem)
     * @throws IllegalArgumentException when the URL is unusable (a password in it, no database name)
     */
    public static CaseStore open(String location, PgCredentials.Prompt prompt) {
        if (!isServer(location)) {
            return SqliteCaseStore.open(Path.of(location));
        }
        AdminConfig admin = AdminConfig.load();
        // a password in the URL, or no database name: a usage error (IllegalArgumentException)
        PgCredentials creds = PgCredentials.parse(location,
                admin.database("db.user").orElse(System.getProperty("user.name")));
        java.util.Properties props = creds.properties(PgCredentials.passwordFiles(admin.database("db.passfile")
                .orElse(null), System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home")),
                prompt);
        return PostgresCaseStore.open(location, props);
    }
}
