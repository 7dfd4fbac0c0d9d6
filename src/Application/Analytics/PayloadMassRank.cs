namespace SpaceX.Application.Analytics;

public sealed record PayloadMassRank(
    string LaunchId, string Name, DateTimeOffset DateUtc, decimal TotalPayloadMassKg, bool? Success, string Launchpad);
