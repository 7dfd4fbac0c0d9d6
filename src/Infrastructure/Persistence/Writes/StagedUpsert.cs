using Npgsql;
using NpgsqlTypes;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// Writes the current state of one table in bulk: binary COPY into a temporary staging table (as often as records
/// arrive), then one <c>INSERT … ON CONFLICT (key) DO UPDATE … WHERE changed</c>. Rows whose content did not change
/// are not touched, so their <c>last_changed_at</c> stays and they count as unchanged.
/// </summary>
/// <param name="Table">The table (<see cref="TableNames"/>); its staging table is <c>stage_</c> and its bare name.</param>
/// <param name="Columns">Staged columns, the key's first.</param>
/// <param name="Key">The columns of the table's primary key (a launch's <c>id</c>; a child row's parent and position).</param>
/// <param name="ChangedWhen">SQL over <c>t</c> (stored) and <c>excluded</c> (incoming) that says a row changed.</param>
/// <param name="Derived">Stored columns computed in SQL from the staged row <c>s</c>: (column, expression).</param>
/// <param name="TracksRuns">Whether the table has first_seen_run_id / last_changed_run_id.</param>
public sealed record StagedUpsert<T>(
    string Table, IReadOnlyList<CopyColumn> Columns, Func<T, object?[]> Values, string ChangedWhen,
    IReadOnlyList<(CopyColumn Column, string Sql)>? Derived = null, bool TracksRuns = false, IReadOnlyList<string>? Key = null)
{
    private IReadOnlyList<string> KeyColumns => Key ?? ["id"];

    private static readonly CopyColumn FirstSeenAt = new("first_seen_at", "timestamptz", NpgsqlDbType.TimestampTz);
    private static readonly CopyColumn LastChangedAt = new("last_changed_at", "timestamptz", NpgsqlDbType.TimestampTz);

    public string StagingTable => $"stage_{TableNames.Bare(Table)}";

    public string CreateStagingSql => TempTables.CreateSql(StagingTable, Columns);

    /// <summary>When a row was first seen and last changed (and by which run, where the table tracks runs).</summary>
    private IReadOnlyList<CopyColumn> AuditColumns => TracksRuns
        ? [FirstSeenAt, LastChangedAt, new("first_seen_run_id", "uuid", NpgsqlDbType.Uuid), new("last_changed_run_id", "uuid", NpgsqlDbType.Uuid)]
        : [FirstSeenAt, LastChangedAt];

    /// <summary>Rows copied into the staging table.</summary>
    public CopyTarget<T> Staging => new(StagingTable, Columns, Values);

    /// <summary>
    /// Rows copied into an empty table (a first load) straight: no staging, no conflict to look for. The audit columns
    /// are set as an insert by <see cref="UpsertAsync"/> sets them; the derived columns, by <paramref name="derived"/>,
    /// which must give what the upsert's SQL would (one value per <see cref="Derived"/> column, in its order).
    /// </summary>
    public CopyTarget<T> IntoTable(Guid runId, DateTimeOffset now, Func<T, object?[]>? derived = null)
    {
        var derivedColumns = Derived?.Select(d => d.Column).ToList() ?? [];
        if (derivedColumns.Count > 0 && derived is null)
        {
            throw new InvalidOperationException($"{Table} has derived columns: a copy straight into it must give their values.");
        }

        object[] auditValues = TracksRuns ? [now, now, runId, runId] : [now, now];
        return new(Table, [.. Columns, .. derivedColumns, .. AuditColumns], row => [.. Values(row), .. derived?.Invoke(row) ?? [], .. auditValues]);
    }

    /// <summary>Upserts everything staged; returns how many rows were inserted and how many updated.</summary>
    public async Task<(int Inserted, int Updated)> UpsertAsync(
        NpgsqlConnection connection, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(UpsertSql(), connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        if (TracksRuns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = runId });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    private string UpsertSql()
    {
        var stored = Columns.Select(c => c.Name).ToList();
        var derived = Derived ?? [];
        var columns = stored.Concat(derived.Select(d => d.Column.Name)).ToList();
        var values = stored.Select(c => $"s.{c}").Concat(derived.Select(d => d.Sql));
        var audit = string.Concat(AuditColumns.Select(c => $", {c.Name}"));
        var auditValues = TracksRuns ? ", $1, $1, $2, $2" : ", $1, $1";
        var updates = columns.Except(KeyColumns).Select(c => $"{c} = excluded.{c}")
            .Append("last_changed_at = excluded.last_changed_at")
            .Concat(TracksRuns ? ["last_changed_run_id = excluded.last_changed_run_id"] : []);
        return $"""
            WITH written AS (
                INSERT INTO {Table} AS t ({string.Join(", ", columns)}{audit})
                SELECT {string.Join(", ", values)}{auditValues} FROM {StagingTable} s
                ON CONFLICT ({string.Join(", ", KeyColumns)}) DO UPDATE SET {string.Join(", ", updates)}
                WHERE {ChangedWhen}
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written
            """;
    }
}
