#!/bin/sh
# Consilium's database roles (docs/adr/0008), run by the postgres image on an empty data volume:
#   consilium_owner    LOGIN, owns the database and the schema, runs the migrations
#   consilium_runtime  NOLOGIN, holds exactly the privileges the migrations grant the app
#   consilium_app      LOGIN, the app's connection: a member of consilium_runtime, owns nothing
# Safe to run again. On a volume made before these roles (everything owned by the superuser):
#   docker compose exec -e POSTGRES_USER=consilium db sh /docker-entrypoint-initdb.d/10-consilium-roles.sh
# (POSTGRES_USER: the volume's superuser), then restart the api.
set -e

if [ -z "$CONSILIUM_OWNER_PASSWORD" ] || [ -z "$CONSILIUM_APP_PASSWORD" ]; then
  echo 'CONSILIUM_OWNER_PASSWORD and CONSILIUM_APP_PASSWORD must be set' >&2
  exit 1
fi

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-consilium}" \
  -v owner_password="$CONSILIUM_OWNER_PASSWORD" -v app_password="$CONSILIUM_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE consilium_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'consilium_owner') \gexec
SELECT format('ALTER ROLE consilium_owner PASSWORD %L', :'owner_password') \gexec
SELECT 'CREATE ROLE consilium_runtime NOLOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'consilium_runtime') \gexec
SELECT format('CREATE ROLE consilium_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD %L', :'app_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'consilium_app') \gexec
SELECT format('ALTER ROLE consilium_app PASSWORD %L', :'app_password') \gexec
SELECT 'GRANT consilium_runtime TO consilium_app'
 WHERE NOT pg_has_role('consilium_app', 'consilium_runtime', 'MEMBER') \gexec

-- The owner owns the database (so also the public schema, on PostgreSQL 15+) and may create pg_trgm.
SELECT format('ALTER DATABASE %I OWNER TO consilium_owner', current_database()) \gexec

-- A volume made before docs/adr/0008: hand the superuser's tables, sequences and functions over.
-- Not REASSIGN OWNED: the superuser also owns the system catalogs. Identity sequences and indexes
-- follow their tables; pg_trgm's objects stay the extension's.
SELECT format('ALTER %s %s OWNER TO consilium_owner',
              CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                             WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
              c.oid::regclass)
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
   AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) \gexec
SELECT format('ALTER FUNCTION %s OWNER TO consilium_owner', p.oid::regprocedure)
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid AND d.deptype = 'e') \gexec
SQL
