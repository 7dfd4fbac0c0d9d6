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
    public static string Generate()
    {
        using var context = new DesignTimeDbContextFactory().CreateDbContext([]);
        var migrations = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        return $"{migrations}\n-- The report views (sql/analytics), as the pipeline makes them after the migrations.\n" +
               string.Join("\n\n", ReportCatalog.All.Select(AnalyticsSql.CreateView)) + "\n";
    }
}
