namespace SpaceX.Application.Analytics.Reports;

/// <summary>
/// One analysts' report: its SQL file in <c>sql/analytics</c> (also a view of the same name), how it is asked for
/// and how the dashboard draws it. Every report is listed once, in <see cref="ReportCatalog"/>.
/// </summary>
/// <param name="Name">Its name on the command line and in <c>/api/reports/{name}</c>.</param>
/// <param name="View">Its file's name (without .sql) and its view's name.</param>
/// <param name="Title">What it shows, in a few words: the help and the dashboard's heading.</param>
/// <param name="OrderBy">The order of its rows, by its columns (a query wrapped in a filter keeps no order of its own).</param>
/// <param name="Chart">How the dashboard draws it; null: the dashboard leaves it out.</param>
/// <param name="OneRow">A single wide row (a table prints it one line per column).</param>
public sealed record Report(
    string Name, string View, string Title, ReportFilter Filter, string OrderBy, ReportChart? Chart = null, bool OneRow = false);

/// <summary>The parameters a report takes.</summary>
public enum ReportFilter
{
    /// <summary>None: every row.</summary>
    None,

    /// <summary><c>--from/--to YEAR</c> over its <c>year</c> column.</summary>
    Years,

    /// <summary><c>--from/--to DATE</c> over its <c>computed_at</c> column.</summary>
    Period,

    /// <summary><c>--top N</c>: its first N rows.</summary>
    Top,
}
