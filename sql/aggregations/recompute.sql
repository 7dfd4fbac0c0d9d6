-- Recomputes the aggregation snapshot from the current state (launches the API no longer serves left out) and
-- appends it to the time series.
-- Parameters: $1 computed_at, $2 snapshot type ('initial', 'incremental' or 'manual'), $3 run id (NULL for manual).
-- In psql: PREPARE recompute AS <this statement>; EXECUTE recompute(now(), 'manual', NULL);
INSERT INTO spacex.launch_aggregations (
    computed_at, snapshot_type, run_id, total_launches, successful_launches, failed_launches, upcoming_launches,
    success_rate, avg_payload_mass_kg, avg_static_fire_delay_hours, max_static_fire_delay_hours,
    earliest_launch_utc, latest_launch_utc, launch_sites_used)
SELECT $1, $2, $3,
    count(*),
    count(*) FILTER (WHERE flown AND success),
    count(*) FILTER (WHERE flown AND NOT success),
    count(*) FILTER (WHERE upcoming),
    round(100.0 * count(*) FILTER (WHERE flown AND success)
        / nullif(count(*) FILTER (WHERE flown AND success IS NOT NULL), 0), 2),
    round(avg(total_payload_mass_kg), 2),
    round(avg(static_fire_delay_hours), 2),
    round(max(static_fire_delay_hours), 2),
    min(date_utc) FILTER (WHERE flown),
    max(date_utc) FILTER (WHERE flown),
    count(DISTINCT launchpad_id) FILTER (WHERE flown)
FROM (SELECT l.*, NOT l.upcoming AS flown FROM spacex.launches l WHERE l.removed_at IS NULL) l
RETURNING computed_at, snapshot_type, run_id, total_launches, successful_launches, failed_launches, upcoming_launches,
    success_rate, avg_payload_mass_kg, avg_static_fire_delay_hours, max_static_fire_delay_hours,
    earliest_launch_utc, latest_launch_utc, launch_sites_used;
