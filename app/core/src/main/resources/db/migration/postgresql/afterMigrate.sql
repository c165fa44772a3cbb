-- Flyway callback, PostgreSQL only: after every migration (run by the owner role), the application role
-- zenome_app (see docs/postgresql/roles.sql) gets exactly what Zenome needs: rows of the tables, never their
-- definition; the audit log insert-only; the migration history read-only; schemas of its own for the findings of
-- each imported case. Nothing happens on a server without that role (a single-user test server).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zenome_app') THEN
        GRANT USAGE ON SCHEMA public TO zenome_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zenome_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zenome_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM zenome_app;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM zenome_app;
        EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO zenome_app', current_database());
    END IF;
END
$$;
