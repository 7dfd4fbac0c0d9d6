-- First-stage landings: per launch year (UTC), over launches that flew, each core (a Falcon Heavy flies three):
-- landing attempts, successes, failures, attempts whose outcome the API never recorded, the success rate in
-- percent over attempts with a known outcome, and attempts and successes per landing type (ASDS: a drone ship,
-- RTLS: back at the launch site, Ocean: a controlled splashdown). Launches no longer served are left out.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    l.launch_year AS year,
    count(*) FILTER (WHERE c.landing_attempt) AS attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_success) AS successes,
    count(*) FILTER (WHERE c.landing_attempt AND NOT c.landing_success) AS failures,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_success IS NULL) AS unknown_outcome,
    CAST(100 * CAST(count(*) FILTER (WHERE c.landing_attempt AND c.landing_success) AS decimal(20, 6))
        / nullif(count(*) FILTER (WHERE c.landing_attempt AND c.landing_success IS NOT NULL), 0) AS decimal(5, 2)) AS success_rate,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'ASDS') AS asds_attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'ASDS' AND c.landing_success) AS asds_successes,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'RTLS') AS rtls_attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'RTLS' AND c.landing_success) AS rtls_successes,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'Ocean') AS ocean_attempts,
    count(*) FILTER (WHERE c.landing_attempt AND c.landing_type = 'Ocean' AND c.landing_success) AS ocean_successes
FROM spacex.launches l
JOIN spacex.launch_cores c ON c.launch_id = l.id
WHERE l.removed_at IS NULL AND NOT l.upcoming
GROUP BY l.launch_year
ORDER BY year;
