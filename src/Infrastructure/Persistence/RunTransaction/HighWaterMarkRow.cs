using Npgsql;
using NpgsqlTypes;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>The high-water mark's row in <c>ingestion_state</c>, and the newest flown launch it may move to.</summary>
internal static class HighWaterMarkRow
{
    /// <summary>The row's key: the state of the launches feed.</summary>
    public const string Source = "launches";

    public static string ReadSql => $"SELECT high_water_mark FROM {TableNames.IngestionState} WHERE source = '{Source}'";

    /// <summary>The newest date of a stored launch that has flown, no later than <paramref name="now"/>.</summary>
    public static async Task<DateTimeOffset?> NewestFlownLaunchAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT max(date_utc) FROM {TableNames.Launches} WHERE NOT upcoming AND date_utc <= $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime newest ? new DateTimeOffset(newest, TimeSpan.Zero) : null;
    }

    public static async Task SaveAsync(NpgsqlConnection connection, DateTimeOffset? mark, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {TableNames.IngestionState} (source, high_water_mark, last_run_id, updated_at) VALUES ('{Source}', $1, $2, $3)
            ON CONFLICT (source) DO UPDATE SET high_water_mark = excluded.high_water_mark,
                last_run_id = excluded.last_run_id, updated_at = excluded.updated_at
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)mark ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
