using Npgsql;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Serve;

/// <summary>What <c>serve</c> refuses before it serves anything: a bad address, a database it may not use or cannot reach.</summary>
public sealed class ServeStartTests() : DatabaseTests(migrated: true)
{
    [Theory]
    [InlineData("http://999.1.1.1:x", "'999.1.1.1' is not an IP address")]
    [InlineData("http://localhost:notaport", "'notaport' is not a port")]
    [InlineData("http://127.0.0.1:70000", "'70000' is not a port")]
    [InlineData("http://127.0.0.1", "it is not http://HOST:PORT")]
    [InlineData("notaurl", "it is not http://HOST:PORT")]
    [InlineData("https://127.0.0.1:5080", "it is not http://HOST:PORT")]
    [InlineData("http://db.example:5080", "'db.example' is not an IP address, localhost or *")]
    [InlineData("http://127.0.0.1:5080/spacex", "it is not http://HOST:PORT")]
    [InlineData("http://127.0.0.1:5080;http://[::1:x", "it is not http://HOST:PORT")]
    public async Task ABadUrl_IsExitTwoInOneLine_BeforeAnythingStarts(string urls, string why)
    {
        var run = await CliRun.InvokeAsync("serve", "--every", "1h", "--urls", urls, "--db", "Host=127.0.0.1;Port=1;Username=u;Password=p");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --urls '", run.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableDatabase_IsExitOneInOneLine()
    {
        var run = await Serve("Host=127.0.0.1;Port=1;Username=u;Password=p");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: cannot connect to PostgreSQL", run.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingDatabase_IsExitTwo_InWords()
    {
        var run = await Serve(new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = "spacex_no_such_db" }.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: database \"spacex_no_such_db\" does not exist (create it, or correct the connection string's Database)",
            run.ErrorLines.Single());
    }

    [Fact]
    public async Task AWrongPasswordOrAMissingPrivilege_IsExitTwoInOneLine()
    {
        var role = $"spacex_serve_{Guid.NewGuid():N}"[..28];
        await Database.ExecuteAsync(
            $"""
            CREATE ROLE {role} LOGIN PASSWORD 'right';
            GRANT USAGE ON SCHEMA spacex TO {role};
            GRANT SELECT ON spacex.__ef_migrations_history TO {role};
            """);
        try
        {
            var user = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Username = role, Password = "right" };
            var noPrivilege = await Serve(user.ConnectionString);
            var wrongPassword = await Serve(new NpgsqlConnectionStringBuilder(user.ConnectionString) { Password = "wrong" }.ConnectionString);

            Assert.Equal(2, noPrivilege.ExitCode);
            Assert.Equal(
                "error: permission denied for table ingestion_state (the connection string's user lacks a privilege: grant it, or use another user)",
                noPrivilege.ErrorLines.Single());
            Assert.Equal(2, wrongPassword.ExitCode); // a server that checks no password (trust) lets the user in: the privilege fails instead
            Assert.Matches(
                $"^error: (password authentication failed for user \"{role}\" \\(check the user and password|permission denied for table ingestion_state)",
                wrongPassword.ErrorLines.Single());
        }
        finally
        {
            await Database.ExecuteAsync($"DROP OWNED BY {role}; DROP ROLE {role}");
        }
    }

    /// <summary>serve on a free port; it ends on its own only when it refuses to start.</summary>
    private static Task<CliRun> Serve(string connectionString) =>
        CliRun.InvokeAsync("serve", "--every", "1h", "--urls", $"http://127.0.0.1:{ServeProcess.FreePort()}", "--db", connectionString);
}
