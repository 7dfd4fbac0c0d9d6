using Npgsql;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Ingestion;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>The schema fingerprints in <c>source_fields</c>, one row per kind of record.</summary>
internal static class FingerprintRows
{
    public const string ReadSql = $"SELECT entity, fields, required_fields, field_types FROM {TableNames.SourceFields}";

    public static async Task SaveAsync(
        NpgsqlConnection connection, IReadOnlyDictionary<RecordKind, SchemaFingerprint> fingerprints, Guid runId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var (kind, fingerprint) in fingerprints)
        {
            await using var command = new NpgsqlCommand(
                $"""
                INSERT INTO {TableNames.SourceFields} (entity, fields, required_fields, field_types, run_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (entity) DO UPDATE SET fields = excluded.fields, required_fields = excluded.required_fields,
                    field_types = excluded.field_types, run_id = excluded.run_id, updated_at = excluded.updated_at
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = kind.Name() });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Known.Order(StringComparer.Ordinal).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Required.Order(StringComparer.Ordinal).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Types?.Order(StringComparer.Ordinal).ToArray() ?? [] });
            command.Parameters.Add(new NpgsqlParameter { Value = runId });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Reads the stored fingerprints from the current result of <paramref name="reader"/> (<see cref="ReadSql"/>).</summary>
    public static async Task<Dictionary<RecordKind, SchemaFingerprint>> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var fingerprints = new Dictionary<RecordKind, SchemaFingerprint>();
        while (await reader.ReadAsync(cancellationToken))
        {
            fingerprints[RecordKinds.Parse(reader.GetString(0))] = new SchemaFingerprint(
                reader.GetFieldValue<string[]>(1).ToHashSet(), reader.GetFieldValue<string[]>(2).ToHashSet(),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<string[]>(3).ToHashSet());
        }

        return fingerprints;
    }
}
