using NpgsqlTypes;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>How each table of the current state is written in bulk.</summary>
internal static class WriteTables
{
    private static readonly CopyColumn Id = new("id", "char(24)", NpgsqlDbType.Char);
    private static readonly CopyColumn ContentHash = new("content_hash", "char(64)", NpgsqlDbType.Char);
    private static readonly CopyColumn Raw = new("raw", "jsonb", NpgsqlDbType.Jsonb);
    private static readonly CopyColumn Name = new("name", "text", NpgsqlDbType.Text);
    private const string HashChanged = "t.content_hash IS DISTINCT FROM excluded.content_hash";

    public static readonly StagedUpsert<Staged<Launch>> Launches = new(
        TableNames.Launches,
        [
            Id,
            new("flight_number", "integer", NpgsqlDbType.Integer),
            Name,
            new("date_utc", "timestamptz", NpgsqlDbType.TimestampTz),
            new("date_precision", "varchar(8)", NpgsqlDbType.Varchar),
            new("upcoming", "boolean", NpgsqlDbType.Boolean),
            new("success", "boolean", NpgsqlDbType.Boolean),
            new("static_fire_date_utc", "timestamptz", NpgsqlDbType.TimestampTz),
            new("launchpad_id", "char(24)", NpgsqlDbType.Char),
            new("rocket_id", "char(24)", NpgsqlDbType.Char),
            new("payload_ids", "text[]", NpgsqlDbType.Array | NpgsqlDbType.Text),
            ContentHash,
        ],
        s => [
            s.Record.Id, s.Record.FlightNumber, s.Record.Name, s.Record.DateUtc, s.Record.DatePrecision, s.Record.Upcoming,
            s.Record.Success, s.Record.StaticFireDateUtc, s.Record.LaunchpadId, s.Record.RocketId, s.Record.PayloadIds.ToArray(),
            s.Raw.ContentHash,
        ],
        // The total mass comes from the payloads: it changes when a payload is corrected, even if the launch is not.
        // A launch marked removed that the API serves again is unmarked.
        $"{HashChanged} OR t.total_payload_mass_kg IS DISTINCT FROM excluded.total_payload_mass_kg OR t.removed_at IS NOT NULL",
        Derived: [
            (new("total_payload_mass_kg", $"numeric({StorageLimits.TotalMassPrecision},{StorageLimits.MassScale})", NpgsqlDbType.Numeric), TotalPayloadMass),
            (new("removed_at", "timestamptz", NpgsqlDbType.TimestampTz), "CAST(NULL AS timestamptz)"),
        ],
        TracksRuns: true);

    /// <summary>
    /// The sum of the known masses of the payloads a launch lists, as stored once this run's payloads are written;
    /// null (never 0) when no mass is known. The cast lets the payloads' primary key serve the lookup. A first load
    /// computes the same from <see cref="PayloadMasses"/>.
    /// </summary>
    private const string TotalPayloadMass =
        $"(SELECT sum(p.mass_kg) FROM {TableNames.Payloads} p WHERE p.id = ANY (s.payload_ids::char(24)[]))";

    public static readonly StagedUpsert<Staged<Payload>> Payloads = new(
        TableNames.Payloads,
        [
            Id, Name, new("type", "text", NpgsqlDbType.Text), new("mass_kg", $"numeric({StorageLimits.MassPrecision},{StorageLimits.MassScale})", NpgsqlDbType.Numeric),
            new("orbit", "text", NpgsqlDbType.Text), new("launch_id", "char(24)", NpgsqlDbType.Char), ContentHash, Raw,
        ],
        s => [s.Record.Id, s.Record.Name, s.Record.Type, s.Record.MassKg, s.Record.Orbit, s.Record.LaunchId, s.Raw.ContentHash, s.Raw.Utf8],
        HashChanged);

    public static readonly StagedUpsert<Staged<Launchpad>> Launchpads = new(
        TableNames.Launchpads,
        [
            Id, Name, new("full_name", "text", NpgsqlDbType.Text), new("locality", "text", NpgsqlDbType.Text),
            new("region", "text", NpgsqlDbType.Text), new("status", "text", NpgsqlDbType.Text), ContentHash, Raw,
        ],
        s => [s.Record.Id, s.Record.Name, s.Record.FullName, s.Record.Locality, s.Record.Region, s.Record.Status, s.Raw.ContentHash, s.Raw.Utf8],
        HashChanged);

