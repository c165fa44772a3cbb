package org.zenome.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.zenome.browser.BrowserFileException;

/** The browser's messages exist in English and Japanese with the same keys, for every file problem. */
class BrowserMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BrowserMessagesTest.class.getResourceAsStream("/org/zenome/ui/browser/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndJapaneseHaveTheSameKeysAndJapaneseIsTranslated() throws IOException {
        Properties en = load("browser.properties");
        Properties ja = load("browser_ja.properties");
        assertThat(ja.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : ja.stringPropertyNames()) {
            assertThat(ja.getProperty(key)).as(key).isNotBlank().containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
            assertThat(ja.getProperty(key).contains("{0}")).as("same argument in %s", key)
                    .isEqualTo(en.getProperty(key).contains("{0}"));
        }
    }

    @Test
    void everyFileProblemHasAMessage() throws IOException {
        Properties en = load("browser.properties");
        for (BrowserFileException.Problem p : BrowserFileException.Problem.values()) {
            assertThat(en).containsKey("browser.problem." + p.name());
        }
        assertThat(en).containsKeys("browser.error.start", "browser.error.page");
    }

    @Test
    void englishStaysEnglishWhenTheDefaultLocaleIsJapanese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(GenomeBrowserView.messages(Locale.ENGLISH).getString("browser.error.page")).startsWith("The genome");
            assertThat(GenomeBrowserView.messages(Locale.JAPAN).getString("browser.error.page")).startsWith("ゲノム");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bundlesResolveByLocale() {
        ResourceBundle ja = GenomeBrowserView.messages(Locale.JAPANESE);
        ResourceBundle en = GenomeBrowserView.messages(Locale.ENGLISH);
        assertThat(ja.getString("browser.problem.MISSING_INDEX")).contains("インデックス");
        assertThat(en.getString("browser.problem.MISSING_INDEX")).contains("index");
        BrowserFileException e = new BrowserFileException(BrowserFileException.Problem.MISSING_INDEX,
                Path.of("/data/a.bam"), "no index");
        assertThat(java.text.MessageFormat.format(ja.getString("browser.problem." + e.problem()), e.file()))
                .endsWith(Path.of("/data/a.bam").toString());
    }
}
