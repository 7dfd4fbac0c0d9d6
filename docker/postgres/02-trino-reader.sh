#!/bin/sh
# Runs once, when the postgres container initialises its data folder (after 01-init.sql created the schema):
# a login role for Trino that can read the spacex schema and nothing else.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v reader="$TRINO_DB_USER" -v password="$TRINO_DB_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"reader" LOGIN PASSWORD :'password';
ALTER ROLE :"reader" SET default_transaction_read_only = on;
GRANT CONNECT ON DATABASE :"db" TO :"reader";
GRANT USAGE ON SCHEMA spacex TO :"reader";
-- Tables and views, the reports' views among them (BI tools and Trino list them).
GRANT SELECT ON ALL TABLES IN SCHEMA spacex TO :"reader";
-- Tables and views later migrations create (as the pipeline's role) are readable too.
ALTER DEFAULT PRIVILEGES IN SCHEMA spacex GRANT SELECT ON TABLES TO :"reader";
SQL
