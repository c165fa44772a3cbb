package org.zenome.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's scheduled-backup settings: defaults, values, and refused values named. */
class BackupSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsMeanNoScheduledBackup() throws Exception {
        AdminConfig c = AdminConfig.load(dir.resolve("absent.properties"), "/home/u", "u");
        assertThat(c.backupDirectory()).isEmpty();
        assertThat(c.backupInterval()).isEqualTo(Duration.ofHours(24));
        assertThat(c.backupKeep()).isEqualTo(14);
    }

    @Test
    void readsFolderIntervalAndKeepAndNamesBadValues() throws Exception {
        Path f = Files.writeString(dir.resolve("zenome.properties"),
                "backup.dir = /srv/backups/${user.name}\nbackup.interval.hours = 0.5\nbackup.keep = 3\n");
        AdminConfig c = AdminConfig.load(f, "/home/u", "sato");
        assertThat(c.backupDirectory()).contains(Path.of("/srv/backups/sato"));
        assertThat(c.backupInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.backupKeep()).isEqualTo(3);
        assertThat(c.problems()).isEmpty();

        Path bad = Files.writeString(dir.resolve("bad.properties"),
                "backup.dir = backups\nbackup.interval.hours = often\nbackup.keep = 0\n");
        AdminConfig b = AdminConfig.load(bad, "/home/u", "sato");
        assertThat(b.backupDirectory()).isEmpty();
        assertThat(b.backupInterval()).isEqualTo(Duration.ofHours(24));
        assertThat(b.backupKeep()).isEqualTo(14);
        assertThat(b.problems()).containsExactlyInAnyOrder(
                bad + ": backup.dir: must be an absolute path: backups (ignored)",
                bad + ": backup.interval.hours: not a number of hours: often (ignored)",
                bad + ": backup.keep: must be at least 1: 0 (ignored)");
    }
}
