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
