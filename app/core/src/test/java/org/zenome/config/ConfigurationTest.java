package org.zenome.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.GenomeBuild;
import org.zenome.store.StoreLocations;

/** The administrator's file, the user's preferences over it, and the places that use them. */
class ConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySettingOfTheAdministratorsFile() throws Exception {
        Path file = write("zenome.properties", """
                # hospital configuration
                data.dir = /srv/zenome/users/${user.name}
                reference.GRCh38 = /srv/genomes/GRCh38.fa
                reference.grch37 = /srv/genomes/hs37d5.fa
                annotation.clinvar = /srv/annotations/clinvar.vcf.gz
                annotation.tommo = /srv/annotations/tommo 54kjpn.vcf.gz
                plugin.dir = /opt/zenome-plugins
                template.dir = ${user.home}/templates
                ui.scale = 1.5
                language = ja
                """);
        AdminConfig c = AdminConfig.load(file, "/home/sato", "sato");

        assertThat(c.present()).isTrue();
        assertThat(c.problems()).isEmpty();
        assertThat(c.dataDirectory()).contains(Path.of("/srv/zenome/users/sato"));
        assertThat(c.references()).isEqualTo(Map.of(GenomeBuild.GRCh38, Path.of("/srv/genomes/GRCh38.fa"),
                GenomeBuild.GRCh37, Path.of("/srv/genomes/hs37d5.fa")));
        assertThat(c.annotationSources()).containsExactly(
                Map.entry("clinvar", Path.of("/srv/annotations/clinvar.vcf.gz")),
                Map.entry("tommo", Path.of("/srv/annotations/tommo 54kjpn.vcf.gz")));
        assertThat(c.pluginDirectory()).contains(Path.of("/opt/zenome-plugins"));
        assertThat(c.templateDirectory()).contains(Path.of("/home/sato/templates"));
        assertThat(c.uiScale()).contains(1.5);
        assertThat(c.language()).contains(Locale.JAPANESE);
    }

    @Test
    void invalidLinesAreSkippedWithTheFileTheSettingAndTheProblem() throws Exception {
        Path file = write("zenome.properties", """
                data.dir = relative/dir
                reference.hg99 = /srv/x.fa
                annotation.remote = https://example.org/x.vcf.gz
                ui.scale = huge
                language = fr
                colour = blue
                template.dir = /srv/templates
                """);
        AdminConfig c = AdminConfig.load(file, "/home/sato", "sato");

        assertThat(c.dataDirectory()).isEmpty();
        assertThat(c.references()).isEmpty();
        assertThat(c.annotationSources()).isEmpty();
        assertThat(c.uiScale()).isEmpty();
        assertThat(c.language()).isEmpty();
        assertThat(c.templateDirectory()).contains(Path.of("/srv/templates"));
        assertThat(c.problems()).hasSize(6).allSatisfy(p -> assertThat(p).startsWith(file + ": "));
        assertThat(String.join("\n", c.problems()))
                .contains("data.dir: must be an absolute path: relative/dir")
                .contains("reference.hg99: unknown genome build hg99")
                .contains("annotation.remote: must be a local path, not a URL")
                .contains("ui.scale: not a number: huge")
                .contains("language: must be ja or en: fr")
                .contains("unknown setting colour");
    }

    @Test
    void missingFileIsAnEmptyConfigurationAndNonUtf8IsRefused() throws Exception {
        AdminConfig missing = AdminConfig.load(dir.resolve("absent.properties"), "/home/sato", "sato");
        assertThat(missing.present()).isFalse();
        assertThat(missing.problems()).isEmpty();
        assertThat(missing.language()).isEmpty();

        Path sjis = dir.resolve("sjis.properties");
        Files.write(sjis, "template.dir = /srv/テンプレート\n".getBytes("Shift_JIS"));
        AdminConfig broken = AdminConfig.load(sjis, "/home/sato", "sato");
        assertThat(broken.templateDirectory()).isEmpty();
        assertThat(broken.problems()).singleElement().asString().contains("not UTF-8");
    }

    @Test
    void locationPerOperatingSystemAndOverrides() {
        assertThat(AdminConfig.location(null, Map.of(), "Linux")).isEqualTo(Path.of("/etc/zenome/zenome.properties"));
        assertThat(AdminConfig.location(null, Map.of(), "Mac OS X"))
                .isEqualTo(Path.of("/Library/Application Support/Zenome/zenome.properties"));
        assertThat(AdminConfig.location(null, Map.of("ProgramData", "D:\\PD"), "Windows 11"))
                .isEqualTo(Path.of("D:\\PD", "Zenome", "zenome.properties"));
        assertThat(AdminConfig.location(null, Map.of(AdminConfig.ENV, "/tmp/env.properties"), "Linux"))
                .isEqualTo(Path.of("/tmp/env.properties"));
        assertThat(AdminConfig.location("/tmp/prop.properties", Map.of(AdminConfig.ENV, "/tmp/env.properties"), "Linux"))
                .isEqualTo(Path.of("/tmp/prop.properties"));
    }

    @Test
    void userPreferencesLayerOverTheAdministratorsDefaultsAndAreOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        Path file = write("zenome.properties", "data.dir = " + data + "\nlanguage = ja\nui.scale = 1.25\n"
                + "template.dir = /srv/templates\n");
        AdminConfig admin = AdminConfig.load(file, "/home/sato", "sato");

        Settings before = Settings.load(admin, dir.resolve("unused"));
        assertThat(before.dataDirectory()).isEqualTo(data);
        assertThat(before.language()).contains(Locale.JAPANESE);
        assertThat(before.uiScale()).contains(1.25);

        before.user().withLanguage(Locale.ENGLISH).save();
        Settings after = Settings.load(admin, dir.resolve("unused"));
        assertThat(after.language()).contains(Locale.ENGLISH);
        assertThat(after.uiScale()).contains(1.25);
        assertThat(after.templateDirectory()).contains(Path.of("/srv/templates"));
        Path prefs = data.resolve(UserPreferences.FILE_NAME);
        assertThat(Files.readString(prefs, StandardCharsets.UTF_8)).contains("language=en").doesNotContain("template");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(prefs))).isEqualTo("rw-------");
        }
    }

    @Test
    void userPreferencesCannotOverrideAdministratorPaths() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(UserPreferences.FILE_NAME), "template.dir=/home/x/evil\nlanguage=xx\n");
        Path file = write("zenome.properties", "data.dir = " + data + "\ntemplate.dir = /srv/templates\n");
        Settings s = Settings.load(AdminConfig.load(file, "/h", "u"), dir);

        assertThat(s.templateDirectory()).contains(Path.of("/srv/templates"));
        assertThat(s.language()).isEmpty();
        assertThat(s.problems()).singleElement().asString().contains("language: must be ja or en: xx");
    }

    @Test
    void databaseDefaultFollowsTheAdministratorsDataDirectory() throws Exception {
        Path data = dir.resolve("site-data");
        Path file = write("zenome.properties", "data.dir = " + data + "\n");
        String old = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, file.toString());
        try {
            assertThat(StoreLocations.userDataDirectory()).isEqualTo(data);
            if (System.getenv(StoreLocations.ENV_DB) == null) {
                assertThat(StoreLocations.resolve(null)).isEqualTo(data.resolve("zenome.db"));
            }
            assertThat(StoreLocations.resolve("/x/other.db")).isEqualTo(Path.of("/x/other.db"));
            assertThat(Settings.load().dataDirectory()).isEqualTo(data);
        } finally {
            if (old == null) {
                System.clearProperty(AdminConfig.PROPERTY);
            } else {
                System.setProperty(AdminConfig.PROPERTY, old);
            }
        }
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
