using System.Diagnostics;
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
}
