package org.zenome.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The report templates: a folder per template ({@code template.properties}, {@code report.html}, {@code
 * messages_ja.properties}, {@code messages_en.properties}) beside {@code common/} (layout, style sheet, shared
 * texts), {@code fonts/} and {@code institution.properties}. They are read either from a folder a hospital
 * maintains (copied from {@code reports-templates/} and edited: logo, institution, wording) or from the copy
 * built into the application. See docs/adr/report-templates.md.
 */
public final class ReportTemplates {
    /** Environment variable naming the templates folder. */
    public static final String ENV = "ZENOME_REPORT_TEMPLATES";
    static final String CLASSPATH_ROOT = "reports-templates/";
    private static final List<String> BUILT_IN = List.of("cancer", "rare-disease", "secondary-findings",
            "patient-explanation");

    private final Path dir;

    private ReportTemplates(Path dir) {
        this.dir = dir;
    }

    /** The templates built into the application. */
    public static ReportTemplates builtIn() {
        return new ReportTemplates(null);
    }

    /** The templates in a folder; it must hold {@code common/layout.html}. */
    public static ReportTemplates folder(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs.resolve("common/layout.html"))) {
            throw new ReportException(abs + ": not a report templates folder (no common/layout.html)");
        }
        return new ReportTemplates(abs);
    }

    /**
     * The folder given (may be null), else {@code $ZENOME_REPORT_TEMPLATES}, else the administrator's
     * {@code template.dir}, else {@code reports-templates} in
     * the installation ({@code -Dzenome.home}), else the built-in copy.
     */
    public static ReportTemplates locate(Path explicit) {
        if (explicit != null) {
            return folder(explicit);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return folder(Path.of(env));
        }
        // the administrator's template.dir (org.zenome.config.AdminConfig)
        java.util.Optional<Path> admin = org.zenome.config.AdminConfig.load().templateDirectory();
        if (admin.isPresent()) {
            return folder(admin.get());
        }
        String home = System.getProperty("zenome.home");
        if (home != null && Files.isRegularFile(Path.of(home, "reports-templates", "common", "layout.html"))) {
            return folder(Path.of(home, "reports-templates"));
        }
        return builtIn();
    }

    /** The folder, or empty for the built-in copy. */
    public java.util.Optional<Path> directory() {
        return java.util.Optional.ofNullable(dir);
    }

    /** Names of the templates (folders with a {@code template.properties}), built-in ones first. */
    public List<String> names() {
        if (dir == null) {
            return BUILT_IN;
        }
        List<String> out = new ArrayList<>();
        for (String b : BUILT_IN) {
            if (Files.isRegularFile(dir.resolve(b).resolve("template.properties"))) {
                out.add(b);
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p.resolve("template.properties")))
                    .map(p -> p.getFileName().toString()).filter(n -> !out.contains(n)).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The kind of report a template is (from its {@code template.properties}). */
    public ReportKind kind(String template) {
        Properties p = properties(template + "/template.properties");
        if (p == null) {
            throw new ReportException("no report template '" + template + "' in " + where() + " (templates: "
                    + String.join(", ", names()) + ")");
        }
        String k = p.getProperty("kind", template);
        return ReportKind.parse(k).orElseThrow(() -> new ReportTemplateException(where() + "/" + template
                + "/template.properties: unknown kind '" + k + "' (cancer, rare-disease, secondary-findings or "
                + "patient-explanation)"));
    }

    public boolean exists(String template) {
        return properties(template + "/template.properties") != null;
    }

    /** The texts of a template in a language: the common texts, overridden by the template's own. */
    public Map<String, String> messages(String template, ReportLanguage lang) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : List.of("common/messages_" + lang.code() + ".properties",
                template + "/messages_" + lang.code() + ".properties")) {
            Properties p = properties(f);
            if (p != null) {
                p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            }
        }
        return out;
    }

    /** Institution name, department, contact and logo ({@code institution.properties}). */
    public Map<String, String> institution(ReportLanguage lang) {
        Properties p = properties("institution.properties");
        Map<String, String> out = new LinkedHashMap<>();
        if (p == null) {
            return out;
        }
        String suffix = "." + lang.code();
        for (String k : p.stringPropertyNames()) {
            if (!k.endsWith(".ja") && !k.endsWith(".en")) {
                out.putIfAbsent(k, p.getProperty(k));
            }
        }
        for (String k : p.stringPropertyNames()) {
            if (k.endsWith(suffix)) {
                out.put(k.substring(0, k.length() - suffix.length()), p.getProperty(k));
            }
        }
        return out;
    }

    /**
     * The logo must be a picture: the PDF renderer would otherwise leave it out silently and the hospital would issue
     * reports without its logo.
     */
    public void checkLogo(String logo) {
        if (logo == null || logo.isBlank()) {
            return;
        }
        URL u = url(logo.strip());
        if (u == null) {
            throw new ReportTemplateException(where() + "/" + logo.strip() + ": the logo named in "
                    + "institution.properties is not there");
        }
        try (InputStream in = u.openStream()) {
            if (javax.imageio.ImageIO.read(in) == null) {
                throw new ReportTemplateException(where() + "/" + logo.strip()
                        + ": the logo is not a PNG or JPEG picture");
            }
        } catch (IOException e) {
            throw new ReportTemplateException(where() + "/" + logo.strip() + ": cannot read the logo: "
                    + e.getMessage(), e);
        }
    }

    /** A file under the templates root, or null. */
    public URL url(String relative) {
        if (dir != null) {
            Path p = dir.resolve(relative).normalize();
            if (!p.startsWith(dir) || !Files.isRegularFile(p)) {
                return null;
            }
            try {
                return p.toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ReportTemplates.class.getClassLoader().getResource(CLASSPATH_ROOT + relative);
    }

    /** The root as a URL ending with a slash, the base of relative links in the templates. */
    public String baseUri() {
        if (dir != null) {
            return dir.toUri().toString();
        }
        URL u = url("common/layout.html");
        if (u == null) {
            throw new ReportException("the built-in report templates are missing from the application");
        }
        String s = u.toString();
        return s.substring(0, s.length() - "common/layout.html".length());
    }

    public InputStream open(String relative) throws IOException {
        URL u = url(relative);
        if (u == null) {
            throw new IOException(where() + "/" + relative + ": not found");
        }
        return u.openStream();
    }

    /** Where the templates come from, for messages. */
    public String where() {
        return dir != null ? dir.toString() : "built-in templates";
    }

    private Properties properties(String relative) {
        URL u = url(relative);
        if (u == null) {
            return null;
        }
        Properties p = new Properties();
        // strict UTF-8: a file saved as Shift_JIS must not put garbled text into an issued report
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (InputStream in = u.openStream(); Reader r = new InputStreamReader(in, utf8)) {
            p.load(r);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ReportTemplateException(where() + "/" + relative + ": not valid UTF-8 text (save it as UTF-8)",
                    e);
        } catch (IllegalArgumentException e) {
            throw new ReportTemplateException(where() + "/" + relative + ": " + e.getMessage()
                    + " (write non-ASCII text as UTF-8, or \\u followed by 4 hexadecimal digits)", e);
        } catch (IOException e) {
            throw new ReportTemplateException(where() + "/" + relative + ": cannot read: " + e.getMessage(), e);
        }
        return p;
    }
}
