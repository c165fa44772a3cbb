package org.zenome.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the case database lives: the {@code --db} option, else the {@code ZENOME_DB} environment variable,
 * else {@code zenome.db} in the user's data directory (never the installation directory).
 */
public final class StoreLocations {
    public static final String ENV_DB = "ZENOME_DB";

    private StoreLocations() {
    }

    /** The database to open for a {@code --db} value that may be null. */
    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String dbOption, Map<String, String> env, String osName, String home) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return userDataDirectory(env, osName, home).resolve("zenome.db");
    }

    /** The per-user data directory: XDG on Linux, %APPDATA% on Windows, Application Support on macOS. */
    public static Path userDataDirectory() {
        return userDataDirectory(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path userDataDirectory(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Zenome") : Path.of(home, "AppData", "Roaming", "Zenome");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Zenome");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "zenome") : Path.of(home, ".local", "share", "zenome");
    }
}
