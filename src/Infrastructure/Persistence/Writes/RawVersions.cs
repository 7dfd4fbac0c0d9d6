using Npgsql;
using NpgsqlTypes;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Launches;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// The raw JSON of each launch in <c>raw_launches</c>, one row per distinct version: staged, then inserted with
/// <c>ON CONFLICT (launch_id, content_hash) DO NOTHING</c> so that a version already kept adds nothing, or, into an
/// empty table, copied straight in.
/// </summary>
internal static class RawVersions
{
    public const string StagingTable = "stage_raw_launches";

    private static readonly CopyColumn LaunchId = new("launch_id", "char(24)", NpgsqlDbType.Char);
    private static readonly CopyColumn ContentHash = new("content_hash", "char(64)", NpgsqlDbType.Char);
    private static readonly CopyColumn Payload = new("payload", "jsonb", NpgsqlDbType.Jsonb);
    private static readonly IReadOnlyList<CopyColumn> StagedColumns = [LaunchId, ContentHash, Payload];
    private static readonly IReadOnlyList<CopyColumn> StoredColumns =
        [LaunchId, ContentHash, Payload, new("run_id", "uuid", NpgsqlDbType.Uuid), new("ingested_at", "timestamptz", NpgsqlDbType.TimestampTz)];

    public static string CreateStagingSql => TempTables.CreateSql(StagingTable, StagedColumns);

    public static readonly CopyTarget<Staged<Launch>> Staging = new(StagingTable, StagedColumns, s => [s.Record.Id, s.Raw.ContentHash, s.Raw.Utf8]);

    public static CopyTarget<Staged<Launch>> IntoTable(Guid runId, DateTimeOffset now) =>
        new(TableNames.RawLaunches, StoredColumns, s => [s.Record.Id, s.Raw.ContentHash, s.Raw.Utf8, runId, now]);

    /// <summary>Inserts the staged versions not kept yet; returns how many.</summary>
    public static async Task<int> InsertStagedAsync(NpgsqlConnection connection, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {TableNames.RawLaunches} (launch_id, content_hash, payload, run_id, ingested_at)
            SELECT launch_id, content_hash, payload, $1, $2 FROM {StagingTable}
            ON CONFLICT (launch_id, content_hash) DO NOTHING
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
