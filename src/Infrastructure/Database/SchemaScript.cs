using System.Text.RegularExpressions;

namespace SpaceX.Infrastructure.Database;

/// <summary>
/// <c>sql/init.sql</c> as embedded at build time: EF Core's idempotent script of every migration, then the report
/// views. The pipeline applies the migrations' part itself, so that EF Core is needed at design time only (a native
/// binary cannot build EF's model); a test keeps the file equal to what EF Core generates.
/// </summary>
public static partial class SchemaScript
{
    public const string ViewsHeading = "-- The report views (sql/analytics), as the pipeline makes them after the migrations.";

    /// <summary>The whole script, as <c>migrate --script</c> prints it for psql users and docker.</summary>
    public static string Whole() => EmbeddedSql.Text("init.sql");

    /// <summary>The migrations' part. Idempotent: a migration applied is skipped.</summary>
    public static string Migrations()
    {
        var script = Whole();
        return script[..script.IndexOf(ViewsHeading, StringComparison.Ordinal)];
    }

    /// <summary>The ids of the migrations the script applies, oldest first.</summary>
    public static IReadOnlyList<string> MigrationIds() =>
        MigrationId().Matches(Migrations()).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("""WHERE "migration_id" = '([^']+)'""")]
    private static partial Regex MigrationId();
}
