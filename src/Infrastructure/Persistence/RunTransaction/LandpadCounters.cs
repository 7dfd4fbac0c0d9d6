using Npgsql;
using SpaceX.Application.Ingestion;

namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>A landing pad's own counters against what the cores of the launches that name it say.</summary>
internal static class LandpadCounters
{
    /// <summary>The pads written at <paramref name="now"/> (new or changed in this run) whose counters disagree.</summary>
    public static Task<IReadOnlyList<LandpadCount>> FindDisagreementsAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken) =>
        Database.SqlQuery.ListAsync(
            connection,
            $"""
             SELECT p.name, p.landing_attempts, p.landing_successes,
                 count(c.launch_id), count(c.launch_id) FILTER (WHERE c.landing_success)
             FROM {TableNames.Landpads} p
             LEFT JOIN {TableNames.LaunchCores} c ON c.landpad_id = p.id AND c.landing_attempt
                 AND EXISTS (SELECT 1 FROM {TableNames.Launches} l WHERE l.id = c.launch_id AND l.removed_at IS NULL AND NOT l.upcoming)
             WHERE p.last_changed_at = $1
             GROUP BY p.id, p.name, p.landing_attempts, p.landing_successes
             HAVING p.landing_attempts IS DISTINCT FROM count(c.launch_id)
                 OR p.landing_successes IS DISTINCT FROM count(c.launch_id) FILTER (WHERE c.landing_success)
             ORDER BY p.name
             """,
            [new NpgsqlParameter { Value = now }],
            r => new LandpadCount(
                r.GetString(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetInt64(3), r.GetInt64(4)),
            cancellationToken);
}
