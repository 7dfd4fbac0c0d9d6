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
