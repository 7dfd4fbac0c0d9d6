using Npgsql;
using SpaceX.Application.Ingestion;

namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>
/// The hash each launch had when last observed at a glance (<c>launches.observed_hash</c>), to tell an incremental run
/// whether it must fetch anything at all; and the stale upcoming launches a run that fetched nothing still reports.
/// </summary>
internal static class ObservedLaunches
{
    /// <summary>Observed launches with no id, not stored, marked removed, or stored with another (or no) observed hash.</summary>
    public static async Task<IReadOnlyList<ObservedLaunch>> FindChangedAsync(
        NpgsqlConnection connection, IReadOnlyList<ObservedLaunch> observed, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT o.id, o.observed_hash FROM unnest($1::text[], $2::text[]) AS o(id, observed_hash)
            LEFT JOIN spacex.launches l ON l.id = o.id
            WHERE o.id IS NULL OR l.id IS NULL OR l.removed_at IS NOT NULL OR l.observed_hash IS DISTINCT FROM o.observed_hash
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = observed.Select(o => (object?)o.Id ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = observed.Select(o => o.ObservedHash).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changed = new List<ObservedLaunch>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(new ObservedLaunch(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1)));
        }

        return changed;
    }

    public static async Task SaveAsync(NpgsqlConnection connection, IReadOnlyList<ObservedLaunch> observed, CancellationToken cancellationToken)
    {
        var known = observed.Where(o => o.Id is not null).ToList();
        await using var command = new NpgsqlCommand(
            """
            UPDATE spacex.launches l SET observed_hash = o.observed_hash
            FROM unnest($1::text[], $2::text[]) AS o(id, observed_hash)
            WHERE l.id = o.id AND l.observed_hash IS DISTINCT FROM o.observed_hash
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = known.Select(o => o.Id!).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = known.Select(o => o.ObservedHash).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<StaleUpcoming>> FindStaleUpcomingAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string> launchIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT name, date_utc FROM spacex.launches WHERE id = ANY ($1) AND upcoming AND date_utc < $2 AND removed_at IS NULL", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = launchIds.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stale = new List<StaleUpcoming>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stale.Add(new StaleUpcoming(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }

        return stale;
    }
}
