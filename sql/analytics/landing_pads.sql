-- Landing pads: per pad, its attempts and successes counted from the cores of the launches that flew (never from
-- the pad's own counters), the success rate over attempts with a known outcome, and its first and last landing.
-- The pad's own counters (pad_landing_attempts, pad_landing_successes) stand beside them: the API keeps those
-- apart, and for one pad (OCISLY) they lag. A pad the cores name that is not stored shows as 'unknown'.
-- PostgreSQL and Trino alike (Trino: catalog postgresql).
SELECT
    coalesce(p.id, s.landpad_id) AS landpad_id,
    coalesce(p.name, 'unknown') AS landpad,
    p.full_name,
    p.type,
    p.status,
    coalesce(s.attempts, 0) AS attempts,
    coalesce(s.successes, 0) AS successes,
    CAST(100 * CAST(s.successes AS decimal(20, 6)) / nullif(s.known_outcomes, 0) AS decimal(5, 2)) AS success_rate,
    s.first_landing,
    s.last_landing,
    p.landing_attempts AS pad_landing_attempts,
    p.landing_successes AS pad_landing_successes
FROM spacex.landpads p
FULL JOIN (
    SELECT
        c.landpad_id,
        count(*) FILTER (WHERE c.landing_attempt) AS attempts,
        count(*) FILTER (WHERE c.landing_attempt AND c.landing_success) AS successes,
        count(*) FILTER (WHERE c.landing_attempt AND c.landing_success IS NOT NULL) AS known_outcomes,
        min(l.date_utc) FILTER (WHERE c.landing_attempt AND c.landing_success) AS first_landing,
        max(l.date_utc) FILTER (WHERE c.landing_attempt AND c.landing_success) AS last_landing
    FROM spacex.launch_cores c
    JOIN spacex.launches l ON l.id = c.launch_id
    WHERE l.removed_at IS NULL AND NOT l.upcoming AND c.landpad_id IS NOT NULL
    GROUP BY c.landpad_id
) s ON s.landpad_id = p.id
ORDER BY attempts DESC, landpad;
