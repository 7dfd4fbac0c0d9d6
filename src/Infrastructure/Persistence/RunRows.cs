using SpaceX.Domain;
using System.Text.Json;
using Npgsql;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Ingestion;
using SpaceX.Infrastructure.Database;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>The <c>ingestion_runs</c> row of a run: inserted when it starts, updated when it ends.</summary>
internal static class RunRows
{
    /// <summary>The newest successful run (<see cref="RunStatuses.IsSuccess"/>), found through the index on the runs' start (runs never overlap).</summary>
    public static readonly string LastSuccessfulSql =
        $"SELECT id, finished_at FROM {TableNames.Schema}.ingestion_runs WHERE status IN (" +
        string.Join(", ", Enum.GetValues<RunStatus>().Where(s => s.IsSuccess()).Select(s => $"'{Notation.Of(s)}'")) +
        ") ORDER BY started_at DESC LIMIT 1";

    public static async Task InsertAsync(NpgsqlConnection connection, IngestionRun run, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {TableNames.IngestionRuns} (id, mode, status, started_at, fetched, inserted, updated, unchanged, quarantined,
                related_quarantined, raw_versions_added, http_requests)
            VALUES ($1, $2, $3, $4, 0, 0, 0, 0, 0, 0, 0, 0)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = run.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = Notation.Of(run.Mode) });
        command.Parameters.Add(new NpgsqlParameter { Value = Notation.Of(run.Status) });
        command.Parameters.Add(new NpgsqlParameter { Value = run.StartedAt });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task UpdateAsync(
        NpgsqlConnection connection, IngestionRun run, RunNotes notes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE {TableNames.IngestionRuns} SET status = $2, finished_at = $3, fetched = $4, inserted = $5, updated = $6,
                unchanged = $7, quarantined = $8, related_quarantined = $9, raw_versions_added = $10, http_requests = $11,
                high_water_mark = $12, error = $13, warnings = $14, drift = $15, steps = $16::jsonb
            WHERE id = $1
            """, connection);
        object?[] values =
        [
            run.Id, Notation.Of(run.Status), run.FinishedAt, run.Counts.Fetched, run.Counts.Inserted, run.Counts.Updated,
            run.Counts.Unchanged, run.Counts.Quarantined, run.Counts.RelatedQuarantined, run.Counts.RawVersionsAdded,
            run.HttpRequests, run.HighWaterMark, run.Error, notes.Warnings.ToArray(), notes.Drift.ToArray(),
            JsonSerializer.Serialize(notes.Steps, StepsJson.Default.IReadOnlyListStepDuration),
        ];
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
