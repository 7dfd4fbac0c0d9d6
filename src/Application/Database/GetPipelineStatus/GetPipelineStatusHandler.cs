using Mediator;

namespace SpaceX.Application.Database.GetPipelineStatus;

public sealed class GetPipelineStatusHandler(IPipelineStatusReader reader) : IQueryHandler<GetPipelineStatusQuery, PipelineStatus>
{
    public async ValueTask<PipelineStatus> Handle(GetPipelineStatusQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(query.LastRuns, cancellationToken);
}
