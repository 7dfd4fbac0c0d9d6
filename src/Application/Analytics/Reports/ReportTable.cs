namespace SpaceX.Application.Analytics.Reports;

/// <summary>A report's rows as the database gave them: its column names, then per row one value per column.</summary>
/// <remarks>Values are int, long, decimal, bool, string, Guid, DateTimeOffset (UTC) or null.</remarks>
public sealed record ReportTable(Report Report, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public object? Value(int row, string column) => Rows[row][IndexOf(column)];

    private int IndexOf(string column) =>
        Columns.ToList().IndexOf(column) is var i and >= 0 ? i : throw new ArgumentException($"{Report.View} has no column {column}.", nameof(column));
}
