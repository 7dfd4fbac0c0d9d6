using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

public sealed class DatabaseVerbTests() : DatabaseTests(migrated: false)
{
    [Fact]
    public async Task Migrate_ThenStatus_ReportsTheSchemaAndEmptyTables()
    {
        var migrate = await CliRun.InvokeAsync("migrate", "--db", Database.ConnectionString);
        var again = await CliRun.InvokeAsync("migrate", "--db", Database.ConnectionString);
        var status = await CliRun.InvokeAsync("status", "--db", Database.ConnectionString);

        Assert.Equal(0, migrate.ExitCode);
        Assert.Matches(@"Applied \d+ migration\(s\)", migrate.Output);
        Assert.Contains("up to date", again.Output);
        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"[1-9]\d* applied, 0 pending", status.Output);
        Assert.Contains($"database {Database.Name}", status.Output);
        Assert.Matches(@"raw_launches\s+│\s+0", status.Output);
    }

    [Fact]
    public async Task Status_BeforeMigrate_ShowsPendingMigrations()
    {
        var status = await CliRun.InvokeAsync("status", "--db", Database.ConnectionString);

        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"0 applied, [1-9]\d* pending", status.Output);
    }

    [Fact]
    public async Task Status_LastRunFailed_ExitsOne()
    {
        await CliRun.InvokeAsync("migrate", "--db", Database.ConnectionString);
        await Database.ExecuteAsync(
            "INSERT INTO spacex.ingestion_runs (id, mode, status, started_at, fetched, inserted, updated, unchanged, " +
            "quarantined, related_quarantined, raw_versions_added, http_requests, error) " +
            "VALUES (gen_random_uuid(), 'incremental', 'failed', now(), 0, 0, 0, 0, 0, 0, 0, 1, 'HTTP 403')");

        var status = await CliRun.InvokeAsync("status", "--db", Database.ConnectionString);

        Assert.Equal(1, status.ExitCode);
        Assert.Contains("HTTP 403", status.Output);
    }

    [Fact]
    public async Task AnyVerb_MalformedConnectionString_OneLineAndExitTwo()
    {
        var run = await CliRun.InvokeAsync("status", "--db", "Host=localhost;Colour=blue;Password=hunter2");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: The connection string is malformed", run.Error);
        Assert.DoesNotContain("hunter2", run.Error + run.Output);
    }

    [Fact]
    public async Task AnyVerb_ServerNotAnswering_OneLineAndExitOne()
    {
        var run = await CliRun.InvokeAsync("migrate", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=hunter2;Timeout=3");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1:1", line);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("hunter2", run.Error + run.Output);
    }

    [Fact]
    public async Task UnknownVerb_OneLineAndExitTwo()
    {
        var run = await CliRun.InvokeAsync("migrat");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("'migrat'", run.Error);
    }
}
