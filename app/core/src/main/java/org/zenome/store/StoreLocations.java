package org.zenome.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.zenome.config.DataDirectories;

/**
 * Where the case database lives: the {@code --db} option, else the {@code ZENOME_DB} environment variable,
 * else {@code zenome.db} in the user's data directory (the administrator's {@code data.dir} or the OS default;
 * never the installation directory).
 */
public final class StoreLocations {
    public static final String ENV_DB = "ZENOME_DB";

    private StoreLocations() {
    }

    /** The database to open for a {@code --db} value that may be null. */
    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), null, null);
    }

    static Path resolve(String dbOption, Map<String, String> env, String osName, String home) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return (osName == null ? userDataDirectory() : userDataDirectory(env, osName, home)).resolve("zenome.db");
    }

    /**
     * The per-user data directory: the administrator's {@code data.dir} (org.zenome.config.AdminConfig), else
     * XDG on Linux, %APPDATA% on Windows, Application Support on macOS.
     */
    public static Path userDataDirectory() {
        return DataDirectories.dataDirectory();
    }

    static Path userDataDirectory(Map<String, String> env, String osName, String home) {
        return DataDirectories.osDefault(env, osName, home);
    }
}
