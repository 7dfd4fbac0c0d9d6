namespace SpaceX.Infrastructure.Persistence;

/// <summary>
/// The schema's one home in C#: its name, and each table's name as SQL writes it (<c>spacex.launches</c>). The EF
/// configurations take the bare name (<see cref="Bare"/>); the files in <c>sql/</c> spell it out, as analysts and Trino read them.
/// </summary>
public static class TableNames
{
    public const string Schema = "spacex";

    /// <summary>EF Core's history of applied migrations (unqualified: EF Core takes the schema apart).</summary>
    public const string MigrationsHistory = "__ef_migrations_history";

    public const string Launches = $"{Schema}.launches";
    public const string RawLaunches = $"{Schema}.raw_launches";
    public const string Payloads = $"{Schema}.payloads";
    public const string Launchpads = $"{Schema}.launchpads";
    public const string Rockets = $"{Schema}.rockets";
    public const string Landpads = $"{Schema}.landpads";
    public const string LaunchCores = $"{Schema}.launch_cores";
    public const string IngestionState = $"{Schema}.ingestion_state";
    public const string IngestionRuns = $"{Schema}.ingestion_runs";
    public const string QuarantinedRecords = $"{Schema}.quarantined_records";
    public const string LaunchAggregations = $"{Schema}.launch_aggregations";
    public const string SourceFields = $"{Schema}.source_fields";

    /// <summary>Every table, in the order <c>status</c> lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Launches, LaunchCores, RawLaunches, Payloads, Launchpads, Rockets, Landpads, IngestionState, IngestionRuns, QuarantinedRecords, LaunchAggregations, SourceFields,
    ];

    /// <summary><c>spacex.launches</c> is <c>launches</c>.</summary>
    public static string Bare(string table) => table[(Schema.Length + 1)..];
}
