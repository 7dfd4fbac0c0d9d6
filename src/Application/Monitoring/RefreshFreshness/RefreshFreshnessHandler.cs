using Mediator;
using SpaceX.Application.Database;

namespace SpaceX.Application.Monitoring.RefreshFreshness;

public sealed class RefreshFreshnessHandler(IStatusReader reader, PipelineMetrics metrics) : ICommandHandler<RefreshFreshnessCommand>
{
    public async ValueTask<Unit> Handle(RefreshFreshnessCommand command, CancellationToken cancellationToken)
    {
        var status = await reader.ReadAsync(lastRuns: 0, countRows: false, cancellationToken);
        metrics.Freshness(status.HighWaterMark, status.LastSuccessAt);
        return Unit.Value;
    }
}
