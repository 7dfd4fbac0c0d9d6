-- Launch site utilization: per launchpad, its launches (upcoming included), successes, and the average total
-- payload mass of its launches whose mass is known. Pads never used show 0.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
-- Launches are grouped by launchpad first, then joined to the six pads: a million launches are not joined row by row.
SELECT
    p.id AS launchpad_id,
    p.name AS launchpad,
    coalesce(s.launches, 0) AS launches,
    coalesce(s.successes, 0) AS successes,
    s.avg_payload_mass_kg
FROM spacex.launchpads p
LEFT JOIN (
    SELECT
        launchpad_id,
        count(*) AS launches,
        count(*) FILTER (WHERE NOT upcoming AND success) AS successes,
        CAST(avg(total_payload_mass_kg) AS decimal(12, 2)) AS avg_payload_mass_kg
    FROM spacex.launches
    WHERE removed_at IS NULL
    GROUP BY launchpad_id
) s ON s.launchpad_id = p.id
ORDER BY launches DESC, launchpad;
