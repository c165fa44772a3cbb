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

    @Test
    void showsTheSharedServerSettingsButNeverAPassword() throws Exception {
        Path admin = dir.resolve("zenome.properties");
        Path passfile = dir.resolve("pgpass");
        Files.writeString(passfile, "db.example.jp:5432:zenome:zenome_app:pw-in-file\n");
        java.nio.file.Files.setPosixFilePermissions(passfile,
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        String url = "jdbc:postgresql://db.example.jp:5432/zenome?sslmode=verify-full&sslrootcert=/etc/zenome/root.crt";
        Files.writeString(admin, "db.url=" + url + "\ndb.user=zenome_app\ndb.passfile=" + passfile
                + "\ndb.password=pw-in-config\n");
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

        assertThat(code).as("the password in the admin file is bad input").isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(out.toString().lines()).contains(
                "db.url\t" + url + "\t" + admin,
                "db.user\tzenome_app\t" + admin,
                "db.passfile\t" + passfile + "\t" + admin);
        if (System.getenv(StoreLocations.ENV_DB) == null) {
            assertThat(out.toString().lines()).contains("database\t" + url + "\t" + admin + " (db.url)");
        }
        // a password in the administrator's file is refused and never shown; a password file others may read is named
        assertThat(err.toString()).contains("db.password: a database password is not kept in the administrator's file")
                .contains(passfile + ": the password file may be read or changed by other users");
        assertThat(out.toString() + err).doesNotContain("pw-in-config").doesNotContain("pw-in-file");
    }

    @Test
    void withoutServerSettingsTheRowsSayNone() throws Exception {
        Path admin = dir.resolve("absent.properties");
        String old = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, admin.toString());
        StringWriter out = new StringWriter();
        try {
            ZenomeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "config");
        } finally {
            if (old == null) {
                System.clearProperty(AdminConfig.PROPERTY);
            } else {
                System.setProperty(AdminConfig.PROPERTY, old);
            }
        }
        assertThat(out.toString().lines()).contains("db.url\t\tnone", "db.user\t\tnone", "db.passfile\t\tnone");
    }
}
