using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpaceX.ApiReplay.Faults;
using SpaceX.ApiReplay.Query;
using SpaceX.ApiReplay.Synthetic;

namespace SpaceX.ApiReplay;

/// <summary>
/// A local stand-in for api.spacexdata.com over a snapshot directory, on loopback: the same routes, query
/// semantics and response shapes, plus time travel, latency, fault injection and a request log.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReplayRequest> _requests = [];
    private readonly Dictionary<string, List<JsonObject>> _matches = [];
    private readonly Lock _lock = new();
    private int _requestCount;

    private ReplayServer(WebApplication app, ISnapshot snapshot, ReplayOptions options)
    {
        _app = app;
        Snapshot = snapshot;
        Synthetic = options.SyntheticLaunches is { } count ? new SyntheticQuery(new SyntheticData(snapshot, count)) : null;
        AsOf = options.AsOf;
        Latency = options.Latency;
        foreach (var rule in options.Faults)
        {
            Faults.Add(rule);
        }
    }

    public ISnapshot Snapshot { get; }

    /// <summary>Serves launches and payloads when the replay is synthetic.</summary>
    internal SyntheticQuery? Synthetic { get; }

    /// <summary>Serve the API as it looked at this date; null for the snapshot as it is.</summary>
    public DateTimeOffset? AsOf { get; set; }

    public TimeSpan Latency { get; set; }
    public FaultPlan Faults { get; } = new();

    /// <summary>What a 429 asks the client to wait (whole seconds, as the header carries).</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a "slow" fault holds its answer.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(3);
    public Uri BaseAddress { get; private set; } = null!;

    public int RequestCount => Volatile.Read(ref _requestCount);

    public IReadOnlyList<ReplayRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<ReplayServer> StartAsync(ReplayOptions options, CancellationToken cancellationToken = default)
    {
        if (options.SyntheticLaunches is not null && options.AsOf is not null)
        {
            throw new ReplayException("A synthetic API has no history: it cannot be served as of a date.");
        }

        var snapshot = options.Snapshot ?? ApiReplay.Snapshot.Load(options.DataDirectory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new ReplayServer(app, snapshot, options);
        app.UseMiddleware<FaultMiddleware>(server);
        ApiRoutes.Map(app, server);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw new ReplayException($"Cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>The documents of a collection as served now: time travel applied, v5's crew shape for v5.</summary>
    internal List<JsonObject> View(string version, string collection)
    {
        var documents = Snapshot.Documents(collection);
        if (collection != "launches")
        {
            return documents;
        }

        return documents.Select(launch =>
        {
            if (AsOf is { } asOf)
            {
                launch = TimeTravel.AsOf(launch, asOf);
            }

            return version == "v5" && launch["crew"] is JsonArray crew ? V5(launch, crew) : launch;
        }).ToList();
    }

    /// <summary>v5 gives crew as <c>{crew, role}</c> objects where v4 gives ids.</summary>
    private static JsonObject V5(JsonObject launch, JsonArray crew)
    {
        var copy = (JsonObject)launch.DeepClone();
        copy["crew"] = new JsonArray([.. crew.Select(id => new JsonObject { ["crew"] = id?.DeepClone(), ["role"] = null })]);
        return copy;
    }

    /// <summary>
    /// The documents a query matches, in order, kept for its next pages: paging through N documents costs one filter
    /// and sort, not one per page. Any change of the snapshot, the date or the query makes a new entry.
    /// </summary>
    internal List<JsonObject> Matching(string version, string collection, JsonObject? filter, SortSpec sort)
    {
        var key = $"{Snapshot.Version}|{AsOf:O}|{version}|{collection}|{filter?.ToJsonString()}|{string.Join(",", sort.Keys)}";
        lock (_lock)
        {
            if (_matches.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var matched = QueryEngine.Match(View(version, collection), filter, sort);
        lock (_lock)
        {
            if (_matches.Count >= 8)
            {
                _matches.Clear();
            }

            _matches[key] = matched;
        }

        return matched;
    }

    internal int CountRequest() => Interlocked.Increment(ref _requestCount);

    internal void Log(int number, string method, string path, int status, FaultKind? fault)
    {
        lock (_lock)
        {
            _requests.Add(new ReplayRequest(number, method, path, status, fault));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
