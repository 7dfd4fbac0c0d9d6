using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Infrastructure.Analytics;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Database;

/// <summary>The idempotent SQL script of all migrations, then the report views: the content of <c>sql/init.sql</c>, for psql users and docker.</summary>
public static class SchemaScript
{
    private const string ViewsHeading = "-- The report views (sql/analytics), as the pipeline makes them after the migrations.";

    public static string Generate()
    {
        using var context = new DesignTimeDbContextFactory().CreateDbContext([]);
        var migrations = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        return $"{migrations}\n{ViewsHeading}\n" + string.Join("\n\n", ReportCatalog.All.Select(AnalyticsSql.CreateView)) + "\n";
    }

    /// <summary>
    /// The migrations' part of <c>sql/init.sql</c> as embedded at build time: what the pipeline applies, so that EF Core
    /// is needed at design time only (a native binary cannot build EF's model). Idempotent: a migration applied is skipped.
    /// </summary>
    public static string Migrations()
    {
        var script = EmbeddedSql.Load("init.sql");
        return script[..script.IndexOf(ViewsHeading, StringComparison.Ordinal)];
    }
}
