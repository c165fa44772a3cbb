package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The vendored igv.js is the recorded file: same SHA-256, version, licence, and no unreviewed remote host. */
class BrowserIgvBundleTest {
    private static final String DIR = "/org/zenome/browser/igv/";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BrowserIgvBundleTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(DIR + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String text(String name) throws IOException {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    @Test
    void sha256OfTheBundleMatchesTheRecordedOne() throws Exception {
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resource("igv.min.js")));
        String sums = text("SHA256SUMS").trim();
        assertThat(sums).matches("[0-9a-f]{64}  igv\\.min\\.js");
        assertThat(actual).isEqualTo(sums.substring(0, 64));

        Properties version = new Properties();
        version.load(new StringReader(text("VERSION")));
        assertThat(version.getProperty("sha256")).isEqualTo(actual);
        assertThat(version.getProperty("version")).isEqualTo("3.8.2");
        assertThat(version.getProperty("file")).isEqualTo("igv.min.js");
        assertThat(BrowserPage.IGV_JS).isEqualTo(DIR + "igv.min.js");
    }

    @Test
    void bundleIsTheUmdBuildOfTheRecordedVersion() throws Exception {
        String js = text("igv.min.js");
        assertThat(js).startsWith("!function(e,t){\"object\"==typeof exports"); // UMD wrapper, a classic script
        assertThat(js).contains("function Oy(){return\"3.8.2\"}");
        assertThat(js).doesNotContain("export{").doesNotContain("import.meta");
    }

    @Test
    void licenceTravelsWithTheBundle() throws Exception {
        String licence = text("LICENSE");
        assertThat(licence).contains("The MIT License (MIT)")
                .contains("Broad Institute of MIT and Harvard, Regents of the University of California");
    }

    @Test
    void everyRemoteHostInTheBundleIsReviewed() throws Exception {
        Set<String> inBundle = new TreeSet<>();
        Matcher m = Pattern.compile("(?:https?|wss?|ftp)://([A-Za-z0-9.-]+)").matcher(text("igv.min.js"));
        while (m.find()) {
            inBundle.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> reviewed = new TreeSet<>();
        for (String line : text("REMOTE_HOSTS.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t", 2);
                assertThat(cols).as("host<TAB>reason: %s", line).hasSize(2);
                assertThat(cols[1]).as("reason for %s", cols[0]).isNotBlank();
                reviewed.add(cols[0]);
            }
        }
        assertThat(inBundle).as("hosts named by igv.min.js").isNotEmpty();
        assertThat(reviewed).as("REMOTE_HOSTS.txt must list exactly the hosts igv.min.js names")
                .containsExactlyElementsOf(inBundle);
    }
}
