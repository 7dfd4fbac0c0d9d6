-- Recomputes the aggregation snapshot from the current state (launches the API no longer serves left out) and
-- appends it to the time series.
-- Parameters: $1 computed_at, $2 snapshot type ('initial', 'incremental', 'full_refresh', 'backfill' or 'manual'),
-- $3 run id (NULL for manual).
-- In psql: PREPARE recompute AS <this statement>; EXECUTE recompute(now(), 'manual', NULL);
INSERT INTO spacex.launch_aggregations (
    computed_at, snapshot_type, run_id, total_launches, successful_launches, failed_launches, upcoming_launches,
    success_rate, avg_payload_mass_kg, avg_static_fire_delay_hours, max_static_fire_delay_hours,
    earliest_launch_utc, latest_launch_utc, launch_sites_used, landing_attempts, landing_successes)
SELECT $1, $2, $3, launches.*, landings.*
FROM (
    SELECT count(*),
        count(*) FILTER (WHERE NOT upcoming AND success),
        count(*) FILTER (WHERE NOT upcoming AND NOT success),
        count(*) FILTER (WHERE upcoming),
        CAST(100 * CAST(count(*) FILTER (WHERE NOT upcoming AND success) AS decimal(20, 6))
            / nullif(count(*) FILTER (WHERE NOT upcoming AND success IS NOT NULL), 0) AS decimal(5, 2)),
        round(avg(total_payload_mass_kg), 2),
        round(avg(static_fire_delay_hours), 2),
        round(max(static_fire_delay_hours), 2),
        min(date_utc) FILTER (WHERE NOT upcoming),
        max(date_utc) FILTER (WHERE NOT upcoming),
        count(DISTINCT launchpad_id) FILTER (WHERE NOT upcoming)
    FROM spacex.launches
    WHERE removed_at IS NULL
) launches
CROSS JOIN (
    -- Both landing counts from one join of the cores that tried to land with their flown launches.
    SELECT count(*), count(*) FILTER (WHERE c.landing_success)
    FROM spacex.launch_cores c JOIN spacex.launches f ON f.id = c.launch_id
    WHERE f.removed_at IS NULL AND NOT f.upcoming AND c.landing_attempt
) landings
RETURNING computed_at, snapshot_type, run_id, total_launches, successful_launches, failed_launches, upcoming_launches,
    success_rate, avg_payload_mass_kg, avg_static_fire_delay_hours, max_static_fire_delay_hours,
    earliest_launch_utc, latest_launch_utc, launch_sites_used, landing_attempts, landing_successes;
