using Mediator;
using SpaceX.Application.Analytics;
using SpaceX.Application.Analytics.GetLatestAggregation;
using SpaceX.Application.Analytics.GetLaunchPerformance;
using SpaceX.Application.Analytics.GetLaunchSiteUtilization;
using SpaceX.Application.Analytics.GetStaticFireDelays;
using SpaceX.Application.Analytics.GetTopPayloadMasses;

namespace SpaceX.Host.Cli;

/// <summary>The rows of a report and their record type (the columns).</summary>
/// <param name="Vertical">In a table, one line per column (for a single wide row such as a snapshot).</param>
public sealed record ReportRows(Type RowType, IReadOnlyList<object> Rows, bool Vertical = false)
{
    public static ReportRows Of<T>(IReadOnlyList<T> rows, bool vertical = false) where T : notnull =>
        new(typeof(T), rows.Cast<object>().ToList(), vertical);
}

/// <summary>The analysts' reports by name, each through its mediator query: one dispatch for <c>report</c> and <c>/api/reports/{name}</c>.</summary>
public static class Reports
{
    public static readonly IReadOnlyList<string> Names = ["performance", "payloads", "static-fire", "sites", "snapshot"];
    public static readonly IReadOnlyList<string> ByYear = ["performance", "static-fire"];

    /// <summary>The options that do not apply to <paramref name="name"/>, in words; null when all do.</summary>
    public static string? Misapplied(string name, int? top, YearRange years) => true switch
    {
        _ when top is not null && name != "payloads" => "--top applies to the payloads report only.",
        _ when years != YearRange.All && !ByYear.Contains(name) => "--from/--to apply to the performance and static-fire reports only.",
        _ => null,
    };

    public static async Task<ReportRows> LoadAsync(IMediator mediator, string name, int? top, YearRange years, CancellationToken cancellationToken) =>
        name switch
        {
            "performance" => ReportRows.Of(await mediator.Send(new GetLaunchPerformanceQuery(years), cancellationToken)),
            "payloads" => ReportRows.Of(await mediator.Send(new GetTopPayloadMassesQuery(top ?? 5), cancellationToken)),
            "static-fire" => ReportRows.Of(await mediator.Send(new GetStaticFireDelaysQuery(years), cancellationToken)),
            "sites" => ReportRows.Of(await mediator.Send(new GetLaunchSiteUtilizationQuery(), cancellationToken)),
            "snapshot" => await mediator.Send(new GetLatestAggregationQuery(), cancellationToken) is { } snapshot
                ? ReportRows.Of([snapshot], vertical: true)
                : ReportRows.Of<SpaceX.Domain.Aggregations.AggregationSnapshot>([], vertical: true),
            _ => throw new UsageException($"there is no report '{name}' (reports: {string.Join(", ", Names)})."),
        };
}
