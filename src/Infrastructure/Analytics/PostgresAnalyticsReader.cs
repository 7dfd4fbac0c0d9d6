using Npgsql;
using NpgsqlTypes;
using SpaceX.Application.Analytics;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Infrastructure.Database;

namespace SpaceX.Infrastructure.Analytics;

/// <summary>
/// Runs a report's file as it is, wrapped in the filter its parameters ask for and its order; the filters are always
/// parameters, never text.
/// </summary>
public sealed class PostgresAnalyticsReader(PostgresDatabase database) : IAnalyticsReader
{
    public async Task<ReportTable> ReadAsync(Report report, ReportBounds bounds, CancellationToken cancellationToken)
    {
        var (filter, parameters) = Filter(report.Filter, bounds);
        await using var command = (await database.DataSourceAsync(cancellationToken)).CreateCommand(
            $"SELECT * FROM ({AnalyticsSql.Load(report)}) report {filter} ORDER BY {report.OrderBy}{(report.Filter == ReportFilter.Top ? " LIMIT $1" : "")}");
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Value(reader, i)).ToList());
        }

        return new ReportTable(report, columns, rows);
    }

    private static (string Where, NpgsqlParameter[] Parameters) Filter(ReportFilter filter, ReportBounds bounds) => filter switch
    {
        ReportFilter.Years => (
            "WHERE ($1::integer IS NULL OR year >= $1) AND ($2::integer IS NULL OR year <= $2)",
            [Parameter(bounds.FromYear, NpgsqlDbType.Integer), Parameter(bounds.ToYear, NpgsqlDbType.Integer)]),
        ReportFilter.Period => (
            "WHERE ($1::timestamptz IS NULL OR computed_at >= $1) AND ($2::timestamptz IS NULL OR computed_at <= $2)",
            [Parameter(bounds.From, NpgsqlDbType.TimestampTz), Parameter(bounds.To, NpgsqlDbType.TimestampTz)]),
        ReportFilter.Top => ("", [Parameter(bounds.Top, NpgsqlDbType.Integer)]),
        _ => ("", []),
    };

    private static NpgsqlParameter Parameter(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    /// <summary>A moment as a <see cref="DateTimeOffset"/> in UTC, as every other moment of the product.</summary>
    private static object? Value(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null
        : reader.GetDataTypeName(ordinal) == "timestamp with time zone" ? reader.GetFieldValue<DateTimeOffset>(ordinal)
        : reader.GetValue(ordinal);
}
