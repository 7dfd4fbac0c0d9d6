using Mediator;
using SpaceX.Application.Database.GetStatus;
using SpaceX.Application.Runs;
using SpaceX.Application.Runs.ListRuns;
using SpaceX.Domain.Ingestion;
using SpaceX.Host.Cli;

namespace SpaceX.Host.Dashboard;

/// <summary>
/// What the dashboard shows, from the same mediator queries as <c>report</c>, <c>runs list</c> and <c>status</c>: each
/// report's rows as <c>report NAME --format json</c> prints them.
/// </summary>
/// <param name="Warnings">The data-quality warnings of the newest finished run.</param>
public sealed record DashboardData(
    DateTimeOffset GeneratedAt,
    DateTimeOffset? HighWaterMark,
    IReadOnlyDictionary<string, IReadOnlyList<object>> Reports,
    IReadOnlyList<RunRecord> Runs,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The reports drawn, with the options they are drawn with (the ten heaviest payloads).</summary>
    public static readonly IReadOnlyDictionary<string, ReportOptions> Charted = new Dictionary<string, ReportOptions>
    {
        ["performance"] = new(),
        ["payloads"] = new(Top: 10),
        ["static-fire"] = new(),
        ["sites"] = new(),
        ["trend"] = new(),
    };

    public static async Task<DashboardData> LoadAsync(IMediator mediator, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reports = new Dictionary<string, IReadOnlyList<object>>();
        foreach (var (name, options) in Charted)
        {
            reports[name] = (await Cli.Reports.LoadAsync(mediator, name, options, cancellationToken)).Rows;
        }

        var status = await mediator.Send(new GetStatusQuery(CountRows: false), cancellationToken);
        var runs = await mediator.Send(new ListRunsQuery(Limit: 10), cancellationToken);
        var lastFinished = runs.FirstOrDefault(r => r.Status != RunStatus.Running);
        return new DashboardData(
            now, status.HighWaterMark, reports, runs,
            lastFinished?.Warnings.Split("; ", StringSplitOptions.RemoveEmptyEntries) ?? []);
    }
}
