using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SpaceX.ApiReplay;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using SpaceX.Infrastructure.LocalDatabase;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>PostgreSQL stopped before a run, or restarted during one: a private cluster the test can stop and start.</summary>
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"spacex-outage-{Guid.NewGuid():N}");
    private LocalPostgresCluster _cluster = null!;
    private ReplayServer _replay = null!;
    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        _cluster = new LocalPostgresCluster(new LocalDatabaseOptions { Directory = _directory }, NullLogger<LocalPostgresCluster>.Instance);
        _connectionString = await _cluster.EnsureRunningAsync(CancellationToken.None);
        _replay = await ReplayServer.StartAsync(new ReplayOptions { DataDirectory = Pipeline.SnapshotDirectory });
    }

    public async Task DisposeAsync()
    {
        await _replay.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _cluster.StopAsync(CancellationToken.None);
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ServerStoppedBeforeTheRun_OneLineAndExitOne()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync("migrate", "--db", _connectionString)).ExitCode);
        await _cluster.StopAsync(CancellationToken.None);

        var run = await CliRun.InvokeAsync("ingest", "--api", _replay.BaseAddress.ToString(), "--db", _connectionString);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("PostgreSQL", line);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(0, _replay.RequestCount);
    }

    [Fact]
    public async Task ServerRestartedDuringTheRun_ThatRunFailsInWords_IsRecordedAsFailed_AndTheNextSucceeds()
    {
        _replay.Latency = TimeSpan.FromSeconds(2);
        var run = CliRun.InvokeAsync("ingest", "--api", _replay.BaseAddress.ToString(), "--db", _connectionString);
        while (_replay.RequestCount == 0 && !run.IsCompleted)
        {
            await Task.Delay(10);
        }

        await _cluster.StopAsync(CancellationToken.None);
        await _cluster.EnsureRunningAsync(CancellationToken.None);

        var failed = await run;
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(
            ["error: the connection to PostgreSQL was lost (the server stopped or restarted); what was not committed was rolled back"],
            failed.ErrorLines);
        var database = new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString;
        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM spacex.launches"));
        Assert.Equal("failed", await ScalarAsync<string>(database, "SELECT string_agg(status, ' ') FROM spacex.ingestion_runs"));

        _replay.Latency = TimeSpan.Zero;
        var next = await Ingest();

        Assert.Equal(RunStatus.Succeeded, next.Status);
        Assert.Equal(205, next.Counts.Inserted);
        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM spacex.ingestion_runs WHERE status = 'running'"));
    }

    private Task<IngestionReport> Ingest() =>
        Pipeline.SendAsync(_connectionString, _replay.BaseAddress, mediator => mediator.Send(new RunIncrementalIngestionCommand()));

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
