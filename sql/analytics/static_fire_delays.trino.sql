-- Time between static fire and launch, Trino form (catalog postgresql): see static_fire_delays.sql.
SELECT
    CAST(extract(YEAR FROM date_utc AT TIME ZONE 'UTC') AS integer) AS year,
    count(*) AS launches_with_static_fire,
    CAST(avg(delay_hours) AS decimal(12, 2)) AS avg_delay_hours,
    CAST(max(delay_hours) AS decimal(12, 2)) AS max_delay_hours
FROM (
    SELECT date_utc, CAST(date_diff('millisecond', static_fire_date_utc, date_utc) AS double) / 3600000 AS delay_hours
    FROM spacex.launches
    WHERE NOT upcoming AND static_fire_date_utc < date_utc
) delays
GROUP BY 1
ORDER BY year;
