using Npgsql;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Deployment;

/// <summary>
/// docker/postgres/01-pipeline-owner.sh, as the compose file runs it: the pipeline's role owns the spacex schema and
/// nothing more, and the pipeline runs as it, its password read from a secret file.
/// </summary>
public sealed class PipelineOwnerRoleTests : IAsyncLifetime
{
    private readonly string _role = $"pipeline_{Guid.NewGuid():N}";
    private readonly string _secret = InitScript.SecretFile("owner-password");
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrated: false);
        await InitScript.RunAsync("01-pipeline-owner.sh", _database.Name, new Dictionary<string, string>
        {
            ["PIPELINE_DB_USER"] = _role, ["PIPELINE_DB_PASSWORD_FILE"] = _secret,
            ["SPACEX_INIT_SQL"] = Path.Combine(AppContext.BaseDirectory, "sql", "init.sql"),
        });
    }

    [Fact]
    public async Task ThePipeline_IngestsAsTheOwnerRole_WhichOwnsEveryTableAndView_AndHoldsNoOtherPower()
    {
        var run = await IngestAsync(_secret);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(205L, await _database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
        Assert.Equal(0L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'spacex' AND pg_get_userbyid(c.relowner) <> '{_role}'"));
        Assert.Equal(_role, await _database.ScalarAsync<string>("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'spacex'"));
        Assert.False(await _database.ScalarAsync<bool>(
            $"SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls OR rolreplication FROM pg_roles WHERE rolname = '{_role}'"));
        Assert.False(await _database.ScalarAsync<bool>(
            $"SELECT has_database_privilege('{_role}', current_database(), 'CREATE') OR has_schema_privilege('{_role}', 'public', 'CREATE')"));
    }

    [SkippableFact]
    public async Task TheSecretFile_IsThePassword_AWrongOneIsRefusedInOneLine()
    {
        var admin = new NpgsqlConnectionStringBuilder(await PostgresServer.AdminConnectionStringAsync());
        Skip.If(string.IsNullOrEmpty(admin.Password), $"the test server trusts its clients: set {PostgresServer.Variable} to one that asks for passwords");
        var wrong = InitScript.SecretFile("not-the-password");
        try
        {
            var refused = await IngestAsync(wrong);

            Assert.Equal(2, refused.ExitCode);
            Assert.Contains($"password authentication failed for user \"{_role}\"", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-password", refused.Output + refused.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(wrong);
        }
    }

    [Fact]
    public async Task ASecretFileThatCannotBeRead_StopsTheRunInOneLine_BeforeAnythingStarts()
    {
        var missing = await IngestAsync("/run/secrets/no-such-secret");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(
            "error: Database:PasswordFile '/run/secrets/no-such-secret' cannot be read: Could not find a part of the path '/run/secrets/no-such-secret'.",
            missing.Error.Trim());
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM spacex.ingestion_runs"));
    }

    /// <summary>As the compose file connects: a connection string with no password, and <c>Database__PasswordFile</c>.</summary>
    private async Task<CliRun> IngestAsync(string passwordFile)
    {
        var asOwner = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = _role, Password = null }.ConnectionString;
        using var process = CliProcess.Start(
            new Dictionary<string, string> { ["Database__PasswordFile"] = passwordFile }, "ingest", "--api", Pipeline.SnapshotDirectory, "--db", asOwner);
        return await process.WaitAsync(TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        File.Delete(_secret);
        await _database.DisposeAsync();
        await _database.ExecuteAdminAsync($"DROP ROLE IF EXISTS {_role}");
    }
}
