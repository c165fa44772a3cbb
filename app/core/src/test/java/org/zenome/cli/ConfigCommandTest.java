package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.config.AdminConfig;
import org.zenome.store.StoreLocations;

/** {@code zenome config}: the effective settings with their source, and the file's problems on stderr. */
class ConfigCommandTest {
    @TempDir
    Path dir;

    @Test
    void showsEachSettingWithItsSourceAndReportsInvalidLines() throws Exception {
        Path admin = dir.resolve("zenome.properties");
        Path data = dir.resolve("data");
        Files.writeString(admin, "data.dir = " + data + "\nreference.GRCh38 = /srv/ref/GRCh38.fa\n"
                + "annotation.clinvar = /srv/ann/clinvar.vcf.gz\nlanguage = ja\nui.scale = big\n");
        Files.createDirectories(data);
        Files.writeString(data.resolve("preferences.properties"), "language=en\n");
        String old = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, admin.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            code = ZenomeCli.run(new PrintWriter(out), new PrintWriter(err), "config");
        } finally {
            if (old == null) {
                System.clearProperty(AdminConfig.PROPERTY);
            } else {
                System.setProperty(AdminConfig.PROPERTY, old);
            }
        }

        assertThat(code).as("a problem in the admin file is bad input").isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(out.toString().lines()).first().isEqualTo("setting\tvalue\tsource");
        assertThat(out.toString().lines()).contains(
                "admin.config\t" + admin + "\tpresent",
                "data.dir\t" + data + "\t" + admin,
                "reference.GRCh38\t/srv/ref/GRCh38.fa\t" + admin,
                "reference.GRCh37\t\tnone",
                "annotation.clinvar\t/srv/ann/clinvar.vcf.gz\t" + admin,
                "ui.scale\t\tos",
                "language\ten\t" + data.resolve("preferences.properties"));
        if (System.getenv(StoreLocations.ENV_DB) == null) {
            assertThat(out.toString().lines()).contains("database\t" + data.resolve("zenome.db") + "\tdata.dir");
        }
        assertThat(err.toString()).contains("zenome: " + admin + ": ui.scale: not a number: big (ignored)");
    }
}
