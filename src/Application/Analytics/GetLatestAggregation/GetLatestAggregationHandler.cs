using Mediator;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Analytics.GetLatestAggregation;

public sealed class GetLatestAggregationHandler(IAnalyticsReader reader) : IQueryHandler<GetLatestAggregationQuery, AggregationSnapshot?>
{
    public async ValueTask<AggregationSnapshot?> Handle(GetLatestAggregationQuery query, CancellationToken cancellationToken) =>
        await reader.LatestAggregationAsync(cancellationToken);
}
