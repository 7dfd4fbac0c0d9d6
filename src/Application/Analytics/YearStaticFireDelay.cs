namespace SpaceX.Application.Analytics;

public sealed record YearStaticFireDelay(int Year, long LaunchesWithStaticFire, decimal AvgDelayHours, decimal MaxDelayHours);
