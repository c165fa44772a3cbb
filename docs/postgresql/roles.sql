-- Zenome on PostgreSQL: database and roles for a department (run once, as a superuser):
--   psql -v ON_ERROR_STOP=1 -v app_password="'...'" -v owner_password="'...'" -f roles.sql
--
-- zenome_owner  owns the database and the tables; Zenome started with it applies the schema migrations
--               (first start, and after each upgrade). Keep its password with IT, not on the workstations.
-- zenome_app    what the workstations connect as: reads and writes rows, never changes the schema; the audit log
--               is insert-only for it (no UPDATE, DELETE or TRUNCATE); it creates one schema per imported case
--               for the findings (CREATE on the database). Members may also get login roles of their own:
--               CREATE ROLE tanaka LOGIN PASSWORD '...' IN ROLE zenome_app;
-- The grants on the tables are made by Zenome itself after every migration (db/migration/postgresql/afterMigrate.sql).

CREATE ROLE zenome_owner LOGIN PASSWORD :owner_password;
CREATE ROLE zenome_app LOGIN PASSWORD :app_password;
CREATE DATABASE zenome OWNER zenome_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE zenome FROM PUBLIC;
GRANT CONNECT ON DATABASE zenome TO zenome_app;
\connect zenome
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO zenome_owner;
GRANT USAGE ON SCHEMA public TO zenome_app;
-- citext (case-insensitive gene names) is a trusted extension: the owner may create it, but creating it here
-- needs no further privilege on managed servers either
CREATE EXTENSION IF NOT EXISTS citext;
