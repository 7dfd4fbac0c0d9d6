using Npgsql;
using SpaceX.ApiReplay;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

public sealed class InputAndSecretTests : IAsyncLifetime
{
    private const string Password = "Zq9-never-print-me";
    private TestDatabase _database = null!;
    private string _role = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _role = $"spacex_secret_{Guid.NewGuid():N}"[..30];
        await _database.ExecuteAsync($"CREATE ROLE {_role} LOGIN SUPERUSER PASSWORD '{Password}'");
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _database.ExecuteAdminAsync($"DROP ROLE IF EXISTS {_role}");
    }

    [Fact]
    public async Task ReplayVerb_PortInUse_OneLineAndExitTwo()
    {
        await using var replay = await ReplayServer.StartAsync(new ReplayOptions { DataDirectory = Pipeline.SnapshotDirectory });

        var run = await CliRun.InvokeAsync("replay", "--data", Pipeline.SnapshotDirectory, "--port", replay.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: Cannot listen on 127.0.0.1:{replay.BaseAddress.Port}", run.ErrorLines.Single());
    }

    [Fact]
    public async Task Ingest_UnreadableSnapshotDirectory_OneLineAndExitTwo()
    {
        var empty = Directory.CreateTempSubdirectory("spacex-empty-snapshot").FullName;

        var run = await CliRun.InvokeAsync("ingest", "--api", empty, "--db", _database.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: Cannot read {Path.Combine(empty, "launches.json")}", run.ErrorLines.Single());
    }

    [Theory]
    [InlineData("--synthetic must be 1 or more", "--synthetic", "0")]
    [InlineData("no history", "--synthetic", "5", "--as-of", "2020-01-01")]
    public async Task BadSyntheticReplay_OneLineAndExitTwo(string message, params string[] args)
    {
        var run = await CliRun.InvokeAsync(["replay", "--data", Pipeline.SnapshotDirectory, "--port", "0", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.ErrorLines.Single());
    }

    [Theory]
    [InlineData("ingest", "--from", "2020-13-01")]
    [InlineData("ingest", "--max-invalid", "120")]
    [InlineData("report", "performance", "--from", "2020; DROP TABLE spacex.launches")]
    [InlineData("launch")]
    [InlineData("replay", "--data", "/nonexistent", "--port", "70000")]
    public async Task BadInput_OneLineAndExitTwo(params string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args, "--db", _database.ConnectionString]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.True(await _database.ScalarAsync<bool>("SELECT to_regclass('spacex.launches') IS NOT NULL"));
    }

    [Fact]
    public async Task Password_NeverAppearsInOutputLogsOrErrors()
    {
        var connection = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = _role, Password = Password }.ConnectionString;
        var wrong = new NpgsqlConnectionStringBuilder(connection) { Password = Password + "-wrong" }.ConnectionString;
        var closed = new NpgsqlConnectionStringBuilder(connection) { Host = "127.0.0.1", Port = 1 }.ConnectionString;

        var runs = new[]
        {
            await CliRun.InvokeAsync("migrate", "--db", connection, "--verbose"),
            await CliRun.InvokeAsync("status", "--db", connection, "--verbose"),
            await CliRun.InvokeAsync("ingest", "--api", Pipeline.SnapshotDirectory, "--db", connection, "--verbose"),
            await CliRun.InvokeAsync("report", "sites", "--db", connection, "--verbose"),
            await CliRun.InvokeAsync("status", "--db", wrong, "--verbose"),
            await CliRun.InvokeAsync("status", "--db", closed, "--verbose"),
            await CliRun.InvokeAsync("status", "--db", connection + ";Colour=blue", "--verbose"),
        };

        Assert.Equal([0, 0, 0, 0], runs.Take(4).Select(r => r.ExitCode));
        Assert.Equal([1, 2], runs.Skip(5).Select(r => r.ExitCode));
        Assert.All(runs, r => Assert.DoesNotContain("never-print-me", r.Output + r.Error));
        if (runs[4].ExitCode != 0) // a server that checks passwords (a unix socket with trust auth does not)
        {
            Assert.Equal(2, runs[4].ExitCode); // a configuration error, said without the password
            Assert.StartsWith($"error: password authentication failed for user \"{_role}\" (check the user and password", runs[4].Error);
        }
    }
}
