using Mediator;

namespace SpaceX.Application.Analytics.GetTopPayloadMasses;

public sealed class GetTopPayloadMassesHandler(IAnalyticsReader reader) : IQueryHandler<GetTopPayloadMassesQuery, IReadOnlyList<PayloadMassRank>>
{
    public async ValueTask<IReadOnlyList<PayloadMassRank>> Handle(GetTopPayloadMassesQuery query, CancellationToken cancellationToken) =>
        await reader.TopPayloadMassesAsync(query.Top, cancellationToken);
}
