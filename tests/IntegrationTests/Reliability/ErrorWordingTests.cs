using Npgsql;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>Errors read as words for people: one line, no .NET type names, the fix where there is one, exit 2 for configuration.</summary>
public sealed class ErrorWordingTests : IAsyncLifetime
{
    private const string Password = "limited-password";
    private TestDatabase _database = null!;
    private string _role = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrated: false);
        _role = $"spacex_limited_{Guid.NewGuid():N}"[..30];
        await _database.ExecuteAsync($"CREATE ROLE {_role} LOGIN PASSWORD '{Password}'");
        await _database.ExecuteAsync($"REVOKE CREATE ON DATABASE {_database.Name} FROM PUBLIC");
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _database.ExecuteAdminAsync($"DROP ROLE IF EXISTS {_role}");
    }

    [Theory]
    [InlineData("'abc' is not a whole number for --lookback", "ingest", "--lookback", "abc")]
    [InlineData("'x' is not a number for --max-invalid", "ingest", "--max-invalid", "x")]
    [InlineData("'maybe' is not one of fail, warn for --on-schema-change", "ingest", "--on-schema-change", "maybe")]
    [InlineData("'x' is not a whole number for --top", "report", "payloads", "--top", "x")]
    public async Task MistypedFlag_IsOneLineInWords_WithoutTypeNames(string expected, params string[] args)
    {
        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: {expected} (see --help)"], run.ErrorLines);
    }

    [Theory]
    [InlineData("SpaceXApi__PageSize", "abc", "SpaceXApi:PageSize 'abc' is not a whole number")]
    [InlineData("SpaceXApi__PageSize", "0", "SpaceXApi:PageSize 0 is not between 1 and 10000")]
    [InlineData("SpaceXApi__TotalTimeout", "soon", "SpaceXApi:TotalTimeout 'soon' is not a duration (hh:mm:ss)")]
    [InlineData("SpaceXApi__BaseUrl", "api.example", "SpaceXApi:BaseUrl 'api.example' is not an http(s) URL")]
    public async Task InvalidApiSetting_ExitsTwoBeforeTouchingTheDatabase(string variable, string value, string expected)
    {
        using var process = CliProcess.Start(new Dictionary<string, string> { [variable] = value }, "ingest", "--db", _database.ConnectionString);

        var run = await process.WaitAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: {expected}"], run.ErrorLines);
        Assert.False(await _database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'spacex')"));
    }

    [Fact]
    public async Task InvalidFlag_OnAnEmptyDatabase_IsRefusedBeforeAnyMigration()
    {
        var run = await CliRun.InvokeAsync("ingest", "--lookback", "-5", "--db", _database.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --lookback must be between 0 and 3650 days"], run.ErrorLines);
        Assert.False(await _database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'spacex')"));
    }

    [Fact]
    public async Task Migrate_WithoutTheCreatePrivilege_SaysWhichGrantIsMissing()
    {
        var limited = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = _role, Password = Password }.ConnectionString;

        var run = await CliRun.InvokeAsync("migrate", "--db", limited);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [$"error: cannot apply the database migrations: user {_role} needs CREATE on database {_database.Name} " +
             $"(GRANT CREATE ON DATABASE {_database.Name} TO {_role}) (permission denied for database {_database.Name})"],
            run.ErrorLines);
    }
}
