-- Time between static fire and launch: per launch year (UTC), the launches that flew after a static fire, and
-- the average and longest delay in hours. static_fire_delay_hours is derived when a launch is written, where the
-- static fire is dated at or before a launch that flew: 0 h is real (Amos-6 was destroyed during its static fire,
-- which the API dates at the launch time); the API dates a few static fires after the launch, left out.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    launch_year AS year,
    count(*) AS launches_with_static_fire,
    CAST(avg(static_fire_delay_hours) AS decimal(12, 2)) AS avg_delay_hours,
    CAST(max(static_fire_delay_hours) AS decimal(12, 2)) AS max_delay_hours
FROM spacex.launches
WHERE static_fire_delay_hours IS NOT NULL AND removed_at IS NULL
GROUP BY launch_year
ORDER BY year;
