using Npgsql;
using NpgsqlTypes;
using SpaceX.Application.Ingestion;
using SpaceX.Infrastructure.Database;
using SpaceX.Infrastructure.Persistence.Writes;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>What the API no longer serves, measured against what the run staged: launches gone, payloads missing.</summary>
internal static class Unserved
{
    /// <summary>Stored launches the run asked for that were neither staged nor quarantined, and not yet marked removed.</summary>
    /// <param name="stagedLaunches">The launches' staging table; null when the run staged none.</param>
    public static async Task<IReadOnlyList<string>> FindLaunchesAsync(
        NpgsqlConnection connection, LaunchSelection reRead, IReadOnlyCollection<string> alsoServed, string? stagedLaunches,
        CancellationToken cancellationToken)
    {
        var notStaged = stagedLaunches is null ? "" : $"AND NOT EXISTS (SELECT 1 FROM {stagedLaunches} s WHERE s.id = l.id)";
        await using var command = new NpgsqlCommand(
            $"""
            SELECT l.id FROM {TableNames.Launches} l
            WHERE l.removed_at IS NULL
              AND ((($1::timestamptz IS NULL OR l.date_utc >= $1) AND ($2::timestamptz IS NULL OR l.date_utc <= $2)) OR l.id = ANY ($3))
              AND l.id <> ALL ($4)
              {notStaged}
            ORDER BY l.id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reRead.From ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reRead.To ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = reRead.AlsoIds.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = alsoServed.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await PostgresRunLock.ReadIdsAsync(reader, cancellationToken);
    }

    /// <summary>Kept for history, marked so that reports leave them out; a launch that comes back is unmarked by its upsert.</summary>
    public static async Task MarkRemovedAsync(
        NpgsqlConnection connection, IReadOnlyList<string> launchIds, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (launchIds.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            $"UPDATE {TableNames.Launches} SET removed_at = $1, last_changed_at = $1, last_changed_run_id = $2 WHERE id = ANY ($3)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        command.Parameters.Add(new NpgsqlParameter { Value = launchIds.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The payloads staged launches list that the run did not store. Every payload listed is fetched in the same run,
    /// so such a payload was quarantined (among <paramref name="quarantined"/>) or not served at all.
    /// </summary>
    /// <param name="stagedLaunches">Where this run's launches are: their staging table, or the launches table on a first load.</param>
    /// <param name="storedPayloads">Where this run's payloads are: their staging table, or the payloads table on a first load.</param>
    public static Task<IReadOnlyList<UnstoredPayload>> FindPayloadsAsync(
        NpgsqlConnection connection, string stagedLaunches, string storedPayloads, IReadOnlyCollection<string> quarantined,
        CancellationToken cancellationToken) =>
        SqlQuery.ListAsync(
            connection,
            $"""
            SELECT l.name, l.id, listed.id, listed.id = ANY ($1)
            FROM {stagedLaunches} l CROSS JOIN LATERAL unnest(l.payload_ids) AS listed(id)
            WHERE NOT EXISTS (SELECT 1 FROM {storedPayloads} p WHERE p.id = CAST(listed.id AS char(24)))
            ORDER BY l.id, listed.id
            """,
            [new NpgsqlParameter { Value = quarantined.ToArray() }],
            reader => new UnstoredPayload(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)),
            cancellationToken);
}
