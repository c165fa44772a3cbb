package org.zenome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Impact;
import org.zenome.domain.InheritanceModel;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Zygosity;
import org.zenome.ui.common.I18n;

/**
 * Every message key exists in English and Japanese, every key the sources use exists, no key is unused, and
 * every pattern is a valid MessageFormat with the same arguments in both languages.
 */
class I18nCompletenessTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** The enums whose constants the UI shows through {@code I18n.label}. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(SampleRole.class, DiseaseArea.class,
            CaseStatus.class, Zygosity.class, Impact.class, ClinicalSignificance.class, InheritanceModel.class,
            org.zenome.classification.ConfirmationMethod.class, org.zenome.classification.ConfirmationStatus.class);
    private static final Pattern GET = Pattern.compile("i18n\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nCompletenessTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = GET.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Class<? extends Enum<?>> e : LABELLED) {
            for (Enum<?> c : e.getEnumConstants()) {
                keys.add(I18n.enumKey(c));
            }
        }
        return keys;
    }

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("/org/zenome/ui/messages.properties").stringPropertyNames());
        Set<String> ja = new TreeSet<>(load("/org/zenome/ui/messages_ja.properties").stringPropertyNames());
        assertThat(difference(en, ja)).as("keys missing in messages_ja.properties").isEmpty();
        assertThat(difference(ja, en)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void everyKeyUsedInTheSourcesExistsInBothLanguages() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).as("the scan found the keys of the sources").hasSizeGreaterThan(100);
        for (String bundle : List.of("/org/zenome/ui/messages.properties", "/org/zenome/ui/messages_ja.properties")) {
            Set<String> defined = load(bundle).stringPropertyNames();
            assertThat(difference(used, defined)).as("keys used in code but missing in " + bundle).isEmpty();
        }
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = usedKeys();
        Set<String> defined = load("/org/zenome/ui/messages.properties").stringPropertyNames();
        assertThat(difference(defined, used)).as("keys defined but never used").isEmpty();
    }

    @Test
    void patternsAreValidAndTakeTheSameArgumentsInBothLanguages() throws IOException {
        Properties en = load("/org/zenome/ui/messages.properties");
        Properties ja = load("/org/zenome/ui/messages_ja.properties");
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            String j = ja.getProperty(key, "");
            assertThat(arguments(j)).as("arguments of " + key).isEqualTo(arguments(e));
            if (!arguments(e).isEmpty()) {
                new MessageFormat(e, Locale.ENGLISH);
                new MessageFormat(j, Locale.JAPANESE);
            } else {
                // texts without arguments are shown as written: a doubled quote would show twice
                assertThat(e).as(key).doesNotContain("''");
                assertThat(j).as(key).doesNotContain("''");
            }
        }
    }

    @Test
    void japaneseBundleIsReadAsUtf8AndIsJapanese() {
        I18n ja = new I18n(Locale.JAPANESE);
        assertThat(ja.get("tab.cases")).isEqualTo("症例一覧");
        assertThat(ja.label(SampleRole.PROBAND)).isEqualTo("発端者");
        I18n en = new I18n(Locale.ENGLISH);
        assertThat(en.get("tab.cases")).isEqualTo("Cases");
        assertThat(en.get("variants.page.rows", "1", "100", "4,800,000")).isEqualTo("Rows 1–100 of 4,800,000");
        assertThat(ja.get("variants.page.rows", "1", "100", "4,800,000")).isEqualTo("4,800,000 件中 1–100 件");
    }

    @Test
    void englishIsNotReplacedByTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(new I18n(Locale.ENGLISH).get("menu.file")).isEqualTo("File");
            assertThat(new I18n(Locale.GERMAN).get("menu.file")).isEqualTo("File");
            assertThat(new I18n(Locale.JAPAN).get("menu.file")).isEqualTo("ファイル");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
