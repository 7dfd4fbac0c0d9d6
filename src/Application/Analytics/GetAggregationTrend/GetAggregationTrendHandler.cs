using Mediator;

namespace SpaceX.Application.Analytics.GetAggregationTrend;

public sealed class GetAggregationTrendHandler(IAnalyticsReader reader) : IQueryHandler<GetAggregationTrendQuery, IReadOnlyList<TrendPoint>>
{
    public async ValueTask<IReadOnlyList<TrendPoint>> Handle(GetAggregationTrendQuery query, CancellationToken cancellationToken) =>
        await reader.AggregationTrendAsync(query.From, query.To, cancellationToken);
}
