package org.zenome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.config.AdminConfig;
import org.zenome.store.sqlite.SqliteStoreBackup;

/**
 * The running desktop takes the administrator's scheduled backup ({@code backup.dir}) while it has the store open:
 * a checked backup folder appears, and it verifies.
 */
class ScheduledBackupFxTest {
    private ZenomeApp app;
    private String savedAdmin;
    private String savedFirst;

    @TempDir
    Path dir;

    @Test
    void theRunningApplicationWritesTheScheduledBackup() throws Exception {
        Path backups = dir.resolve("backups");
        Path admin = Files.writeString(dir.resolve("zenome.properties"), "backup.dir = " + backups
                + "\nbackup.interval.hours = 24\nbackup.keep = 2\n");
        savedAdmin = System.getProperty(AdminConfig.PROPERTY);
        savedFirst = System.getProperty("zenome.backup.firstCheck");
        System.setProperty(AdminConfig.PROPERTY, admin.toString());
        System.setProperty("zenome.backup.firstCheck", "PT1S");
        Path db = dir.resolve("data").resolve("zenome.db");
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !complete(backups).isEmpty());
        List<Path> written = complete(backups);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).getFileName().toString()).startsWith("zenome-backup-");
        assertThat(new SqliteStoreBackup(db, "test").verify(written.get(0)).schema()).isPositive();
    }

    private static List<Path> complete(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            // a folder still named .partial has its checksums just before it is renamed: not complete yet
            return list.filter(p -> !p.getFileName().toString().endsWith(".partial"))
                    .filter(p -> Files.exists(p.resolve("SHA256SUMS"))).toList();
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        restore(AdminConfig.PROPERTY, savedAdmin);
        restore("zenome.backup.firstCheck", savedFirst);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
