using System.Globalization;
using SpaceX.Domain;

namespace SpaceX.Application.Analytics.Reports;

/// <summary>A report's parameters, read and checked: each is null when not given (an open end, or every row).</summary>
public sealed record ReportBounds(int? FromYear = null, int? ToYear = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int? Top = null)
{
    public const int DefaultTop = 5;
    public const int MaxTop = 100;

    /// <summary>The parameters as given (<c>--from/--to</c> as text: a year or a date, as the report takes).</summary>
    /// <exception cref="ArgumentException">The first thing wrong with them, in words.</exception>
    public static ReportBounds Read(Report report, string? from, string? to, int? top) =>
        Problem(report, from, to, top) is { } problem ? throw new ArgumentException(problem) : report.Filter switch
        {
            ReportFilter.Years => new(FromYear: Year(from), ToYear: Year(to)),
            ReportFilter.Period => new(From: from is null ? null : Notation.ParseMoment(from), To: to is null ? null : Notation.ParseMoment(to)),
            ReportFilter.Top => new(Top: top ?? DefaultTop),
            _ => new(),
        };

    /// <summary>What is wrong with the parameters for this report, in words; null when nothing is.</summary>
    public static string? Problem(Report report, string? from, string? to, int? top) => true switch
    {
        _ when top is not null && report.Filter != ReportFilter.Top =>
            $"--top applies to the {ReportCatalog.Taking(ReportFilter.Top)} report only.",
        _ when top is < 1 or > MaxTop => $"--top must be between 1 and {MaxTop}, not {top}",
        _ when (from ?? to) is not null && report.Filter is not (ReportFilter.Years or ReportFilter.Period) =>
            $"--from/--to apply to the {ReportCatalog.Taking(ReportFilter.Years)} and {ReportCatalog.Taking(ReportFilter.Period)} reports only.",
        _ when report.Filter == ReportFilter.Years => YearProblem(from, "--from") ?? YearProblem(to, "--to")
            ?? (Year(from) > Year(to) ? $"--from {from} is after --to {to}" : null),
        _ when report.Filter == ReportFilter.Period => DateProblem(from, "--from") ?? DateProblem(to, "--to")
            ?? (Notation.ParseMoment(from ?? "") > Notation.ParseMoment(to ?? "") ? $"--from {from} is after --to {to}" : null),
        _ => null,
    };

    private static string? YearProblem(string? text, string option) => text switch
    {
        null => null,
        _ when !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) => $"'{text}' is not a year for {option}.",
        _ when Year(text) is < 1900 or > 2200 => $"{option} must be a year between 1900 and 2200",
        _ => null,
    };

    private static string? DateProblem(string? text, string option) =>
        text is not null && Notation.ParseMoment(text) is null ? $"'{text}' is not a date for {option}: use YYYY-MM-DD or ISO 8601." : null;

    private static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
