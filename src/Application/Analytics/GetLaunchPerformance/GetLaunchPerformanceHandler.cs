using Mediator;

namespace SpaceX.Application.Analytics.GetLaunchPerformance;

public sealed class GetLaunchPerformanceHandler(IAnalyticsReader reader) : IQueryHandler<GetLaunchPerformanceQuery, IReadOnlyList<YearPerformance>>
{
    public async ValueTask<IReadOnlyList<YearPerformance>> Handle(GetLaunchPerformanceQuery query, CancellationToken cancellationToken) =>
        await reader.LaunchPerformanceAsync(query.Years, cancellationToken);
}
