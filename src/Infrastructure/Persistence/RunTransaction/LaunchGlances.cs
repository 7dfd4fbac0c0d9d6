using Npgsql;
using SpaceX.Application.Ingestion;
using SpaceX.Infrastructure.Database;
using SpaceX.Infrastructure.SpaceXApi;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>
/// The hash each launch had when last observed at a glance (<c>launches.observed_hash</c>), to tell an incremental run
/// whether it must fetch anything at all; and the stale upcoming launches a run that fetched nothing still reports.
/// </summary>
internal static class LaunchGlances
{
    /// <summary>
    /// Observed launches with no id, not stored, marked removed, or stored with another observed hash. A launch stored
    /// by a run that did not glance (a first load, a full refresh) has none yet: it is compared with the hash the
    /// database takes of it as the glance would see it, put together from the stored documents (<see cref="GlanceShape"/>).
    /// </summary>
    public static Task<IReadOnlyList<GlancedLaunch>> FindChangedAsync(
        NpgsqlConnection connection, IReadOnlyList<GlancedLaunch> observed, CancellationToken cancellationToken) =>
        SqlQuery.ListAsync(
            connection,
            $"""
            SELECT o.id, o.observed_hash FROM unnest($1::text[], $2::text[]) AS o(id, observed_hash)
            LEFT JOIN {TableNames.Launches} l ON l.id = o.id
            WHERE o.id IS NULL OR l.id IS NULL OR l.removed_at IS NOT NULL OR o.observed_hash IS DISTINCT FROM coalesce(l.observed_hash, (
                SELECT {GlanceShape.HashSql("r.payload")} FROM {TableNames.RawLaunches} r WHERE r.launch_id = l.id AND r.content_hash = l.content_hash))
            """,
            [
                new NpgsqlParameter { Value = observed.Select(o => (object?)o.Id ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text },
                new NpgsqlParameter { Value = observed.Select(o => o.ObservedHash).ToArray() },
            ],
            reader => new GlancedLaunch(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1)),
            cancellationToken);

    public static async Task SaveAsync(NpgsqlConnection connection, IReadOnlyList<GlancedLaunch> observed, CancellationToken cancellationToken)
    {
        var known = observed.Where(o => o.Id is not null).ToList();
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE {TableNames.Launches} l SET observed_hash = o.observed_hash
            FROM unnest($1::text[], $2::text[]) AS o(id, observed_hash)
            WHERE l.id = o.id AND l.observed_hash IS DISTINCT FROM o.observed_hash
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = known.Select(o => o.Id!).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = known.Select(o => o.ObservedHash).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Task<IReadOnlyList<StaleUpcoming>> FindStaleUpcomingAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string> launchIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        SqlQuery.ListAsync(
            connection,
            $"SELECT name, date_utc FROM {TableNames.Launches} WHERE id = ANY ($1) AND upcoming AND date_utc < $2 AND removed_at IS NULL",
            [new NpgsqlParameter { Value = launchIds.ToArray() }, new NpgsqlParameter { Value = now }],
            reader => new StaleUpcoming(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)),
            cancellationToken);
}
