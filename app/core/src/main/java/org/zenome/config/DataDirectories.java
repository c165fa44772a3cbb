package org.zenome.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user data directory: the administrator's {@code data.dir}, else XDG on Linux, %APPDATA% on Windows,
 * Application Support on macOS. Never the installation directory.
 */
public final class DataDirectories {
    private DataDirectories() {
    }

    /** The data directory of this user on this machine. */
    public static Path dataDirectory() {
        return dataDirectory(AdminConfig.load());
    }

    static Path dataDirectory(AdminConfig admin) {
        return admin.dataDirectory().orElseGet(() -> osDefault(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home")));
    }

    /** The OS convention, without the administrator's configuration. */
    public static Path osDefault(Map<String, String> env, String osName, String home) {
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
