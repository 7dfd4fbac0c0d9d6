-- Launch site utilization: per launchpad, its launches (upcoming included), successes, and the average total
-- payload mass of its launches whose mass is known. Pads never used show 0.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    p.id AS launchpad_id,
    p.name AS launchpad,
    count(l.id) AS launches,
    count(l.id) FILTER (WHERE NOT l.upcoming AND l.success) AS successes,
    CAST(avg(l.total_payload_mass_kg) AS decimal(12, 2)) AS avg_payload_mass_kg
FROM spacex.launchpads p
LEFT JOIN spacex.launches l ON l.launchpad_id = p.id
GROUP BY p.id, p.name
ORDER BY launches DESC, launchpad;
