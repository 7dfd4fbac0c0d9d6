-- Time between static fire and launch: per launch year (UTC), the launches that flew after a static fire, and
-- the average and longest delay in hours. static_fire_delay_hours is derived when a launch is written, only where
-- the static fire came before a launch that flew (the API dates a few static fires at or after the launch).
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    launch_year AS year,
    count(*) AS launches_with_static_fire,
    CAST(avg(static_fire_delay_hours) AS decimal(12, 2)) AS avg_delay_hours,
    CAST(max(static_fire_delay_hours) AS decimal(12, 2)) AS max_delay_hours
FROM spacex.launches
WHERE static_fire_delay_hours IS NOT NULL
GROUP BY launch_year
ORDER BY year;
