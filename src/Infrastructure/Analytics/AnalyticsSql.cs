namespace SpaceX.Infrastructure.Analytics;

/// <summary>The PostgreSQL form of each report, read from the files in sql/analytics (embedded at build time).</summary>
public static class AnalyticsSql
{
    public const string LaunchPerformance = "launch_performance";
    public const string TopPayloadMasses = "top_payload_masses";
    public const string StaticFireDelays = "static_fire_delays";
    public const string LaunchSiteUtilization = "launch_site_utilization";
    public const string LatestAggregation = "latest_aggregation";
    public const string AggregationTrend = "aggregation_trend";

    /// <summary>Every report, by the name of its file; each is also a view of that name in the spacex schema.</summary>
    public static readonly IReadOnlyList<string> Reports =
        [LaunchPerformance, TopPayloadMasses, StaticFireDelays, LaunchSiteUtilization, AggregationTrend, LatestAggregation];

    /// <summary>The report's query without its final semicolon, so it can be wrapped in a parameterised filter.</summary>
    public static string Load(string report) => EmbeddedSql.Load($"analytics/{report}.sql");

    /// <summary>The view of a report, made of the report's file as it is: BI tools and Trino read the same query the CLI runs.</summary>
    public static string CreateView(string report) => $"DROP VIEW IF EXISTS spacex.{report};\nCREATE VIEW spacex.{report} AS\n{Load(report)};";

    /// <summary>A fingerprint of the report's file, to tell when a view must be made again.</summary>
    public static string Checksum(string report) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Load(report).ReplaceLineEndings("\n"))));
}
