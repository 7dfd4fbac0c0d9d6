using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using SpaceX.Infrastructure.Database;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Database;

public sealed class InitScriptTests
{
    private static readonly string InitSql = Path.Combine(AppContext.BaseDirectory, "sql", "init.sql");

    /// <summary>With <c>SPACEX_UPDATE_INIT_SQL=1</c>, writes what EF Core generates into the repository's sql/init.sql instead.</summary>
    [Fact]
    public void InitSql_MatchesTheMigrations()
    {
        var generated = SchemaScriptGenerator.Generate();
        if (Environment.GetEnvironmentVariable("SPACEX_UPDATE_INIT_SQL") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot.Path, "sql", "init.sql"), generated);
            return;
        }

        Assert.True(
            generated == File.ReadAllText(InitSql),
            "sql/init.sql is out of date: regenerate it with `SPACEX_UPDATE_INIT_SQL=1 dotnet test tests/IntegrationTests --filter InitSql_MatchesTheMigrations`, then build again.");
    }

    [Fact]
    public void TheEmbeddedScript_IsTheFile_AndNamesEveryCompiledMigration()
    {
        Assert.Equal(File.ReadAllText(InitSql), SchemaScript.Whole());
        var compiled = typeof(Infrastructure.Persistence.Model.SpaceXDbContext).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        Assert.Equal(compiled, DatabaseSchema.Migrations);
    }

    [Fact]
    public async Task InitSql_OnAnEmptyDatabase_CreatesTheSchemaTheMigrationsDo_AndRunsTwice()
    {
        await using var database = await TestDatabase.CreateAsync(migrated: false);
        var script = await File.ReadAllTextAsync(InitSql);

        await database.ExecuteAsync(script);
        await database.ExecuteAsync(script);

        var state = await new DatabaseSchema(database.Postgres).GetStateAsync(CancellationToken.None);
        Assert.Empty(state.Pending);
        Assert.Equal(
            Infrastructure.Persistence.TableNames.All.Count,
            await database.ScalarAsync<long>(
                "SELECT count(*) FROM information_schema.tables " +
                "WHERE table_schema = 'spacex' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_\\_%'"));
        Assert.Equal(
            Application.Analytics.Reports.ReportCatalog.All.Select(r => r.View).Order(StringComparer.Ordinal),
            (await database.ScalarAsync<string>("SELECT string_agg(table_name, ' ' ORDER BY table_name) FROM information_schema.views WHERE table_schema = 'spacex'"))!.Split(' '));
    }
}
