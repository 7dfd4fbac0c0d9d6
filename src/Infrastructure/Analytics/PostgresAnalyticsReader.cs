using SpaceX.Domain;
using Npgsql;
using NpgsqlTypes;
using SpaceX.Application.Analytics;
using SpaceX.Infrastructure.Database;
using SpaceX.Domain.Aggregations;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Analytics;

/// <summary>
/// Runs the report files as they are, wrapped where the CLI filters or limits them; the filters are always
/// parameters, never text.
/// </summary>
public sealed class PostgresAnalyticsReader(PostgresDatabase database) : IAnalyticsReader
{
    private const string ByYears = "WHERE ($1::integer IS NULL OR year >= $1) AND ($2::integer IS NULL OR year <= $2) ORDER BY year";

    public Task<IReadOnlyList<YearPerformance>> LaunchPerformanceAsync(YearRange years, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT * FROM ({AnalyticsSql.Load(AnalyticsSql.LaunchPerformance)}) report {ByYears}",
            YearParameters(years),
            r => new YearPerformance(
                r.GetInt32(r.GetOrdinal("year")), r.GetInt64(r.GetOrdinal("launches")), r.GetInt64(r.GetOrdinal("successes")),
                r.GetInt64(r.GetOrdinal("failures")), r.GetInt64(r.GetOrdinal("upcoming")), NullableDecimal(r, "success_rate")),
            cancellationToken);

    public Task<IReadOnlyList<PayloadMassRank>> TopPayloadMassesAsync(int top, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT * FROM ({AnalyticsSql.Load(AnalyticsSql.TopPayloadMasses)}) report " +
            "ORDER BY total_payload_mass_kg DESC, date_utc, launch_id LIMIT $1",
            [new NpgsqlParameter { Value = top, NpgsqlDbType = NpgsqlDbType.Integer }],
            r => new PayloadMassRank(
                r.GetString(r.GetOrdinal("launch_id")), r.GetString(r.GetOrdinal("name")), r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("date_utc")),
                r.GetDecimal(r.GetOrdinal("total_payload_mass_kg")),
                r.IsDBNull(r.GetOrdinal("success")) ? null : r.GetBoolean(r.GetOrdinal("success")), r.GetString(r.GetOrdinal("launchpad"))),
            cancellationToken);

    public Task<IReadOnlyList<YearStaticFireDelay>> StaticFireDelaysAsync(YearRange years, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT * FROM ({AnalyticsSql.Load(AnalyticsSql.StaticFireDelays)}) report {ByYears}",
            YearParameters(years),
            r => new YearStaticFireDelay(
                r.GetInt32(r.GetOrdinal("year")), r.GetInt64(r.GetOrdinal("launches_with_static_fire")),
                r.GetDecimal(r.GetOrdinal("avg_delay_hours")), r.GetDecimal(r.GetOrdinal("max_delay_hours"))),
            cancellationToken);

    public Task<IReadOnlyList<LaunchSiteUtilization>> LaunchSiteUtilizationAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            AnalyticsSql.Load(AnalyticsSql.LaunchSiteUtilization),
            [],
            r => new LaunchSiteUtilization(
                r.GetString(r.GetOrdinal("launchpad_id")), r.GetString(r.GetOrdinal("launchpad")), r.GetInt64(r.GetOrdinal("launches")),
                r.GetInt64(r.GetOrdinal("successes")), NullableDecimal(r, "avg_payload_mass_kg")),
            cancellationToken);

    public async Task<AggregationSnapshot?> LatestAggregationAsync(CancellationToken cancellationToken) =>
        (await QueryAsync(AnalyticsSql.Load(AnalyticsSql.LatestAggregation), [], AggregationSql.Read, cancellationToken)).SingleOrDefault();

    /// <summary>The changes are taken over the whole series first, so the first row of a range shows its change too.</summary>
    public Task<IReadOnlyList<TrendPoint>> AggregationTrendAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT * FROM ({AnalyticsSql.Load(AnalyticsSql.AggregationTrend)}) report " +
            "WHERE ($1::timestamptz IS NULL OR computed_at >= $1) AND ($2::timestamptz IS NULL OR computed_at <= $2) ORDER BY computed_at",
            [
                new NpgsqlParameter { Value = (object?)from ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter { Value = (object?)to ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            ],
            r => new TrendPoint(
                r.GetFieldValue<DateTimeOffset>(0), Notation.Parse<SnapshotType>(r.GetString(1)), r.IsDBNull(2) ? null : r.GetGuid(2),
                r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), NullableDecimal(r, "success_rate"),
                NullableDecimal(r, "avg_payload_mass_kg"), NullableDecimal(r, "avg_static_fire_delay_hours"),
                NullableInt(r, 10), NullableInt(r, 11), NullableInt(r, 12), NullableInt(r, 13)),
            cancellationToken);

    private static int? NullableInt(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private static NpgsqlParameter[] YearParameters(YearRange years) =>
    [
        new() { Value = (object?)years.From ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer },
        new() { Value = (object?)years.To ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer },
    ];

    private static decimal? NullableDecimal(NpgsqlDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetDecimal(reader.GetOrdinal(column));

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        await SqlQuery.ListAsync(await database.DataSourceAsync(cancellationToken), sql, parameters, read, cancellationToken);
}
