-- The latest aggregation snapshot (written by each ingestion run that changed the data and by the aggregate verb).
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    computed_at, snapshot_type, run_id, total_launches, successful_launches, failed_launches, upcoming_launches,
    success_rate, avg_payload_mass_kg, avg_static_fire_delay_hours, max_static_fire_delay_hours,
    earliest_launch_utc, latest_launch_utc, launch_sites_used, landing_attempts, landing_successes
FROM spacex.launch_aggregations
ORDER BY computed_at DESC, id DESC
LIMIT 1;
