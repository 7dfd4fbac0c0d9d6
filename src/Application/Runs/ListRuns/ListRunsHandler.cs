using Mediator;

namespace SpaceX.Application.Runs.ListRuns;

public sealed class ListRunsHandler(IRunHistoryReader reader) : IQueryHandler<ListRunsQuery, IReadOnlyList<RunRecord>>
{
    public async ValueTask<IReadOnlyList<RunRecord>> Handle(ListRunsQuery query, CancellationToken cancellationToken) =>
        await reader.ListRunsAsync(query.Limit, cancellationToken);
}