    public static readonly StagedUpsert<Staged<Landpad>> Landpads = new(
        TableNames.Landpads,
        [
            Id, Name, new("full_name", "text", NpgsqlDbType.Text), new("type", "text", NpgsqlDbType.Text), new("status", "text", NpgsqlDbType.Text),
            new("locality", "text", NpgsqlDbType.Text), new("region", "text", NpgsqlDbType.Text),
            new("landing_attempts", "integer", NpgsqlDbType.Integer), new("landing_successes", "integer", NpgsqlDbType.Integer), ContentHash, Raw,
        ],
        s => [
            s.Record.Id, s.Record.Name, s.Record.FullName, s.Record.Type, s.Record.Status, s.Record.Locality, s.Record.Region,
            s.Record.LandingAttempts, s.Record.LandingSuccesses, s.Raw.ContentHash, s.Raw.Utf8,
        ],
        HashChanged);

    private static readonly CopyColumn[] CoreColumns =
    [
        new("launch_id", "char(24)", NpgsqlDbType.Char), new("position", "integer", NpgsqlDbType.Integer),
        new("core_id", "char(24)", NpgsqlDbType.Char), new("flight", "integer", NpgsqlDbType.Integer),
        new("reused", "boolean", NpgsqlDbType.Boolean), new("gridfins", "boolean", NpgsqlDbType.Boolean), new("legs", "boolean", NpgsqlDbType.Boolean),
        new("landing_attempt", "boolean", NpgsqlDbType.Boolean), new("landing_success", "boolean", NpgsqlDbType.Boolean),
        new("landing_type", "text", NpgsqlDbType.Text), new("landpad_id", "char(24)", NpgsqlDbType.Char),
    ];

    /// <summary>A launch's cores, keyed by the launch and their place; written after the launches (they belong to them).</summary>
    public static readonly StagedUpsert<(string LaunchId, Core Core)> LaunchCores = new(
        TableNames.LaunchCores,
        CoreColumns,
        s => [
            s.LaunchId, s.Core.Position, s.Core.CoreId, s.Core.Flight, s.Core.Reused, s.Core.Gridfins, s.Core.Legs,
            s.Core.LandingAttempt, s.Core.LandingSuccess, s.Core.LandingType, s.Core.LandpadId,
        ],
        $"({string.Join(", ", CoreColumns.Skip(2).Select(c => $"t.{c.Name}"))}) IS DISTINCT FROM ({string.Join(", ", CoreColumns.Skip(2).Select(c => $"excluded.{c.Name}"))})",
        Key: ["launch_id", "position"]);

    /// <summary>Every stored launch's total mass summed again: after a first load whose payloads came after its launches.</summary>
    public const string SumLaunchMassesSql =
        $"UPDATE {TableNames.Launches} s SET total_payload_mass_kg = {TotalPayloadMass} WHERE cardinality(s.payload_ids) > 0";

    /// <summary>A launch's values for the <see cref="Launches"/>' derived columns when it is copied straight in.</summary>
    public static object?[] DerivedLaunchValues(Launch launch, PayloadMasses masses) => [masses.TotalOf(launch), null];

    /// <summary>The cores a staged launch no longer lists (a launch served with fewer cores than stored): its cores are replaced.</summary>
    public static readonly string DeleteUnlistedCoresSql =
        $"DELETE FROM {TableNames.LaunchCores} c USING {Launches.StagingTable} s WHERE c.launch_id = s.id " +
        $"AND NOT EXISTS (SELECT 1 FROM {LaunchCores.StagingTable} k WHERE k.launch_id = c.launch_id AND k.position = c.position)";

    public static readonly StagedUpsert<Staged<Rocket>> Rockets = new(
        TableNames.Rockets,
        [Id, Name, new("type", "text", NpgsqlDbType.Text), new("active", "boolean", NpgsqlDbType.Boolean), ContentHash, Raw],
        s => [s.Record.Id, s.Record.Name, s.Record.Type, s.Record.Active, s.Raw.ContentHash, s.Raw.Utf8],
        HashChanged);

    private static readonly IReadOnlyList<CopyColumn> QuarantineColumns =
    [
        new("run_id", "uuid", NpgsqlDbType.Uuid),
        new("entity", "varchar(16)", NpgsqlDbType.Varchar),
        new("record_id", "text", NpgsqlDbType.Text),
        new("reasons", "text[]", NpgsqlDbType.Array | NpgsqlDbType.Text),
        new("raw", "jsonb", NpgsqlDbType.Jsonb),
        new("quarantined_at", "timestamptz", NpgsqlDbType.TimestampTz),
    ];

    public static CopyTarget<QuarantinedRecord> Quarantine(Guid runId, DateTimeOffset now) => new(
        TableNames.QuarantinedRecords, QuarantineColumns,
        record => [runId, record.Kind.Name(), record.RecordId, record.Reasons.ToArray(), record.RawJson, now]);
}
