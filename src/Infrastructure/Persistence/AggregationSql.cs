using SpaceX.Domain;
using Npgsql;
using SpaceX.Domain.Aggregations;
using SpaceX.Infrastructure.Database;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>
/// The aggregation snapshot, recomputed from the current state with one set-based statement (never counters),
/// and appended to the <c>launch_aggregations</c> time series. Its definitions are the reports' (sql/analytics):
/// success rate over flown launches with a known outcome, mass averages over launches whose mass is known,
/// static-fire delays over flown launches whose static fire came first; earliest, latest and sites used over
/// launches that have flown.
/// </summary>
public static class AggregationSql
{
    private static readonly string Insert = EmbeddedSql.Load("aggregations/recompute.sql");

    public static async Task<AggregationSnapshot> RecomputeAsync(
        NpgsqlConnection connection, SnapshotType type, Guid? runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Insert, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = Notation.Of(type) });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)runId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Read(reader);
    }

    public static AggregationSnapshot Read(NpgsqlDataReader reader) => new()
    {
        ComputedAt = reader.GetFieldValue<DateTimeOffset>(0),
        SnapshotType = Notation.Parse<SnapshotType>(reader.GetString(1)),
        RunId = reader.IsDBNull(2) ? null : reader.GetGuid(2),
        TotalLaunches = reader.GetInt32(3),
        SuccessfulLaunches = reader.GetInt32(4),
        FailedLaunches = reader.GetInt32(5),
        UpcomingLaunches = reader.GetInt32(6),
        SuccessRate = Nullable<decimal>(reader, 7),
        AvgPayloadMassKg = Nullable<decimal>(reader, 8),
        AvgStaticFireDelayHours = Nullable<decimal>(reader, 9),
        MaxStaticFireDelayHours = Nullable<decimal>(reader, 10),
        EarliestLaunchUtc = Nullable<DateTimeOffset>(reader, 11),
        LatestLaunchUtc = Nullable<DateTimeOffset>(reader, 12),
        LaunchSitesUsed = reader.GetInt32(13),
        LandingAttempts = Nullable<int>(reader, 14),
        LandingSuccesses = Nullable<int>(reader, 15),
    };

    private static T? Nullable<T>(NpgsqlDataReader reader, int ordinal) where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}
