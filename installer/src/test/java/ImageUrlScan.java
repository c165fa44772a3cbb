import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks that no file of an installed image refers to a remote URL for loading code or data at run time.
 * Run with the JDK's source launcher: {@code java ImageUrlScan.java IMAGE_DIR [URL_AUDIT_TSV]}.
 *
 * <p>Scanned: every .js, .mjs, .html, .htm, .css, .properties and .json file, in the image and inside every jar
 * of it. Not counted: licence and notice texts (file names with LICENSE, NOTICE, COPYING, README, THIRD-PARTY),
 * the legal/ folder (licences and the SBOM), XML namespace names (www.w3.org, which are identifiers, not
 * fetched), loopback addresses, comment lines of .properties files (never loaded), and in igv.min.js the hosts
 * audited in the REMOTE_HOSTS.txt beside it in the same jar (each with the reason igv.js never contacts it;
 * BrowserIgvBundleTest keeps that list exact, and the page's content security policy blocks other origins).
 * Entries reviewed in the audit file (installer/common/url-audit.tsv: {@code jar-name-without-version!/entry-glob},
 * a tab, the reason) are reported as audited, not as findings.
 * Exit 0 when clean, 1 with one line per finding (file, entry, URL) otherwise.
 */
public final class ImageUrlScan {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp|wss?)://[A-Za-z0-9.\\-]+[^\\s\"'<>)\\]]*");
    private static final Set<String> EXTENSIONS = Set.of("js", "mjs", "html", "htm", "css", "properties", "json");
    private static final Pattern LICENCE_NAME = Pattern.compile("(?i).*(licen[cs]e|notice|copying|readme|third-party).*");
    private static final Set<String> ALWAYS_ALLOWED_HOSTS = Set.of("www.w3.org", "127.0.0.1", "localhost");

    public static void main(String[] args) throws IOException {
        Path image = Path.of(args[0]);
        List<String[]> audit = new ArrayList<>();
        if (args.length > 1) {
            for (String l : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    String key = l.split("\t", 2)[0].trim();
                    int bang = key.indexOf("!/");
                    audit.add(new String[] {key.substring(0, bang), glob(key.substring(bang + 2))});
                }
            }
        }
        List<String> findings = new ArrayList<>();
        int audited = 0;
        int[] scanned = {0};
        try (Stream<Path> files = Files.walk(image)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = image.relativize(f).toString();
                if (rel.startsWith("legal/") || rel.startsWith("legal\\")) {
                    continue;
                }
                String name = f.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
                    try (ZipFile zip = new ZipFile(f.toFile())) {
                        for (ZipEntry e : zip.stream().toList()) {
                            if (!e.isDirectory() && scanned(e.getName())) {
                                scanned[0]++;
                                if (isAudited(audit, name, e.getName())) {
                                    audited++;
                                    continue;
                                }
                                Set<String> allowed = Set.of();
                                if (e.getName().endsWith("/igv.min.js")) {
                                    allowed = auditedHosts(zip, e.getName().replace("igv.min.js", "REMOTE_HOSTS.txt"));
                                }
                                try (InputStream in = zip.getInputStream(e)) {
                                    scan(rel + "!/" + e.getName(), in.readAllBytes(), allowed, findings);
                                }
                            }
                        }
                    }
                } else if (scanned(name)) {
                    scanned[0]++;
                    scan(rel, Files.readAllBytes(f), Set.of(), findings);
                }
            }
        }
        findings.forEach(System.out::println);
        System.err.println("ImageUrlScan: " + scanned[0] + " files scanned (" + audited + " audited in the list), "
                + findings.size() + " remote URLs elsewhere");
        System.exit(findings.isEmpty() ? 0 : 1);
    }

    private static String glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) {
            re.append(c == '*' ? "[^/]*" : Pattern.quote(String.valueOf(c)));
        }
        return re.toString();
    }

    /** Whether jar {@code jarName} (e.g. org.hl7.fhir.utilities-6.9.12.jar) and the entry are in the audit list. */
    private static boolean isAudited(List<String[]> audit, String jarName, String entry) {
        for (String[] a : audit) {
            if (jarName.matches(Pattern.quote(a[0]) + "-[0-9][^/]*\\.jar") && entry.matches(a[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean scanned(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || LICENCE_NAME.matcher(name).matches()) {
            return false;
        }
        return EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Set<String> auditedHosts(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            return Set.of();
        }
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)[0].trim())
                    .collect(Collectors.toSet());
        }
    }

    private static void scan(String where, byte[] bytes, Set<String> allowedHosts, List<String> findings) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (where.endsWith(".properties")) {
            text = text.lines().filter(l -> !l.stripLeading().startsWith("#") && !l.stripLeading().startsWith("!"))
                    .collect(Collectors.joining("\n"));
        }
        Set<String> seen = new TreeSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = m.group();
            String host = host(url);
            if (ALWAYS_ALLOWED_HOSTS.contains(host) || allowedHosts.contains(host)) {
                continue;
            }
            if (seen.add(url)) {
                findings.add(where + "\t" + url);
            }
        }
    }

    private static String host(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int end = 0;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '.'
                || rest.charAt(end) == '-')) {
            end++;
        }
        return rest.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
