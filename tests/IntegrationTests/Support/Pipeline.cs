using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpaceX.ApiReplay;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Host.Composition;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// The whole pipeline for one test: its own migrated database and a replay of the real snapshot on loopback,
/// wired through the same composition root as the CLI.
/// </summary>
public sealed class Pipeline : IAsyncDisposable
{
    private Pipeline(TestDatabase database, ReplayServer replay, EditableSnapshot snapshot)
    {
        Database = database;
        Replay = replay;
        Snapshot = snapshot;
    }

    public TestDatabase Database { get; }
    public ReplayServer Replay { get; }

    /// <summary>What the replay serves: change it between runs.</summary>
    public EditableSnapshot Snapshot { get; }

    public static string SnapshotDirectory => Path.Combine(AppContext.BaseDirectory, "spacex-api");

    public static async Task<Pipeline> StartAsync(string? snapshotDirectory = null, DateTimeOffset? asOf = null, int? syntheticLaunches = null)
    {
        var directory = snapshotDirectory ?? SnapshotDirectory;
        var snapshot = EditableSnapshot.Load(directory);
        var replay = await ReplayServer.StartAsync(new ReplayOptions
        {
            DataDirectory = directory, Snapshot = snapshot, AsOf = asOf, SyntheticLaunches = syntheticLaunches,
        });
        return new Pipeline(await TestDatabase.CreateAsync(), replay, snapshot);
    }

    /// <summary>One run, in a container of its own (as one CLI invocation has); retries are quick here.</summary>
    public Task<IngestionReport> IngestAsync(RunIncrementalIngestionCommand? command = null, int pageSize = 1000) =>
        SendAsync(command ?? new RunIncrementalIngestionCommand(), pageSize);

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query) => SendAsync(mediator => mediator.Send(query));

    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, int pageSize = 1000) =>
        SendAsync(mediator => mediator.Send(command), pageSize);

    private Task<TResponse> SendAsync<TResponse>(Func<IMediator, ValueTask<TResponse>> send, int pageSize = 1000) =>
        SendAsync(Database.ConnectionString, Replay.BaseAddress, send, pageSize);

    /// <summary>One message through the composition root, against any database and API.</summary>
    public static async Task<TResponse> SendAsync<TResponse>(
        string connectionString, Uri api, Func<IMediator, ValueTask<TResponse>> send, int pageSize = 1000)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SpaceXApi:BaseUrl"] = api.ToString(),
            ["SpaceXApi:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SpaceXApi:RetryDelay"] = "00:00:00.050",
            ["SpaceXApi:MaxRetries"] = "5",
        }).Build();
        using var logger = new Serilog.LoggerConfiguration().CreateLogger();
        await using var services = CompositionRoot.Build(configuration, logger, _ => Task.FromResult(connectionString));
        await using var scope = services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    /// <summary>Row counts and contents of the tables a run writes, to show that a failed run changed nothing.</summary>
    /// <param name="withSnapshots">Count aggregation snapshots too (a run that changed the data adds one).</param>
    public async Task<string> DataFingerprintAsync(bool withSnapshots = true) =>
        (await Database.ScalarAsync<string>(
            $"""
            SELECT concat_ws(' ',
                (SELECT count(*) FROM spacex.launches), (SELECT count(*) FROM spacex.raw_launches),
                (SELECT count(*) FROM spacex.payloads), (SELECT count(*) FROM spacex.launchpads),
                (SELECT count(*) FROM spacex.rockets), (SELECT count(*) FROM spacex.quarantined_records),
                {(withSnapshots ? "(SELECT count(*) FROM spacex.launch_aggregations)" : "'-'")},
                (SELECT coalesce(max(high_water_mark)::text, 'none') FROM spacex.ingestion_state),
                (SELECT md5(string_agg(id || content_hash || coalesce(total_payload_mass_kg::text, ''), ',' ORDER BY id)) FROM spacex.launches))
            """))!;

    /// <summary>The current state of every launch, column by column (run ids and timestamps left out).</summary>
    public async Task<List<string>> LaunchRowsAsync()
    {
        await using var command = Database.DataSource.CreateCommand(
            "SELECT id, flight_number, name, date_utc, date_precision, upcoming, success, static_fire_date_utc, launchpad_id, " +
            "rocket_id, payload_ids, total_payload_mass_kg, content_hash FROM spacex.launches ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join("|", values.Select(v => v is Array a
                ? string.Join(",", a.Cast<object>())
                : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Replay.DisposeAsync();
        await Database.DisposeAsync();
    }
}
