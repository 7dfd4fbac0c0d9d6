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
