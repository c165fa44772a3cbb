package org.zenome.ui.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.ui.FxTestSupport.screenshot;
import static org.zenome.ui.FxTestSupport.waitFor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zenome.audit.AuditEntry;
import org.zenome.config.AdminConfig;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.CaseStore;
import org.zenome.store.postgres.PostgresCaseStore;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.ZenomeApp;
import org.zenome.ui.variants.VariantsViewModel;

/**
 * The real desktop on a real PostgreSQL server (issue 10): started with {@code --db jdbc:postgresql://...} as the
 * application role, whose password the workstation asks for in its dialog (no password file); first login, a case
 * imported by a colleague opened with the secondary-finding genes hidden, and a criterion accepted on the
 * classification pane - read back from the server on a connection of its own.
 */
class InterpretationOnPostgresFxTest {
    private static final String APP_PASSWORD = "desk-Secret-2026";

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;
    private EmbeddedPostgres server;
    private String oldAdminConfig;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        try {
            if (app != null) {
                FxToolkit.cleanupApplication(app);
            }
            FxToolkit.cleanupStages();
        } finally {
            if (oldAdminConfig == null) {
                System.clearProperty(AdminConfig.PROPERTY);
            } else {
                System.setProperty(AdminConfig.PROPERTY, oldAdminConfig);
            }
            if (server != null) {
                server.close();
            }
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(InterpretationOnPostgresFxTest.class.getResource("/interpretation/" + name).toURI());
    }

    /** A server where the application role logs in with its password (SCRAM); the test superuser is trusted. */
    private String startServer() throws Exception {
        Path hba = dir.resolve("pg_hba.conf");
        Files.writeString(hba, """
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true).setServerConfig("hba_file", hba.toString())
                .setServerConfig("fsync", "off").start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE zenome");
            s.execute("CREATE ROLE zenome_app LOGIN PASSWORD '" + APP_PASSWORD + "'");
        }
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/zenome";
        // the first start as the owner creates the schema and grants zenome_app its rights (README step 2)
        PostgresCaseStore.open(url + "?user=postgres", new Properties()).close();
        return url;
    }

    private static CaseStore asApplication(String url) {
        Properties p = new Properties();
        p.setProperty("user", "zenome_app");
        p.setProperty("password", APP_PASSWORD);
        return PostgresCaseStore.open(url, p);
    }

    @Test
    void aMemberLogsInOpensACaseAndRecordsACriterionOnTheServer() throws Exception {
        String url = startServer();
        try (CaseStore s = asApplication(url)) {
            new CaseImporter(s, "colleague").importVcf(new ImportRequest("TRIO-PG", DiseaseArea.RARE_DISEASE,
                    "cardiomyopathy", resource("trio.vcf"), null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER",
                    SampleRole.MOTHER, "FATHER", SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE);
        }
        // the workstation's own files (user data directory) stay in the test's folder
        Path admin = dir.resolve("zenome.properties");
        Files.writeString(admin, "data.dir=" + dir.resolve("data") + "\n");
        oldAdminConfig = System.getProperty(AdminConfig.PROPERTY);
        System.setProperty(AdminConfig.PROPERTY, admin.toString());

        // no password file: the desktop asks for the database password while it starts
        CompletableFuture<Void> typed = CompletableFuture.runAsync(() -> {
            try {
                waitFor(() -> robot.lookup("#dbPassword").tryQuery().isPresent());
                PasswordField field = robot.lookup("#dbPassword").queryAs(PasswordField.class);
                robot.interact(() -> {
                    field.setText(APP_PASSWORD);
                    DialogPane pane = (DialogPane) field.getScene().getRoot();
                    ((Button) pane.lookupButton(ButtonType.OK)).fire();
                });
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("no database password dialog", e);
            }
        });
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", url + "?user=zenome_app",
                "--lang", "en");
        typed.get(60, TimeUnit.SECONDS);
        LoginSteps.enter(robot);
        waitFor(() -> app.mainViewModel().caseList().items().size() == 1);
        CaseSummary kase = app.mainViewModel().caseList().items().get(0);
        assertThat(kase.caseId()).isEqualTo("TRIO-PG");
        robot.interact(() -> app.mainViewModel().openCase(kase));

        waitFor(() -> robot.lookup("#variantTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Finding> variants = robot.lookup("#variantTable").queryAs(TableView.class);
        // no consent recorded: the ACMG SF genes (TTN, APC, TP53, BRCA1) are hidden, in SQL on the server
        waitFor(() -> variants.getItems().size() == 2);
        assertThat(variants.getItems()).extracting(Finding::gene).containsExactly("GENEA", "GENEB");
        Finding genea = variants.getItems().get(0);
        robot.interact(() -> variants.getSelectionModel().select(genea));
        waitFor(() -> robot.lookup("#accept-PS2").tryQuery().isPresent());
        robot.interact(() -> ((Button) robot.lookup("#accept-PS2").query()).fire());
        waitFor(() -> "accepted".equals(robot.lookup("#criterionState-PS2").queryAs(Label.class).getText()));
        VariantsViewModel active = app.mainViewModel().activeCaseProperty().get();
        waitFor(() -> active.statuses().get(genea.id()) != null);
        screenshot(app.stage().getScene(), "interpretation-postgresql-en.png");

        // on the server, seen by another connection: the act in the audit chain, by the logged-in member
        try (CaseStore other = asApplication(url)) {
            assertThat(other.audit().list("TRIO-PG", LoginSteps.ADMIN, null, null)).extracting(AuditEntry::action)
                    .anyMatch(a -> a.startsWith("interpretation."));
            assertThat(other.interpretation().history(genea.id())).isNotEmpty();
            assertThat(other.audit().verify().intact()).isTrue();
        }
    }
}
