package org.zenome.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.audit.AuditEvent;
import org.zenome.store.CaseStore;
import org.zenome.store.StoreException;
import org.zenome.testing.PostgresServer;
import org.zenome.testing.TestImports;

/**
 * The roles of docs/postgresql/roles.sql on a real server: the owner migrates, the application role works with rows
 * only, cannot change or remove audit entries or the schema, and members' login roles share the findings.
 */
class LeastPrivilegeOnPostgresTest {
    @TempDir
    Path dir;

    private static Properties as(String role) {
        Properties p = new Properties();
        p.setProperty("user", role);
        return p;
    }

    private static void sql(String url, String user, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, as(user)); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    private static void expectDenied(String url, String user, String statement) {
        assertThatThrownBy(() -> sql(url, user, statement)).as(statement).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(e.getMessage()).isIn("42501"));
    }

    @Test
    void theApplicationRoleHasRowsOnlyAndTheAuditLogIsInsertOnly() throws Exception {
        String url = PostgresServer.emptyDatabase(dir.toString());
        String db = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.replace("/" + db, "/postgres");
        sql(admin, "postgres",
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zenome_owner') THEN "
                        + "CREATE ROLE zenome_owner LOGIN; END IF; IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                        + "rolname = 'zenome_app') THEN CREATE ROLE zenome_app LOGIN; END IF; IF NOT EXISTS (SELECT 1 "
                        + "FROM pg_roles WHERE rolname = 'zenome_member_t') THEN CREATE ROLE zenome_member_t LOGIN "
                        + "IN ROLE zenome_app; END IF; END $$",
                "ALTER DATABASE " + db + " OWNER TO zenome_owner",
                "REVOKE ALL ON DATABASE " + db + " FROM PUBLIC",
                "GRANT CONNECT ON DATABASE " + db + " TO zenome_app");
        sql(url, "postgres", "REVOKE ALL ON SCHEMA public FROM PUBLIC", "ALTER SCHEMA public OWNER TO zenome_owner",
                "GRANT USAGE ON SCHEMA public TO zenome_app", "CREATE EXTENSION IF NOT EXISTS citext");

        // the application role cannot create the schema: it is told to start once with the owner role
        assertThatThrownBy(() -> PostgresCaseStore.open(url, as("zenome_app"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("owner role");
        PostgresCaseStore.open(url, as("zenome_owner")).close();

        try (CaseStore store = PostgresCaseStore.open(url, as("zenome_app"))) {
            TestImports.importVcf(store, "C-1", TestImports.fixture("trio_grch38.vcf"));
            store.audit().append("sec", new AuditEvent("case.note", "case", "C-1", "C-1", null, "{}"));
            assertThat(store.cases().list()).hasSize(1);
        }
        try (CaseStore member = PostgresCaseStore.open(url, as("zenome_member_t"))) {
            TestImports.importVcf(member, "C-2", TestImports.fixture("trio_grch38.vcf"));
        }
        try (CaseStore store = PostgresCaseStore.open(url, as("zenome_app"))) {
            // another login reads and replaces what a member imported
            long c2 = store.cases().find("C-2").orElseThrow().id();
            assertThat(store.findings().count(c2, org.zenome.domain.VariantFilter.all())).isPositive();
            new org.zenome.importer.CaseImporter(store, "test").importVcf(new org.zenome.importer.ImportRequest("C-2", null,
                    "", TestImports.fixture("trio_grch38.vcf"), null, java.util.Map.of(), null, true),
                    org.zenome.importer.ImportListener.NONE);
            assertThat(store.audit().verify().intact()).isTrue();
        }
        expectDenied(url, "zenome_app", "UPDATE audit_entry SET actor = 'someone else'");
        expectDenied(url, "zenome_app", "DELETE FROM audit_entry");
        expectDenied(url, "zenome_app", "TRUNCATE audit_entry");
        expectDenied(url, "zenome_app", "DELETE FROM flyway_schema_history");
        expectDenied(url, "zenome_app", "DROP TABLE patient_case");
        expectDenied(url, "zenome_app", "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update");
        expectDenied(url, "zenome_app", "CREATE TABLE public.extra (x INTEGER)");
        // even the owner cannot rewrite the log without first dropping the trigger (which is itself visible)
        assertThatThrownBy(() -> sql(url, "zenome_owner", "UPDATE audit_entry SET actor = 'x'"))
                .hasMessageContaining("append-only");
    }
}
