using System.Globalization;
using Mediator;
using SpaceX.Application.Analytics;
using SpaceX.Application.Analytics.GetAggregationTrend;
using SpaceX.Application.Analytics.GetLatestAggregation;
using SpaceX.Application.Analytics.GetLaunchPerformance;
using SpaceX.Application.Analytics.GetLaunchSiteUtilization;
using SpaceX.Application.Analytics.GetStaticFireDelays;
using SpaceX.Application.Analytics.GetTopPayloadMasses;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Host.Cli;

/// <summary>The rows of a report and their record type (the columns).</summary>
/// <param name="Vertical">In a table, one line per column (for a single wide row such as a snapshot).</param>
public sealed record ReportRows(Type RowType, IReadOnlyList<object> Rows, bool Vertical = false)
{
    public static ReportRows Of<T>(IReadOnlyList<T> rows, bool vertical = false) where T : notnull =>
        new(typeof(T), rows.Cast<object>().ToList(), vertical);
}

/// <summary>A report's options as given (on the command line or in a URL's query): checked by <see cref="Reports"/>.</summary>
/// <param name="From">A year (performance, static-fire) or a date (trend).</param>
public sealed record ReportOptions(int? Top = null, string? From = null, string? To = null);

/// <summary>
/// The analysts' reports by name, each through its mediator query: one dispatch for <c>report</c>,
/// <c>/api/reports/{name}</c> and the dashboard.
/// </summary>
public static class Reports
{
    public static readonly IReadOnlyList<string> Names = ["performance", "payloads", "static-fire", "sites", "snapshot", "trend"];
    private static readonly IReadOnlyList<string> ByYear = ["performance", "static-fire"];

    public static async Task<ReportRows> LoadAsync(IMediator mediator, string name, ReportOptions options, CancellationToken cancellationToken)
    {
        if (options.Top is not null && name != "payloads")
        {
            throw new UsageException("--top applies to the payloads report only.");
        }

        if ((options.From ?? options.To) is not null && !ByYear.Contains(name) && name != "trend")
        {
            throw new UsageException("--from/--to apply to the performance, static-fire and trend reports only.");
        }

        return name switch
        {
            "performance" => ReportRows.Of(await mediator.Send(new GetLaunchPerformanceQuery(Years(options)), cancellationToken)),
            "payloads" => ReportRows.Of(await mediator.Send(new GetTopPayloadMassesQuery(options.Top ?? 5), cancellationToken)),
            "static-fire" => ReportRows.Of(await mediator.Send(new GetStaticFireDelaysQuery(Years(options)), cancellationToken)),
            "sites" => ReportRows.Of(await mediator.Send(new GetLaunchSiteUtilizationQuery(), cancellationToken)),
            "snapshot" => await mediator.Send(new GetLatestAggregationQuery(), cancellationToken) is { } snapshot
                ? ReportRows.Of([snapshot], vertical: true)
                : ReportRows.Of<AggregationSnapshot>([], vertical: true),
            "trend" => ReportRows.Of(await mediator.Send(
                new GetAggregationTrendQuery(Date(options.From, "--from"), Date(options.To, "--to")), cancellationToken)),
            _ => throw new UsageException($"there is no report '{name}' (reports: {string.Join(", ", Names)})."),
        };
    }

    /// <summary><c>?top=</c> as given in a URL: a whole number, else a <see cref="UsageException"/> in words.</summary>
    public static int? Top(string? text) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var top) ? top
        : throw new UsageException($"'{text}' is not a whole number for top.");

    private static YearRange Years(ReportOptions options) => new(Year(options.From, "--from"), Year(options.To, "--to"));

    private static int? Year(string? text, string option) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year
        : throw new UsageException($"'{text}' is not a year for {option}.");

    private static DateTimeOffset? Date(string? text, string option) =>
        text is null ? null
        : Dates.TryParse(text) ?? throw new UsageException($"'{text}' is not a date for {option}: use YYYY-MM-DD or ISO 8601.");
}
