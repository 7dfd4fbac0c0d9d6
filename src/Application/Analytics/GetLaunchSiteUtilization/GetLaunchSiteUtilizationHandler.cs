using Mediator;

namespace SpaceX.Application.Analytics.GetLaunchSiteUtilization;

public sealed class GetLaunchSiteUtilizationHandler(IAnalyticsReader reader)
    : IQueryHandler<GetLaunchSiteUtilizationQuery, IReadOnlyList<LaunchSiteUtilization>>
{
    public async ValueTask<IReadOnlyList<LaunchSiteUtilization>> Handle(GetLaunchSiteUtilizationQuery query, CancellationToken cancellationToken) =>
        await reader.LaunchSiteUtilizationAsync(cancellationToken);
}
