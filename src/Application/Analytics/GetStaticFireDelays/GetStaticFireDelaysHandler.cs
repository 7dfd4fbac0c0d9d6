using Mediator;

namespace SpaceX.Application.Analytics.GetStaticFireDelays;

public sealed class GetStaticFireDelaysHandler(IAnalyticsReader reader) : IQueryHandler<GetStaticFireDelaysQuery, IReadOnlyList<YearStaticFireDelay>>
{
    public async ValueTask<IReadOnlyList<YearStaticFireDelay>> Handle(GetStaticFireDelaysQuery query, CancellationToken cancellationToken) =>
        await reader.StaticFireDelaysAsync(query.Years, cancellationToken);
}
