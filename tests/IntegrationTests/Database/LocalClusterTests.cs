using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SpaceX.Infrastructure.LocalDatabase;

namespace SpaceX.IntegrationTests.Database;

public sealed class LocalClusterTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"spacex-cluster-{Guid.NewGuid():N}");
    private LocalPostgresCluster _cluster = null!;

    public Task InitializeAsync()
    {
        _cluster = new LocalPostgresCluster(new LocalDatabaseOptions { Directory = _directory }, NullLogger<LocalPostgresCluster>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _cluster.StopAsync(CancellationToken.None);
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task EnsureRunning_CreatesThenReusesTheCluster_AndStopStopsIt()
    {
        var connectionString = await _cluster.EnsureRunningAsync(CancellationToken.None);
        var firstServer = await ServerPidAsync(connectionString);

        var again = await _cluster.EnsureRunningAsync(CancellationToken.None);
        var secondServer = await ServerPidAsync(again);

        Assert.Equal(connectionString, again);
        Assert.Equal(firstServer, secondServer);
        Assert.True((await _cluster.GetStatusAsync(CancellationToken.None)).Running);
        Assert.True(await _cluster.StopAsync(CancellationToken.None));
        Assert.False((await _cluster.GetStatusAsync(CancellationToken.None)).Running);
        Assert.False(await _cluster.StopAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EnsureRunning_ListensOnItsOwnSocketOnly()
    {
        var connectionString = await _cluster.EnsureRunningAsync(CancellationToken.None);

        Assert.StartsWith(_directory, new NpgsqlConnectionStringBuilder(connectionString).Host);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW listen_addresses", connection);
        Assert.Equal("", await command.ExecuteScalarAsync());
    }

    private static async Task<int> ServerPidAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
