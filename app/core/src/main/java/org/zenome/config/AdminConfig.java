package org.zenome.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.zenome.domain.GenomeBuild;

/**
 * The administrator's configuration file, read-only for the application and for users:
 * {@code /etc/zenome/zenome.properties} on Linux, {@code %ProgramData%\Zenome\zenome.properties} on Windows,
 * {@code /Library/Application Support/Zenome/zenome.properties} on macOS; the system property
 * {@code zenome.admin.config} or the environment variable {@code ZENOME_ADMIN_CONFIG} name another file (tests,
 * diagnosis). A missing file is an empty configuration. Invalid lines are skipped and reported in
 * {@link #problems()} (the caller logs them: this class runs before logging is configured).
 */
public final class AdminConfig {
    public static final String PROPERTY = "zenome.admin.config";
    public static final String ENV = "ZENOME_ADMIN_CONFIG";
    public static final String FILE_NAME = "zenome.properties";

    static final String DATA_DIR = "data.dir";
    static final String REFERENCE = "reference.";
    static final String ANNOTATION = "annotation.";
    static final String PLUGIN_DIR = "plugin.dir";
    static final String TEMPLATE_DIR = "template.dir";
    static final String UI_SCALE = "ui.scale";
    static final String LANGUAGE = "language";
    static final String BACKUP_DIR = "backup.dir";
    static final String BACKUP_INTERVAL = "backup.interval.hours";
    static final String BACKUP_KEEP = "backup.keep";
    /** The shared case store (issue 10): db.url (jdbc:postgresql://...), db.user, db.passfile. */
    static final Set<String> DATABASE_KEYS = Set.of("db.url", "db.user", "db.passfile");

    private final Path file;
    private final boolean present;
    private final Path dataDirectory;
    private final Map<GenomeBuild, Path> references;
    private final Map<String, Path> annotationSources;
    private final Path pluginDirectory;
    private final Path templateDirectory;
    private final Double uiScale;
    private final Locale language;
    private final List<String> problems;
    private Path backupDirectory;
    private double backupIntervalHours = 24;
    private int backupKeep = 14;
    private final Map<String, String> database = new TreeMap<>();

