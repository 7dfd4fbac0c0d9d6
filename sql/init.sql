DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'spacex') THEN
        CREATE SCHEMA spacex;
    END IF;
END $EF$;
CREATE TABLE IF NOT EXISTS spacex.__ef_migrations_history (
    migration_id character varying(150) NOT NULL,
    product_version character varying(32) NOT NULL,
    CONSTRAINT pk___ef_migrations_history PRIMARY KEY (migration_id)
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
        IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'spacex') THEN
            CREATE SCHEMA spacex;
        END IF;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.ingestion_runs (
        id uuid NOT NULL,
        mode character varying(16) NOT NULL,
        status character varying(32) NOT NULL,
        started_at timestamp with time zone NOT NULL,
        finished_at timestamp with time zone,
        fetched integer NOT NULL,
        inserted integer NOT NULL,
        updated integer NOT NULL,
        unchanged integer NOT NULL,
        quarantined integer NOT NULL,
        related_quarantined integer NOT NULL,
        raw_versions_added integer NOT NULL,
        http_requests integer NOT NULL,
        high_water_mark timestamp with time zone,
        error text,
        CONSTRAINT pk_ingestion_runs PRIMARY KEY (id),
        CONSTRAINT ck_ingestion_runs_mode CHECK (mode IN ('initial', 'incremental', 'full_refresh', 'backfill')),
        CONSTRAINT ck_ingestion_runs_status CHECK (status IN ('running', 'succeeded', 'succeeded_with_warnings', 'failed', 'abandoned'))
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.launchpads (
        id character(24) NOT NULL,
        name text NOT NULL,
        full_name text,
        locality text,
        region text,
        status text,
        content_hash character(64) NOT NULL,
        raw jsonb NOT NULL,
        first_seen_at timestamp with time zone NOT NULL,
        last_changed_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_launchpads PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.payloads (
        id character(24) NOT NULL,
        name text NOT NULL,
        type text,
        mass_kg numeric(12,2),
        orbit text,
        launch_id character(24),
        content_hash character(64) NOT NULL,
        raw jsonb NOT NULL,
        first_seen_at timestamp with time zone NOT NULL,
        last_changed_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_payloads PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.rockets (
        id character(24) NOT NULL,
        name text NOT NULL,
        type text,
        active boolean NOT NULL,
        content_hash character(64) NOT NULL,
        raw jsonb NOT NULL,
        first_seen_at timestamp with time zone NOT NULL,
        last_changed_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_rockets PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.ingestion_state (
        source character varying(32) NOT NULL,
        high_water_mark timestamp with time zone,
        last_run_id uuid,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_ingestion_state PRIMARY KEY (source),
        CONSTRAINT fk_ingestion_state_ingestion_runs_last_run_id FOREIGN KEY (last_run_id) REFERENCES spacex.ingestion_runs (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.launch_aggregations (
        id bigint GENERATED ALWAYS AS IDENTITY,
        computed_at timestamp with time zone NOT NULL,
        snapshot_type character varying(16) NOT NULL,
        run_id uuid,
        total_launches integer NOT NULL,
        successful_launches integer NOT NULL,
        failed_launches integer NOT NULL,
        upcoming_launches integer NOT NULL,
        success_rate numeric(5,2),
        avg_payload_mass_kg numeric(12,2),
        avg_static_fire_delay_hours numeric(12,2),
        max_static_fire_delay_hours numeric(12,2),
        earliest_launch_utc timestamp with time zone,
        latest_launch_utc timestamp with time zone,
        launch_sites_used integer NOT NULL,
        CONSTRAINT pk_launch_aggregations PRIMARY KEY (id),
        CONSTRAINT ck_launch_aggregations_snapshot_type CHECK (snapshot_type IN ('initial', 'incremental', 'manual')),
        CONSTRAINT fk_launch_aggregations_ingestion_runs_run_id FOREIGN KEY (run_id) REFERENCES spacex.ingestion_runs (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.quarantined_records (
        id bigint GENERATED ALWAYS AS IDENTITY,
        run_id uuid NOT NULL,
        entity character varying(16) NOT NULL,
        record_id text,
        reasons text[] NOT NULL,
        raw jsonb NOT NULL,
        quarantined_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_quarantined_records PRIMARY KEY (id),
        CONSTRAINT fk_quarantined_records_ingestion_runs_run_id FOREIGN KEY (run_id) REFERENCES spacex.ingestion_runs (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.raw_launches (
        id bigint GENERATED ALWAYS AS IDENTITY,
        launch_id character(24) NOT NULL,
        content_hash character(64) NOT NULL,
        payload jsonb NOT NULL,
        run_id uuid NOT NULL,
        ingested_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_raw_launches PRIMARY KEY (id),
        CONSTRAINT fk_raw_launches_ingestion_runs_run_id FOREIGN KEY (run_id) REFERENCES spacex.ingestion_runs (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE TABLE spacex.launches (
        id character(24) NOT NULL,
        flight_number integer NOT NULL,
        name text NOT NULL,
        date_utc timestamp with time zone NOT NULL,
        date_precision character varying(8) NOT NULL,
        upcoming boolean NOT NULL,
        success boolean,
        static_fire_date_utc timestamp with time zone,
        launchpad_id character(24) NOT NULL,
        rocket_id character(24) NOT NULL,
        payload_ids text[] NOT NULL,
        total_payload_mass_kg numeric(12,2),
        content_hash character(64) NOT NULL,
        first_seen_at timestamp with time zone NOT NULL,
        last_changed_at timestamp with time zone NOT NULL,
        first_seen_run_id uuid NOT NULL,
        last_changed_run_id uuid NOT NULL,
        CONSTRAINT pk_launches PRIMARY KEY (id),
        CONSTRAINT fk_launches_launchpads_launchpad_id FOREIGN KEY (launchpad_id) REFERENCES spacex.launchpads (id) ON DELETE RESTRICT,
        CONSTRAINT fk_launches_rockets_rocket_id FOREIGN KEY (rocket_id) REFERENCES spacex.rockets (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_ingestion_runs_started_at ON spacex.ingestion_runs (started_at DESC);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_ingestion_state_last_run_id ON spacex.ingestion_state (last_run_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_launch_aggregations_computed_at ON spacex.launch_aggregations (computed_at DESC);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_launch_aggregations_run_id ON spacex.launch_aggregations (run_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_launches_date_utc ON spacex.launches (date_utc);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_launches_launchpad_id ON spacex.launches (launchpad_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_launches_rocket_id ON spacex.launches (rocket_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_launches_total_payload_mass_kg ON spacex.launches (total_payload_mass_kg DESC);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_launches_upcoming ON spacex.launches (upcoming) WHERE upcoming;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_payloads_launch_id ON spacex.payloads (launch_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_quarantined_records_run_id ON spacex.quarantined_records (run_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_raw_launches_launch_id_content_hash ON spacex.raw_launches (launch_id, content_hash);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    CREATE INDEX ix_raw_launches_run_id ON spacex.raw_launches (run_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125201030_InitialSchema') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261125201030_InitialSchema', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125203233_SchemaFingerprintsAndRunWarnings') THEN
    ALTER TABLE spacex.ingestion_runs ADD warnings text[] NOT NULL DEFAULT ('{}');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125203233_SchemaFingerprintsAndRunWarnings') THEN
    CREATE TABLE spacex.source_fields (
        entity character varying(16) NOT NULL,
        fields text[] NOT NULL,
        required_fields text[] NOT NULL,
        run_id uuid NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_source_fields PRIMARY KEY (entity),
        CONSTRAINT fk_source_fields_ingestion_runs_run_id FOREIGN KEY (run_id) REFERENCES spacex.ingestion_runs (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125203233_SchemaFingerprintsAndRunWarnings') THEN
    CREATE INDEX ix_source_fields_run_id ON spacex.source_fields (run_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125203233_SchemaFingerprintsAndRunWarnings') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261125203233_SchemaFingerprintsAndRunWarnings', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125212110_DerivedLaunchColumns') THEN
    ALTER TABLE spacex.launches ADD launch_year integer GENERATED ALWAYS AS (CAST(extract(YEAR FROM date_utc AT TIME ZONE 'UTC') AS integer)) STORED NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125212110_DerivedLaunchColumns') THEN
    ALTER TABLE spacex.launches ADD static_fire_delay_hours numeric GENERATED ALWAYS AS (CASE WHEN NOT upcoming AND static_fire_date_utc < date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END) STORED;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261125212110_DerivedLaunchColumns') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261125212110_DerivedLaunchColumns', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.source_fields ADD field_types text[];
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.rockets ALTER COLUMN type TYPE character varying(100);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.rockets ALTER COLUMN name TYPE character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.payloads ALTER COLUMN type TYPE character varying(100);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.payloads ALTER COLUMN orbit TYPE character varying(100);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.payloads ALTER COLUMN name TYPE character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.payloads ALTER COLUMN mass_kg TYPE numeric(9,2);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launchpads ALTER COLUMN status TYPE character varying(100);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launchpads ALTER COLUMN region TYPE character varying(100);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launchpads ALTER COLUMN name TYPE character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launchpads ALTER COLUMN locality TYPE character varying(100);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launchpads ALTER COLUMN full_name TYPE character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launches ALTER COLUMN name TYPE character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launches ADD removed_at timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launches DROP COLUMN static_fire_delay_hours;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    ALTER TABLE spacex.launches ADD static_fire_delay_hours numeric GENERATED ALWAYS AS (CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END) STORED;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127081426_StoredLimitsRemovedLaunchesFieldTypes') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261127081426_StoredLimitsRemovedLaunchesFieldTypes', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127083001_CancelledRuns') THEN
    ALTER TABLE spacex.ingestion_runs DROP CONSTRAINT ck_ingestion_runs_status;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127083001_CancelledRuns') THEN
    ALTER TABLE spacex.ingestion_runs ADD CONSTRAINT ck_ingestion_runs_status CHECK (status IN ('running', 'succeeded', 'succeeded_with_warnings', 'failed', 'cancelled', 'abandoned'));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127083001_CancelledRuns') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261127083001_CancelledRuns', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127084928_BoundedStaticFireDelay') THEN
    ALTER TABLE spacex.launches ALTER COLUMN static_fire_delay_hours TYPE numeric(14,6);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127084928_BoundedStaticFireDelay') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261127084928_BoundedStaticFireDelay', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127105732_SnapshotTypes') THEN
    ALTER TABLE spacex.launch_aggregations DROP CONSTRAINT ck_launch_aggregations_snapshot_type;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127105732_SnapshotTypes') THEN
    ALTER TABLE spacex.launch_aggregations ADD CONSTRAINT ck_launch_aggregations_snapshot_type CHECK (snapshot_type IN ('initial', 'incremental', 'full_refresh', 'backfill', 'manual'));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127105732_SnapshotTypes') THEN
    UPDATE spacex.launch_aggregations a SET snapshot_type = r.mode
    FROM spacex.ingestion_runs r
    WHERE r.id = a.run_id AND r.mode IN ('full_refresh', 'backfill') AND a.snapshot_type = 'incremental';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127105732_SnapshotTypes') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261127105732_SnapshotTypes', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127110719_ReportViews') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261127110719_ReportViews', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127112955_ObservedHash') THEN
    ALTER TABLE spacex.launches ADD observed_hash character(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261127112955_ObservedHash') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261127112955_ObservedHash', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204015619_LandpadsAndLaunchCores') THEN
    ALTER TABLE spacex.launch_aggregations ADD landing_attempts integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204015619_LandpadsAndLaunchCores') THEN
    ALTER TABLE spacex.launch_aggregations ADD landing_successes integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204015619_LandpadsAndLaunchCores') THEN
    CREATE TABLE spacex.landpads (
        id character(24) NOT NULL,
        name character varying(200) NOT NULL,
        full_name character varying(200),
        type character varying(100),
        status character varying(100),
        locality character varying(100),
        region character varying(100),
        landing_attempts integer,
        landing_successes integer,
        content_hash character(64) NOT NULL,
        raw jsonb NOT NULL,
        first_seen_at timestamp with time zone NOT NULL,
        last_changed_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_landpads PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204015619_LandpadsAndLaunchCores') THEN
    CREATE TABLE spacex.launch_cores (
        launch_id character(24) NOT NULL,
        position integer NOT NULL,
        core_id character(24),
        flight integer,
        reused boolean,
        gridfins boolean,
        legs boolean,
        landing_attempt boolean,
        landing_success boolean,
        landing_type character varying(100),
        landpad_id character(24),
        first_seen_at timestamp with time zone NOT NULL,
        last_changed_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_launch_cores PRIMARY KEY (launch_id, position),
        CONSTRAINT fk_launch_cores_launches_launch_id FOREIGN KEY (launch_id) REFERENCES spacex.launches (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204015619_LandpadsAndLaunchCores') THEN
    CREATE INDEX ix_launch_cores_landpad_id ON spacex.launch_cores (landpad_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204015619_LandpadsAndLaunchCores') THEN
    INSERT INTO spacex.launch_cores (launch_id, position, core_id, flight, reused, gridfins, legs,
        landing_attempt, landing_success, landing_type, landpad_id, first_seen_at, last_changed_at)
    SELECT r.launch_id, c.position - 1,
        CASE WHEN c.core ->> 'core' ~ '^[0-9a-f]{24}$' THEN c.core ->> 'core' END,
        CASE WHEN jsonb_typeof(c.core -> 'flight') = 'number' AND c.core ->> 'flight' ~ '^[0-9]{1,9}$' THEN (c.core ->> 'flight')::integer END,
        CASE WHEN jsonb_typeof(c.core -> 'reused') = 'boolean' THEN (c.core ->> 'reused')::boolean END,
        CASE WHEN jsonb_typeof(c.core -> 'gridfins') = 'boolean' THEN (c.core ->> 'gridfins')::boolean END,
        CASE WHEN jsonb_typeof(c.core -> 'legs') = 'boolean' THEN (c.core ->> 'legs')::boolean END,
        CASE WHEN jsonb_typeof(c.core -> 'landing_attempt') = 'boolean' THEN (c.core ->> 'landing_attempt')::boolean END,
        CASE WHEN jsonb_typeof(c.core -> 'landing_success') = 'boolean' THEN (c.core ->> 'landing_success')::boolean END,
        CASE WHEN jsonb_typeof(c.core -> 'landing_type') = 'string' THEN left(c.core ->> 'landing_type', 100) END,
        CASE WHEN c.core ->> 'landpad' ~ '^[0-9a-f]{24}$' THEN c.core ->> 'landpad' END,
        r.ingested_at, r.ingested_at
    FROM (
        SELECT DISTINCT ON (launch_id) launch_id, payload, ingested_at
        FROM spacex.raw_launches ORDER BY launch_id, id DESC
    ) r
    JOIN spacex.launches l ON l.id = r.launch_id
    CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(r.payload -> 'cores') = 'array' THEN r.payload -> 'cores' ELSE '[]'::jsonb END
    ) WITH ORDINALITY AS c(core, position)
    WHERE jsonb_typeof(c.core) = 'object';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204015619_LandpadsAndLaunchCores') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261204015619_LandpadsAndLaunchCores', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204053314_RunStepsAndDrift') THEN
    ALTER TABLE spacex.ingestion_runs ADD drift text[] NOT NULL DEFAULT ('{}');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204053314_RunStepsAndDrift') THEN
    ALTER TABLE spacex.ingestion_runs ADD steps jsonb;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204053314_RunStepsAndDrift') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261204053314_RunStepsAndDrift', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204060637_CanonicalObservedHashes') THEN
    UPDATE spacex.launches SET observed_hash = NULL WHERE observed_hash IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM spacex.__ef_migrations_history WHERE "migration_id" = '20261204060637_CanonicalObservedHashes') THEN
    INSERT INTO spacex.__ef_migrations_history (migration_id, product_version)
    VALUES ('20261204060637_CanonicalObservedHashes', '10.0.15');
    END IF;
END $EF$;
COMMIT;


-- The report views (sql/analytics), as the pipeline makes them after the migrations.
DROP VIEW IF EXISTS spacex.launch_performance;
CREATE VIEW spacex.launch_performance AS
-- Launch performance over time: per launch year (UTC), all launches, successes, failures, upcoming, and the
-- success rate in percent over launches that flew with a known outcome. Launches the API no longer serves
-- (removed_at set) are left out, here as in every report.
-- PostgreSQL and Trino alike (Trino: run in catalog postgresql, e.g. trino --catalog postgresql -f this file).
SELECT
    launch_year AS year,
    count(*) AS launches,
    count(*) FILTER (WHERE NOT upcoming AND success) AS successes,
    count(*) FILTER (WHERE NOT upcoming AND NOT success) AS failures,
    count(*) FILTER (WHERE upcoming) AS upcoming,
    CAST(100 * CAST(count(*) FILTER (WHERE NOT upcoming AND success) AS decimal(20, 6))
        / nullif(count(*) FILTER (WHERE NOT upcoming AND success IS NOT NULL), 0) AS decimal(5, 2)) AS success_rate
FROM spacex.launches
WHERE removed_at IS NULL
GROUP BY launch_year
ORDER BY year;
COMMENT ON VIEW spacex.launch_performance IS 'report sha256:75188e81338eca819223172bd39f0501ee8ab2636c8c7f67459eab9d1b2bd6df';

DROP VIEW IF EXISTS spacex.top_payload_masses;
CREATE VIEW spacex.top_payload_masses AS
-- Top payload masses: launches by total payload mass, heaviest first (add LIMIT n for the top n).
-- A launch's total is the sum of its payloads' known masses; launches with no known mass are left out.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    l.id AS launch_id,
    l.name,
    l.date_utc,
    l.total_payload_mass_kg,
    l.success,
    p.name AS launchpad
FROM spacex.launches l
JOIN spacex.launchpads p ON p.id = l.launchpad_id
WHERE l.total_payload_mass_kg IS NOT NULL AND l.removed_at IS NULL
ORDER BY l.total_payload_mass_kg DESC, l.date_utc, l.id;
COMMENT ON VIEW spacex.top_payload_masses IS 'report sha256:b2f6e203c67d0ef3d32bc4fdbf992e60b8cb52cd8f8912142427c289bcc7aaac';

DROP VIEW IF EXISTS spacex.static_fire_delays;
CREATE VIEW spacex.static_fire_delays AS
-- Time between static fire and launch: per launch year (UTC), the launches that flew after a static fire, and
-- the average and longest delay in hours. static_fire_delay_hours is derived when a launch is written, where the
-- static fire is dated at or before a launch that flew: 0 h is real (Amos-6 was destroyed during its static fire,
-- which the API dates at the launch time); the API dates a few static fires after the launch, left out.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    launch_year AS year,
    count(*) AS launches_with_static_fire,
    CAST(avg(static_fire_delay_hours) AS decimal(12, 2)) AS avg_delay_hours,
    CAST(max(static_fire_delay_hours) AS decimal(12, 2)) AS max_delay_hours
FROM spacex.launches
WHERE static_fire_delay_hours IS NOT NULL AND removed_at IS NULL
GROUP BY launch_year
ORDER BY year;
COMMENT ON VIEW spacex.static_fire_delays IS 'report sha256:7dc1127c5ac7c3745b9babd2101d47ab450ea25bdd17e1e25bc8e712f73a0de1';

DROP VIEW IF EXISTS spacex.launch_site_utilization;
CREATE VIEW spacex.launch_site_utilization AS
-- Launch site utilization: per launchpad, its launches (upcoming included), successes, and the average total
-- payload mass of its launches whose mass is known. Pads never used show 0.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
-- Launches are grouped by launchpad first, then joined to the six pads: a million launches are not joined row by row.
SELECT
    p.id AS launchpad_id,
    p.name AS launchpad,
    coalesce(s.launches, 0) AS launches,
    coalesce(s.successes, 0) AS successes,
    s.avg_payload_mass_kg
FROM spacex.launchpads p
LEFT JOIN (
    SELECT
        launchpad_id,
        count(*) AS launches,
        count(*) FILTER (WHERE NOT upcoming AND success) AS successes,
        CAST(avg(total_payload_mass_kg) AS decimal(12, 2)) AS avg_payload_mass_kg
    FROM spacex.launches
    WHERE removed_at IS NULL
    GROUP BY launchpad_id
) s ON s.launchpad_id = p.id
ORDER BY launches DESC, launchpad;
COMMENT ON VIEW spacex.launch_site_utilization IS 'report sha256:8a6b7f1e830a930aebaca2ee68fd92f4e0b1f8e0c85cdf0decfd561fc898ee07';

DROP VIEW IF EXISTS spacex.rocket_performance;
CREATE VIEW spacex.rocket_performance AS
-- Rocket performance: per rocket, its launches (upcoming included), successes, failures, upcoming, and the success
-- rate in percent over its launches that flew with a known outcome, as in launch_performance. Rockets never
-- launched show 0 and no rate. Launches the API no longer serves (removed_at set) are left out.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
-- Launches are grouped by rocket first, then joined to the rockets: a million launches are not joined row by row.
SELECT
    r.id AS rocket_id,
    r.name AS rocket,
    coalesce(s.launches, 0) AS launches,
    coalesce(s.successes, 0) AS successes,
    coalesce(s.failures, 0) AS failures,
    coalesce(s.upcoming, 0) AS upcoming,
    CAST(100 * CAST(s.successes AS decimal(20, 6)) / nullif(s.successes + s.failures, 0) AS decimal(5, 2)) AS success_rate
FROM spacex.rockets r
LEFT JOIN (
    SELECT
        rocket_id,
        count(*) AS launches,
        count(*) FILTER (WHERE NOT upcoming AND success) AS successes,
        count(*) FILTER (WHERE NOT upcoming AND NOT success) AS failures,
        count(*) FILTER (WHERE upcoming) AS upcoming
    FROM spacex.launches
    WHERE removed_at IS NULL
    GROUP BY rocket_id
) s ON s.rocket_id = r.id
ORDER BY launches DESC, rocket;
COMMENT ON VIEW spacex.rocket_performance IS 'report sha256:bdf991cf3ff44e285ac78811978303fd1568d448030be092d5777942121089d2';

DROP VIEW IF EXISTS spacex.landings;
CREATE VIEW spacex.landings AS
-- First-stage landings: per launch year (UTC), over launches that flew, each core (a Falcon Heavy flies three):
-- landing attempts, successes, failures, attempts whose outcome the API never recorded, the success rate in
-- percent over attempts with a known outcome, and attempts and successes per landing type (ASDS: a drone ship,
-- RTLS: back at the launch site, Ocean: a controlled splashdown). Launches no longer served are left out.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    l.launch_year AS year,
    count(*) FILTER (WHERE c.landing_attempt) AS attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_success) AS successes,
    count(*) FILTER (WHERE c.landing_attempt AND NOT c.landing_success) AS failures,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_success IS NULL) AS unknown_outcome,
    CAST(100 * CAST(count(*) FILTER (WHERE c.landing_attempt AND c.landing_success) AS decimal(20, 6))
        / nullif(count(*) FILTER (WHERE c.landing_attempt AND c.landing_success IS NOT NULL), 0) AS decimal(5, 2)) AS success_rate,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'ASDS') AS asds_attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'ASDS' AND c.landing_success) AS asds_successes,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'RTLS') AS rtls_attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'RTLS' AND c.landing_success) AS rtls_successes,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'Ocean') AS ocean_attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'Ocean' AND c.landing_success) AS ocean_successes
FROM spacex.launches l
JOIN spacex.launch_cores c ON c.launch_id = l.id
WHERE l.removed_at IS NULL AND NOT l.upcoming
GROUP BY l.launch_year
ORDER BY year;
COMMENT ON VIEW spacex.landings IS 'report sha256:20cef4ca1a4a33d47ff18fd17299146a85e981754615dc471b0ac910837f7013';

DROP VIEW IF EXISTS spacex.landing_pads;
CREATE VIEW spacex.landing_pads AS
-- Landing pads: per pad, its attempts and successes counted from the cores of the launches that flew (never from
-- the pad's own counters), the success rate over attempts with a known outcome, and its first and last landing.
-- The pad's own counters (pad_landing_attempts, pad_landing_successes) stand beside them: the API keeps those
-- apart, and for one pad (OCISLY) they lag. A pad the cores name that is not stored shows as 'unknown'.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    coalesce(p.id, s.landpad_id) AS landpad_id,
    coalesce(p.name, 'unknown') AS landpad,
    p.full_name,
    p.type,
    p.status,
    coalesce(s.attempts, 0) AS attempts,
    coalesce(s.successes, 0) AS successes,
    CAST(100 * CAST(s.successes AS decimal(20, 6)) / nullif(s.known_outcomes, 0) AS decimal(5, 2)) AS success_rate,
    s.first_landing,
    s.last_landing,
    p.landing_attempts AS pad_landing_attempts,
    p.landing_successes AS pad_landing_successes
FROM spacex.landpads p
FULL JOIN (
    SELECT
        c.landpad_id,
        count(*) FILTER (WHERE c.landing_attempt) AS attempts,
        count(*) FILTER (WHERE c.landing_attempt AND c.landing_success) AS successes,
        count(*) FILTER (WHERE c.landing_attempt AND c.landing_success IS NOT NULL) AS known_outcomes,
        min(l.date_utc) FILTER (WHERE c.landing_attempt AND c.landing_success) AS first_landing,
        max(l.date_utc) FILTER (WHERE c.landing_attempt AND c.landing_success) AS last_landing
    FROM spacex.launch_cores c
    JOIN spacex.launches l ON l.id = c.launch_id
    WHERE l.removed_at IS NULL AND NOT l.upcoming AND c.landpad_id IS NOT NULL
    GROUP BY c.landpad_id
) s ON s.landpad_id = p.id
ORDER BY attempts DESC, landpad;
COMMENT ON VIEW spacex.landing_pads IS 'report sha256:6d29ca7090bd29d8a8d5fd21968a9c4a100a3fc6c9f1e074b4a715c6b7866058';

DROP VIEW IF EXISTS spacex.booster_reuse;
CREATE VIEW spacex.booster_reuse AS
-- Booster reuse: per launch year (UTC), over launches that flew: first stages flown (each core slot: a Falcon
-- Heavy counts three, a core the API left unnamed counts), how many of them had flown before, their share in
-- percent, and the highest flight number a booster reached that year.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    l.launch_year AS year,
    count(*) AS first_stages,
    count(*) FILTER (WHERE c.reused) AS reused,
    CAST(100 * CAST(count(*) FILTER (WHERE c.reused) AS decimal(20, 6)) / count(*) AS decimal(5, 2)) AS reused_share,
    max(c.flight) AS highest_flight
FROM spacex.launches l
JOIN spacex.launch_cores c ON c.launch_id = l.id
WHERE l.removed_at IS NULL AND NOT l.upcoming
GROUP BY l.launch_year
ORDER BY year;
COMMENT ON VIEW spacex.booster_reuse IS 'report sha256:adffcf16e71b6a74044a1745710c8e6069f8a704b168dd9cc867d3c8151223b4';

DROP VIEW IF EXISTS spacex.latest_aggregation;
CREATE VIEW spacex.latest_aggregation AS
-- The latest aggregation snapshot (written by each ingestion run that changed the data and by the aggregate verb).
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    computed_at, snapshot_type, run_id, total_launches, successful_launches, failed_launches, upcoming_launches,
    success_rate, avg_payload_mass_kg, avg_static_fire_delay_hours, max_static_fire_delay_hours,
    earliest_launch_utc, latest_launch_utc, launch_sites_used, landing_attempts, landing_successes
FROM spacex.launch_aggregations
ORDER BY computed_at DESC, id DESC
LIMIT 1;
COMMENT ON VIEW spacex.latest_aggregation IS 'report sha256:3d4e65a9ac7b26c2a5707382b7e748a5aec994432125aaaa250429c665210bd0';

DROP VIEW IF EXISTS spacex.aggregation_trend;
CREATE VIEW spacex.aggregation_trend AS
-- The aggregation trend: one row per snapshot, oldest first, with the change of each count from the snapshot
-- before (NULL for the first). A snapshot is written by a run that changed the data (its type is the run's mode:
-- initial, incremental, full_refresh, backfill) and by the aggregate verb (manual), so the series is the data's
-- history. PostgreSQL and Trino alike (Trino: catalog postgresql; lag() is a window function of both).
SELECT
    computed_at,
    snapshot_type,
    run_id,
    total_launches,
    successful_launches,
    failed_launches,
    upcoming_launches,
    success_rate,
    avg_payload_mass_kg,
    avg_static_fire_delay_hours,
    landing_attempts,
    landing_successes,
    total_launches - lag(total_launches) OVER (ORDER BY computed_at, id) AS total_launches_change,
    successful_launches - lag(successful_launches) OVER (ORDER BY computed_at, id) AS successful_launches_change,
    failed_launches - lag(failed_launches) OVER (ORDER BY computed_at, id) AS failed_launches_change,
    upcoming_launches - lag(upcoming_launches) OVER (ORDER BY computed_at, id) AS upcoming_launches_change
FROM spacex.launch_aggregations
ORDER BY computed_at, id;
COMMENT ON VIEW spacex.aggregation_trend IS 'report sha256:7a93e2397ef1b665147c74a0fe6a393d7c1867189ea6e534ddfc03e8478e2243';
