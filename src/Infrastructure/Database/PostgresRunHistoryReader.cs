using SpaceX.Domain;
using SpaceX.Domain.Ingestion;
using Npgsql;
using System.Text.Json;
using NpgsqlTypes;
using SpaceX.Application.Runs;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Database;

public sealed class PostgresRunHistoryReader(PostgresDatabase postgres) : IRunHistoryReader
{
    private const string RunColumns =
        $"""
        SELECT id, mode, status, started_at, finished_at, extract(EPOCH FROM finished_at - started_at)::double precision,
               fetched, inserted, updated, unchanged, quarantined, related_quarantined, raw_versions_added, http_requests,
               high_water_mark, warnings, error, steps::text, drift
        FROM {TableNames.IngestionRuns}
        """;

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await (await postgres.DataSourceAsync(cancellationToken)).OpenConnectionAsync(cancellationToken);
        return await ListRunsAsync(connection, limit, cancellationToken);
    }

    /// <summary>The newest runs, on a connection of the caller's.</summary>
    internal static Task<IReadOnlyList<RunRecord>> ListRunsAsync(NpgsqlConnection connection, int limit, CancellationToken cancellationToken) =>
        SqlQuery.ListAsync(connection, $"{RunColumns} ORDER BY started_at DESC LIMIT $1", [new() { Value = limit }], ReadRun, cancellationToken);

    public async Task<RunRecord?> FindRunAsync(Guid runId, CancellationToken cancellationToken) =>
        (await QueryAsync($"{RunColumns} WHERE id = $1", [new() { Value = runId }], ReadRun, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(Guid? runId, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"""
            SELECT run_id, quarantined_at, entity, record_id, array_to_string(reasons, '; ')
            FROM {TableNames.QuarantinedRecords} WHERE $1::uuid IS NULL OR run_id = $1
            ORDER BY quarantined_at DESC, id LIMIT $2
            """,
            [new() { Value = (object?)runId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid }, new() { Value = limit }],
            r => new QuarantineEntry(
                r.GetGuid(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4)),
            cancellationToken);

    private static RunRecord ReadRun(NpgsqlDataReader r) => new(
        r.GetGuid(0), Notation.Parse<IngestionMode>(r.GetString(1)), Notation.Parse<RunStatus>(r.GetString(2)), r.GetFieldValue<DateTimeOffset>(3),
        r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4), r.IsDBNull(5) ? null : Math.Round(r.GetDouble(5), 3),
        r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(13),
        r.IsDBNull(14) ? null : r.GetFieldValue<DateTimeOffset>(14), r.GetFieldValue<string[]>(15), r.IsDBNull(16) ? null : r.GetString(16),
        r.IsDBNull(17) ? [] : JsonSerializer.Deserialize(r.GetString(17), StepsJson.Default.IReadOnlyListStepDuration) ?? [],
        r.GetFieldValue<string[]>(18));

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        await SqlQuery.ListAsync(await postgres.DataSourceAsync(cancellationToken), sql, parameters, read, cancellationToken);
}
