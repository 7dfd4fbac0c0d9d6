using System.Diagnostics;
using Npgsql;
using SpaceX.Infrastructure.Database;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Database;

public sealed class PostgresDatabaseTests
{
    /// <summary>
    /// The first connection opens in the background; disposing the database while that connection waits for a server
    /// that never answers, in the middle of its handshake, ends at once, not when the connection's timeout expires.
    /// </summary>
    [Fact]
    public async Task Dispose_WhileTheFirstConnectionIsInItsHandshake_EndsAtOnce()
    {
        using var silent = new SilentServer();
        var database = PostgresDatabase.At(silent.ConnectionString(timeoutSeconds: 120));
        database.StartOpening();
        await Poll.UntilAsync(() => Task.FromResult(silent.BytesReceived > 0), "the first handshake message");
        var clock = Stopwatch.StartNew();

        await database.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"disposed after {clock.Elapsed}");
    }

    /// <summary>
    /// While the first connection opens in the background, the first query waits for it and is given that connection
    /// from the pool: one connection to the server, one handshake, not a second alongside.
    /// </summary>
    [Fact]
    public async Task FirstQuery_WhileTheFirstConnectionOpens_IsGivenThatConnection()
    {
        var admin = await PostgresServer.AdminConnectionStringAsync();
        var name = $"spacex-test-{Guid.NewGuid():N}";
        await using var database = PostgresDatabase.At(new NpgsqlConnectionStringBuilder(admin) { ApplicationName = name }.ConnectionString);
        database.StartOpening();

        var dataSource = await database.DataSourceAsync(CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();

        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1";
        count.Parameters.Add(new NpgsqlParameter { Value = name });
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    /// <summary>
    /// When the first connection fails (here: a server that never answers, until the connection's timeout), the query
    /// that waited for it fails with its error: the server is not tried, and waited for, a second time.
    /// </summary>
    [Fact]
    public async Task FirstQuery_WhenTheFirstConnectionFails_FailsWithItsError()
    {
        using var silent = new SilentServer();
        await using var database = PostgresDatabase.At(silent.ConnectionString(timeoutSeconds: 2));
        database.StartOpening();

        var error = await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            var dataSource = await database.DataSourceAsync(CancellationToken.None);
            await using var connection = await dataSource.OpenConnectionAsync();
        });

        Assert.Contains("timeout", error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, silent.Connections);
    }
}
