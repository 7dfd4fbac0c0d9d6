using Mediator;
using SpaceX.Application.Monitoring;

namespace SpaceX.Application.Database.GetStatus;

public sealed class GetStatusHandler(IStatusReader reader, TimeProvider clock, PipelineMetrics metrics) : IQueryHandler<GetStatusQuery, StatusReport>
{
    public async ValueTask<StatusReport> Handle(GetStatusQuery query, CancellationToken cancellationToken)
    {
        var report = await reader.ReadAsync(query.LastRuns, query.CountRows, cancellationToken);
        metrics.Observe(report); // the freshness gauges show what the database last said
        return report with { Health = report.Assess(clock.GetUtcNow(), query.MaxAge, query.MaxRunning) };
    }
}
