namespace SpaceX.Application.Analytics;

public sealed record LaunchSiteUtilization(string LaunchpadId, string Launchpad, long Launches, long Successes, decimal? AvgPayloadMassKg);
