using Mediator;

namespace SpaceX.Application.Database.GetStatus;

public sealed class GetStatusHandler(IStatusReader reader, TimeProvider clock) : IQueryHandler<GetStatusQuery, StatusReport>
{
    public async ValueTask<StatusReport> Handle(GetStatusQuery query, CancellationToken cancellationToken)
    {
        var report = await reader.ReadAsync(query.LastRuns, query.CountRows, cancellationToken);
        return report with { Health = report.Assess(clock.GetUtcNow(), query.MaxAge, query.MaxRunning) };
    }
}
