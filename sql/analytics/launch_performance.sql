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
