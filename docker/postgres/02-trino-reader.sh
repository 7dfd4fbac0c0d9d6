#!/bin/sh
# Runs once, when the postgres container initialises its data folder (after 01-pipeline-owner.sh created the schema):
# a login role for Trino that can read the spacex schema and nothing else. Its password is read from the file
# TRINO_DB_PASSWORD_FILE names (a compose secret).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v reader="$TRINO_DB_USER" -v password="$(cat "$TRINO_DB_PASSWORD_FILE")" -v db="$POSTGRES_DB" \
    -v owner="$PIPELINE_DB_USER" <<'SQL'
CREATE ROLE :"reader" LOGIN PASSWORD :'password';
ALTER ROLE :"reader" SET default_transaction_read_only = on;
GRANT CONNECT ON DATABASE :"db" TO :"reader";
GRANT USAGE ON SCHEMA spacex TO :"reader";
-- Tables and views, the reports' views among them (BI tools and Trino list them).
GRANT SELECT ON ALL TABLES IN SCHEMA spacex TO :"reader";
-- Tables and views the pipeline's later migrations create (as the schema's owner) are readable too.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA spacex GRANT SELECT ON TABLES TO :"reader";
SQL