    private AdminConfig(Path file, boolean present, Properties p, String home, String user) {
        this.file = file;
        this.present = present;
        List<String> errors = new ArrayList<>();
        Map<GenomeBuild, Path> refs = new EnumMap<>(GenomeBuild.class);
        Map<String, Path> annotations = new TreeMap<>();
        Path data = null;
        Path plugins = null;
        Path templates = null;
        Double scale = null;
        Locale lang = null;
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String raw = p.getProperty(key).trim();
            if (raw.isEmpty()) {
                continue;
            }
            String value = expand(raw, home, user);
            try {
                if (key.equals(DATA_DIR)) {
                    data = absolute(key, value);
                } else if (key.equals(PLUGIN_DIR)) {
                    plugins = absolute(key, value);
                } else if (key.equals(TEMPLATE_DIR)) {
                    templates = absolute(key, value);
                } else if (key.equals(UI_SCALE)) {
                    scale = scale(value);
                } else if (key.equals(LANGUAGE)) {
                    lang = language(value);
                } else if (key.equals(BACKUP_DIR)) {
                    backupDirectory = absolute(key, value);
                } else if (key.equals(BACKUP_INTERVAL)) {
                    backupIntervalHours = backupInterval(value);
                } else if (key.equals(BACKUP_KEEP)) {
                    backupKeep = backupKeep(value);
                } else if (DATABASE_KEYS.contains(key)) {
                    database.put(key, value);
                } else if (key.startsWith(REFERENCE)) {
                    refs.put(build(key.substring(REFERENCE.length())), absolute(key, value));
                } else if (key.startsWith(ANNOTATION) && key.length() > ANNOTATION.length()) {
                    annotations.put(key.substring(ANNOTATION.length()), absolute(key, value));
                } else if (key.equals("db.password")) {
                    // every user may read this file: the password would be theirs
                    errors.add(file + ": db.password: a database password is not kept in the administrator's file "
                            + "(every user may read it); name a PostgreSQL password file with db.passfile, or let "
                            + "each member type it (ignored)");
                } else {
                    errors.add(file + ": unknown setting " + key + " (ignored)");
                }
            } catch (IllegalArgumentException e) {
                errors.add(file + ": " + key + ": " + e.getMessage() + " (ignored)");
            }
        }
        this.dataDirectory = data;
        this.references = Collections.unmodifiableMap(refs);
        this.annotationSources = Collections.unmodifiableMap(annotations);
        this.pluginDirectory = plugins;
        this.templateDirectory = templates;
        this.uiScale = scale;
        this.language = lang;
        this.problems = List.copyOf(errors);
    }

    /** The configuration at the system-wide location of this OS (or the override). */
    public static AdminConfig load() {
        return load(location(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", "")),
                System.getProperty("user.home"), System.getProperty("user.name"));
    }

    /** The file to read: the system property, else the environment variable, else the OS location. */
    static Path location(String property, Map<String, String> env, String osName) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String programData = env.getOrDefault("ProgramData", env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"));
            return Path.of(programData, "Zenome", FILE_NAME);
        }
        if (os.contains("mac")) {
            return Path.of("/Library", "Application Support", "Zenome", FILE_NAME);
        }
        return Path.of("/etc", "zenome", FILE_NAME);
    }

    static AdminConfig load(Path file, String home, String user) {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return new AdminConfig(file, false, p, home, user);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (CharacterCodingException e) {
            return broken(file, home, user, "not UTF-8 text; the file was not used");
        } catch (IOException | IllegalArgumentException e) {
            return broken(file, home, user, "cannot read (" + e.getMessage() + "); the file was not used");
        }
        return new AdminConfig(file, true, p, home, user);
    }

    private static AdminConfig broken(Path file, String home, String user, String problem) {
        AdminConfig empty = new AdminConfig(file, false, new Properties(), home, user);
        List<String> problems = new ArrayList<>(empty.problems);
        problems.add(file + ": " + problem);
        return empty.withProblems(problems);
    }

    private AdminConfig(AdminConfig c, List<String> problems) {
        this.file = c.file;
        this.present = c.present;
        this.dataDirectory = c.dataDirectory;
        this.references = c.references;
        this.annotationSources = c.annotationSources;
        this.pluginDirectory = c.pluginDirectory;
        this.templateDirectory = c.templateDirectory;
        this.uiScale = c.uiScale;
        this.language = c.language;
        this.problems = List.copyOf(problems);
        this.backupDirectory = c.backupDirectory;
        this.backupIntervalHours = c.backupIntervalHours;
        this.backupKeep = c.backupKeep;
    }

    private AdminConfig withProblems(List<String> newProblems) {
        return new AdminConfig(this, newProblems);
    }

    static String expand(String value, String home, String user) {
        return value.replace("${user.home}", home == null ? "" : home).replace("${user.name}", user == null ? "" : user);
    }

    private static Path absolute(String key, String value) {
        if (value.contains("://")) {
            throw new IllegalArgumentException("must be a local path, not a URL: " + value);
        }
        Path p;
        try {
            p = Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("not a valid path: " + value, e);
        }
        if (!p.isAbsolute()) {
            throw new IllegalArgumentException("must be an absolute path: " + value);
        }
        return p.normalize();
    }

    static double backupInterval(String value) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of hours: " + value, e);
        }
        if (!(d >= 0.25 && d <= 24 * 31)) {
            throw new IllegalArgumentException("must be between 0.25 and 744 hours: " + value);
        }
        return d;
    }

    static int backupKeep(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new IllegalArgumentException("must be at least 1: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + value, e);
        }
    }

    static Double scale(String value) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value, e);
        }
        if (!(d >= 0.5 && d <= 4.0)) {
            throw new IllegalArgumentException("must be between 0.5 and 4.0: " + value);
        }
        return d;
    }

    static Locale language(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("ja") || v.equals("en")) {
            return Locale.forLanguageTag(v);
        }
        throw new IllegalArgumentException("must be ja or en: " + value);
    }

    private static GenomeBuild build(String name) {
        for (GenomeBuild b : GenomeBuild.values()) {
            if (b.name().equalsIgnoreCase(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown genome build " + name + " (known: "
                + java.util.Arrays.toString(GenomeBuild.values()) + ")");
    }

    /** The file this configuration was read from (or would be). */
    public Path file() {
        return file;
    }

    /** Whether the file exists and was read. */
    public boolean present() {
        return present;
    }

    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    public Map<GenomeBuild, Path> references() {
        return references;
    }

    public Map<String, Path> annotationSources() {
        return annotationSources;
    }

    public Optional<Path> pluginDirectory() {
        return Optional.ofNullable(pluginDirectory);
    }

    public Optional<Path> templateDirectory() {
        return Optional.ofNullable(templateDirectory);
    }

    public Optional<Double> uiScale() {
        return Optional.ofNullable(uiScale);
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(language);
    }

    /** Where the application writes its scheduled backups ({@code backup.dir}); none means no scheduled backup. */
    public Optional<Path> backupDirectory() {
        return Optional.ofNullable(backupDirectory);
    }

    /** How often a scheduled backup is taken ({@code backup.interval.hours}, default 24 h). */
    public java.time.Duration backupInterval() {
        return java.time.Duration.ofSeconds(Math.round(backupIntervalHours * 3600));
    }

    /** How many backups are kept in the backup folder ({@code backup.keep}, default 14). */
    public int backupKeep() {
        return backupKeep;
    }

    /** Lines that were skipped, each naming the file, the setting and the problem. */
    public List<String> problems() {
        return problems;
    }

    /**
     * A setting of the shared case store: {@code db.url} (the store the workstations open when no --db is given),
     * {@code db.user} (the database user), {@code db.passfile} (a PostgreSQL password file for all users).
     */
    public Optional<String> database(String key) {
        return Optional.ofNullable(database.get(key));
    }
}
