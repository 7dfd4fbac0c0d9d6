using Mediator;

namespace SpaceX.Application.Runs.ListQuarantine;

public sealed class ListQuarantineHandler(IRunHistoryReader reader) : IQueryHandler<ListQuarantineQuery, IReadOnlyList<QuarantineEntry>>
{
    public async ValueTask<IReadOnlyList<QuarantineEntry>> Handle(ListQuarantineQuery query, CancellationToken cancellationToken) =>
        await reader.ListQuarantineAsync(query.RunId, query.Limit, cancellationToken);
}
