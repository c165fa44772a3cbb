package org.zenome.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.ui.FxTestSupport.waitFor;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zenome.config.AdminConfig;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.FxTestSupport;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.ZenomeApp;

/**
 * Settings → Backups on the real application and a real store: the administrator backs up now (the backup is
 * listed, checked and attributed), another case is imported, then the backup is restored through the page: the
 * page's confirmation, then the warning that the store holds newer work, then the login on the restored store,
 * whose case list is the earlier one. The replaced store is kept beside it and the restore is audited.
 */
class BackupsFxTest {
    static {
        System.setProperty("headless.geometry", "1400x900-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private String savedAdmin;
    private String savedFirst;

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BackupsFxTest.class.getResource("/interpretation/" + name).toURI());
    }

    @BeforeEach
    void adminConfig() throws Exception {
        Path admin = Files.writeString(dir.resolve("zenome.properties"), "backup.dir = " + dir.resolve("backups")
                + "\nbackup.interval.hours = 24\nbackup.keep = 5\n");
        savedAdmin = System.getProperty(AdminConfig.PROPERTY);
        savedFirst = System.getProperty("zenome.backup.firstCheck");
        System.setProperty(AdminConfig.PROPERTY, admin.toString());
        System.setProperty("zenome.backup.firstCheck", "PT10H"); // only the page's backups in this test
    }

