using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Infrastructure.Analytics;
using SpaceX.Infrastructure.Database;
using SpaceX.Infrastructure.Persistence.Model;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// What <c>sql/init.sql</c> must hold: EF Core's idempotent script of every migration, then the report views. EF Core
/// builds it at design time (here); the pipeline only applies the file embedded in it.
/// </summary>
public static class SchemaScriptGenerator
{
    public static string Generate()
    {
        using var context = new DesignTimeDbContextFactory().CreateDbContext([]);
        var migrations = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        return $"{migrations}\n{SchemaScript.ViewsHeading}\n" + string.Join("\n\n", ReportCatalog.All.Select(AnalyticsSql.CreateView)) + "\n";
    }
}
