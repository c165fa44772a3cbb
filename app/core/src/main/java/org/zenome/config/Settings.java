package org.zenome.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zenome.domain.GenomeBuild;

/**
 * What the application starts with: the administrator's configuration, the user's preferences on top for
 * language and UI scale, and the per-user data directory (administrator's {@code data.dir}, else the OS
 * default; see {@link DataDirectories}).
 */
public final class Settings {
    private final AdminConfig admin;
    private final UserPreferences user;
    private final Path dataDirectory;

    Settings(AdminConfig admin, UserPreferences user, Path dataDirectory) {
        this.admin = admin;
        this.user = user;
        this.dataDirectory = dataDirectory;
    }

    /** Reads the administrator's file and the user's preferences of this machine and user. */
    public static Settings load() {
        AdminConfig admin = AdminConfig.load();
        Path data = DataDirectories.dataDirectory(admin);
        return new Settings(admin, UserPreferences.load(data), data);
    }

    /** For tests: the given administrator file; the user's preferences in its data directory. */
    public static Settings load(AdminConfig admin, Path defaultDataDirectory) {
        Path data = admin.dataDirectory().orElse(defaultDataDirectory);
        return new Settings(admin, UserPreferences.load(data), data);
    }

    public AdminConfig admin() {
        return admin;
    }

    public UserPreferences user() {
        return user;
    }

    /** The user's data directory: database, findings, logs, preferences. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The user's choice, else the administrator's default; empty means the OS language. */
    public Optional<Locale> language() {
        return user.language().or(admin::language);
    }

    /** The user's choice, else the administrator's default; empty means the OS scale. */
    public Optional<Double> uiScale() {
        return user.uiScale().or(admin::uiScale);
    }

    public Map<GenomeBuild, Path> references() {
        return admin.references();
    }

    public Map<String, Path> annotationSources() {
        return admin.annotationSources();
    }

    public Optional<Path> pluginDirectory() {
        return admin.pluginDirectory();
    }

    public Optional<Path> templateDirectory() {
        return admin.templateDirectory();
    }

    /** Problems of both files, for the log and for {@code zenome config}. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(admin.problems());
        all.addAll(user.problems());
        return all;
    }
}
