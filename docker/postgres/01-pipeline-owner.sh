#!/bin/sh
# Runs once, when the postgres container initialises its data folder: the pipeline's login role, which owns the
# spacex schema and nothing more (not a superuser, no CREATEDB, no CREATEROLE), then the schema's tables and views
# created as that role from sql/init.sql, so that the pipeline's own later migrations can change what it owns.
# The role's password is read from the file PIPELINE_DB_PASSWORD_FILE names (a compose secret).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v owner="$PIPELINE_DB_USER" -v password="$(cat "$PIPELINE_DB_PASSWORD_FILE")" -v db="$POSTGRES_DB" \
    -v init="${SPACEX_INIT_SQL:-/sql/init.sql}" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE :"db" TO :"owner";
CREATE SCHEMA spacex AUTHORIZATION :"owner";
SET ROLE :"owner";
\i :init
RESET ROLE;
SQL
