using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using SpaceX.Application.Analytics.Reports;

namespace SpaceX.Host.Cli;

/// <summary>Rows to print: their columns (snake_case), one value per column per row, and what <c>--format json</c> writes.</summary>
/// <param name="Vertical">In a table, one line per column (for a single wide row such as a snapshot).</param>
/// <param name="Json">What is written as JSON: an array of objects keyed by the column names.</param>
/// <param name="JsonType">The type <see cref="Json"/> is written as (its metadata is generated: see OutputJson).</param>
public sealed record ReportRows(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, bool Vertical, object Json, Type JsonType)
{
    /// <summary>Records: a column per public property (kept in the native binary by the annotation).</summary>
    public static ReportRows Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(IReadOnlyList<T> rows, bool vertical = false)
        where T : notnull
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return new(
            properties.Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToList(),
            rows.Select(row => (IReadOnlyList<object?>)properties.Select(p => p.GetValue(row)).ToList()).ToList(),
            vertical,
            rows,
            typeof(IReadOnlyList<T>));
    }

    /// <summary>A report's rows as the database gave them.</summary>
    public static ReportRows Of(ReportTable table) => new(table.Columns, table.Rows, table.Report.OneRow, table, typeof(ReportTable));
}
