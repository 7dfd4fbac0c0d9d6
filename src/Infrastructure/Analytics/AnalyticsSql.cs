namespace SpaceX.Infrastructure.Analytics;

/// <summary>The PostgreSQL form of each report, read from the files in sql/analytics (embedded at build time).</summary>
public static class AnalyticsSql
{
    public const string LaunchPerformance = "launch_performance";
    public const string TopPayloadMasses = "top_payload_masses";
    public const string StaticFireDelays = "static_fire_delays";
    public const string LaunchSiteUtilization = "launch_site_utilization";
    public const string LatestAggregation = "latest_aggregation";

    /// <summary>The report's query without its final semicolon, so it can be wrapped in a parameterised filter.</summary>
    public static string Load(string report) => EmbeddedSql.Load($"analytics/{report}.sql");
}
