-- Top payload masses: launches by total payload mass, heaviest first (add LIMIT n for the top n).
-- A launch's total is the sum of its payloads' known masses; launches with no known mass are left out.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    l.id AS launch_id,
    l.name,
    l.date_utc,
    l.total_payload_mass_kg,
    l.success,
    p.name AS launchpad
FROM spacex.launches l
JOIN spacex.launchpads p ON p.id = l.launchpad_id
WHERE l.total_payload_mass_kg IS NOT NULL AND l.removed_at IS NULL
ORDER BY l.total_payload_mass_kg DESC, l.date_utc, l.id;
