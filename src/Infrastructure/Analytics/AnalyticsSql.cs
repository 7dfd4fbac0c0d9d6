using System.Security.Cryptography;
using System.Text;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Analytics;

/// <summary>The PostgreSQL form of each report, read from its file in sql/analytics (embedded at build time), and its view.</summary>
public static class AnalyticsSql
{
    /// <summary>The report's query without its final semicolon, so it can be wrapped in a parameterised filter.</summary>
    public static string Load(Report report) => EmbeddedSql.Load($"analytics/{report.View}.sql");

    /// <summary>
    /// The view of a report, made of the report's file as it is (BI tools and Trino read the same query the CLI runs),
    /// with the file's fingerprint as its comment, to tell when it must be made again.
    /// </summary>
    public static string CreateView(Report report) =>
        $"""
         DROP VIEW IF EXISTS {TableNames.Schema}.{report.View};
         CREATE VIEW {TableNames.Schema}.{report.View} AS
         {Load(report)};
         COMMENT ON VIEW {TableNames.Schema}.{report.View} IS '{Fingerprint(report)}';
         """;

    /// <summary>What a report view's comment says: the SHA-256 of the file it was made from.</summary>
    public static string Fingerprint(Report report) =>
        $"{ViewCommentPrefix}{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Load(report).ReplaceLineEndings("\n"))))}";

    /// <summary>How a view made from a report file is told from any other view in the schema.</summary>
    public const string ViewCommentPrefix = "report sha256:";
}
