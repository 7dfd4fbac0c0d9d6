-- Time between static fire and launch: per launch year (UTC), the launches that flew after a static fire, and
-- the average and longest delay in hours. A static fire the API dates at or after its launch is left out.
-- PostgreSQL form; Trino's is static_fire_delays.trino.sql (date arithmetic differs).
SELECT
    CAST(extract(YEAR FROM date_utc AT TIME ZONE 'UTC') AS integer) AS year,
    count(*) AS launches_with_static_fire,
    CAST(avg(delay_hours) AS decimal(12, 2)) AS avg_delay_hours,
    CAST(max(delay_hours) AS decimal(12, 2)) AS max_delay_hours
FROM (
    SELECT date_utc, extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 AS delay_hours
    FROM spacex.launches
    WHERE NOT upcoming AND static_fire_date_utc < date_utc
) delays
GROUP BY 1
ORDER BY year;
