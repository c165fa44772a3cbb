package org.zenome.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's own choices, layered over the administrator's defaults: {@code language} and {@code ui.scale} in
 * {@code preferences.properties} in the user's data directory (owner-only). Other settings are the
 * administrator's and are not read from here.
 */
public final class UserPreferences {
    public static final String FILE_NAME = "preferences.properties";

    private final Path file;
    private final Locale language;
    private final Double uiScale;
    private final List<String> problems;

    private UserPreferences(Path file, Locale language, Double uiScale, List<String> problems) {
        this.file = file;
        this.language = language;
        this.uiScale = uiScale;
        this.problems = List.copyOf(problems);
    }

    /** The preferences in {@code dataDirectory} (empty when there are none yet). */
    public static UserPreferences load(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        List<String> problems = new ArrayList<>();
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": cannot read (" + e.getMessage() + "); the preferences were not used");
                p.clear();
            }
        }
        Locale language = null;
        Double scale = null;
        String lang = p.getProperty(AdminConfig.LANGUAGE, "").trim();
        if (!lang.isEmpty()) {
            try {
                language = AdminConfig.language(lang);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": language: " + e.getMessage() + " (ignored)");
            }
        }
        String s = p.getProperty(AdminConfig.UI_SCALE, "").trim();
        if (!s.isEmpty()) {
            try {
                scale = AdminConfig.scale(s);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": ui.scale: " + e.getMessage() + " (ignored)");
            }
        }
        return new UserPreferences(file, language, scale, problems);
    }

    public Path file() {
        return file;
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(language);
    }

    public Optional<Double> uiScale() {
        return Optional.ofNullable(uiScale);
    }

    public List<String> problems() {
        return problems;
    }

    public UserPreferences withLanguage(Locale newLanguage) {
        return new UserPreferences(file, newLanguage, uiScale, List.of());
    }

    public UserPreferences withUiScale(Double newScale) {
        return new UserPreferences(file, language, newScale, List.of());
    }

    /** Writes the preferences (atomically, owner-only); the data directory is created when missing. */
    public void save() throws IOException {
        Properties p = new Properties();
        if (language != null) {
            p.setProperty(AdminConfig.LANGUAGE, language.getLanguage());
        }
        if (uiScale != null) {
            p.setProperty(AdminConfig.UI_SCALE, Double.toString(uiScale));
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            tmp = Files.createTempFile(dir, FILE_NAME, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        }
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Zenome user preferences (language, ui.scale)");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