    @AfterEach
    void stop() throws TimeoutException {
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

    private static void importTrio(Path db, String caseId) throws Exception {
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            new CaseImporter(s, "test").importVcf(new ImportRequest(caseId, DiseaseArea.RARE_DISEASE, "test",
                    resource("trio.vcf"), null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER", SampleRole.MOTHER,
                    "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE);
            s.audit().append(LoginSteps.ADMIN, new org.zenome.audit.AuditEvent("case.import", "case", caseId, caseId,
                    null, null));
        }
    }

    @Test
    void backUpChangeRestoreShowsTheEarlierState() throws Exception {
        Path db = dir.resolve("data").resolve("zenome.db");
        Files.createDirectories(db.getParent());
        importTrio(db, "TRIO-1");
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
        LoginSteps.enter(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);

        // back up now: listed, attributed to the administrator, checked
        robot.clickOn("#settingsMenu .label");
        robot.clickOn("#menuBackups");
        waitFor(() -> app.backupsWindow() != null && app.backupsWindow().stage().isShowing());
        BackupsViewModel vm = app.backupsWindow().viewModel();
        assertThat(label("#backupsSchedule")).contains("every 24 hours").contains(dir.resolve("backups").toString());
        robot.clickOn("#backupsNow");
        waitFor(120, () -> vm.rows().size() == 1 && vm.rows().get(0).checkProperty().get()
                == BackupsViewModel.Check.VERIFIED && !vm.busyProperty().get());
        BackupsViewModel.Row row = vm.rows().get(0);
        assertThat(vm.madeBy(row)).isEqualTo(LoginSteps.ADMIN);
        assertThat(vm.cases(row)).isEqualTo("1");
        assertThat(vm.size(row)).isNotEmpty();
        assertThat(label("#backupsStatus")).contains("written and checked");
        FxTestSupport.screenshot(app.backupsWindow().stage(), "backups-en.png");

        // a change after the backup: another case (audited), so the store now holds work the backup lacks
        importTrio(db, "TRIO-2");
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).hasSize(2);
        }

        // restore through the page: confirm, then confirm replacing newer work, then log in on the restored store
        robot.interact(() -> vm.selectedProperty().set(row));
        robot.clickOn("#backupsRestore");
        robot.clickOn("Restore this backup");
        waitFor(120, () -> robot.lookup("Restore anyway").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAll().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText())).anySatisfy(t -> assertThat(t).contains("holds work this backup lacks"));
        javafx.scene.control.Button anyway = robot.lookup("Restore anyway").queryButton();
        FxTestSupport.screenshot(anyway.getScene(), "backups-restore-newer-en.png");
        robot.clickOn(anyway);
        waitFor(120, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        LoginSteps.logIn(robot, LoginSteps.ADMIN, LoginSteps.PASSWORD);
        LoginSteps.waitForMainWindow(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);
        assertThat(app.mainViewModel().caseList().items().get(0).caseId()).isEqualTo("TRIO-1");

        // the replaced store is kept beside the restored one, and the restore is in the restored audit log
        try (Stream<Path> beside = Files.list(db.getParent())) {
            List<String> names = beside.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("zenome.db.before-restore-") && !n.endsWith("findings"));
        }
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).hasSize(1);
            assertThat(s.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void anEncryptedBackupNeedsItsPassphraseToBeRestored() throws Exception {
        Path db = dir.resolve("data").resolve("zenome.db");
        Files.createDirectories(db.getParent());
        importTrio(db, "TRIO-1");
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
        LoginSteps.enter(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);
        robot.clickOn("#settingsMenu .label");
        robot.clickOn("#menuBackups");
        waitFor(() -> app.backupsWindow() != null && app.backupsWindow().stage().isShowing());
        BackupsViewModel vm = app.backupsWindow().viewModel();

        // the passphrase typed twice; a mismatch is refused before anything is written
        robot.clickOn("#backupsEncrypt");
        robot.clickOn("#backupsPassphrase").write("a long backup passphrase");
        robot.clickOn("#backupsPassphraseRepeat").write("a long backup passphrasE");
        robot.clickOn("#backupsNow");
        waitFor(() -> label("#backupsError").contains("differ"));
        robot.interact(() -> vm.passphraseRepeatProperty().set("a long backup passphrase"));
        FxTestSupport.screenshot(app.backupsWindow().stage(), "backups-encrypt-en.png");
        robot.clickOn("#backupsNow");
        waitFor(120, () -> vm.rows().size() == 1 && vm.rows().get(0).checkProperty().get()
                == BackupsViewModel.Check.CHECKSUMS_VERIFIED && !vm.busyProperty().get());
        BackupsViewModel.Row row = vm.rows().get(0);
        assertThat(row.encrypted()).isTrue();
        assertThat(vm.encrypted(row)).isEqualTo("Yes");
        assertThat(vm.passphraseProperty().get()).as("the passphrase is not kept in the page").isEmpty();
        try (Stream<Path> files = Files.walk(row.folder())) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .contains("zenome.db.zenc").doesNotContain("zenome.db");
        }
        importTrio(db, "TRIO-2");

        // a wrong passphrase: refused, nothing restored, still logged in
        robot.interact(() -> vm.selectedProperty().set(row));
        robot.clickOn("#backupsRestore");
        robot.clickOn("Restore this backup");
        waitFor(() -> robot.lookup("#backupsRestorePassphrase").tryQuery().isPresent());
        robot.clickOn("#backupsRestorePassphrase").write("not the passphrase");
        robot.clickOn(robot.lookup(".dialog-pane .button").lookup((javafx.scene.control.Button b) ->
                "Restore this backup".equals(b.getText())).queryButton());
        waitFor(120, () -> label("#backupsError").contains("Wrong passphrase"));
        try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
            assertThat(s.cases().list()).hasSize(2);
        }

        // the right one: restored after the newer-work question, login, the earlier case list
        robot.clickOn("#backupsRestore");
        robot.clickOn("Restore this backup");
        waitFor(() -> robot.lookup("#backupsRestorePassphrase").tryQuery().isPresent());
        robot.clickOn("#backupsRestorePassphrase").write("a long backup passphrase");
        robot.clickOn(robot.lookup(".dialog-pane .button").lookup((javafx.scene.control.Button b) ->
                "Restore this backup".equals(b.getText())).queryButton());
        waitFor(120, () -> robot.lookup("Restore anyway").tryQuery().isPresent());
        robot.clickOn(robot.lookup("Restore anyway").queryButton());
        waitFor(120, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        LoginSteps.logIn(robot, LoginSteps.ADMIN, LoginSteps.PASSWORD);
        LoginSteps.waitForMainWindow(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);
        try (Stream<Path> beside = Files.list(db.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }

    @Test
    void thePageInJapanese() throws Exception {
        Path db = dir.resolve("data").resolve("zenome.db");
        Files.createDirectories(db.getParent());
        importTrio(db, "TRIO-1");
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "ja");
        LoginSteps.enter(robot);
        robot.clickOn("#settingsMenu .label");
        robot.clickOn("#menuBackups");
        waitFor(() -> app.backupsWindow() != null && app.backupsWindow().stage().isShowing());
        BackupsViewModel vm = app.backupsWindow().viewModel();
        robot.clickOn("#backupsNow");
        waitFor(120, () -> vm.rows().size() == 1 && vm.rows().get(0).checkProperty().get()
                == BackupsViewModel.Check.VERIFIED && !vm.busyProperty().get());
        robot.interact(() -> vm.selectedProperty().set(vm.rows().get(0)));
        assertThat(label("#backupsSchedule")).startsWith("定期バックアップ: 24 時間ごとに");
        assertThat(vm.check(vm.rows().get(0))).isEqualTo("検証済み");
        FxTestSupport.screenshot(app.backupsWindow().stage(), "backups-ja.png");
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
