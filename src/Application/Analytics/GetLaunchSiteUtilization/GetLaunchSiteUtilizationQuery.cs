using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetLaunchSiteUtilization;

/// <summary>Per launchpad: launches, successes and average payload mass. It takes no parameters, so it has no validator.</summary>
public sealed record GetLaunchSiteUtilizationQuery : IQuery<IReadOnlyList<LaunchSiteUtilization>>, IRequiresSchema;
