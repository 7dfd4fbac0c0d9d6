using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// Reads launches from the SpaceX API with <c>POST /v4/launches/query</c>, page by page, and the related payloads
/// in one <c>POST /v4/payloads/query</c> with <c>$in</c> (not one request per payload). Retries and timeouts
/// live in the HTTP client's resilience handler; what still fails becomes one clear message.
/// </summary>
public sealed class SpaceXApiSource(
    ISpaceXApi api, ApiRequestCounter counter, IOptions<SpaceXApiOptions> options, ILogger<SpaceXApiSource> logger) : ISpaceXSource
{
    private readonly SpaceXApiOptions _options = options.Value;
    private readonly ApiCalls _calls = new(options.Value);
    private readonly FieldCounter _fields = new();
    private readonly int[] _announced = new int[Enum.GetValues<RecordKind>().Length];

    public int RequestsMade => counter.Count;

    public IReadOnlyDictionary<RecordKind, FieldCensus> FieldsSeen => _fields.Census;

    public int Announced(RecordKind kind) => Volatile.Read(ref _announced[(int)kind]);

    public IAsyncEnumerable<IReadOnlyList<LaunchDocument>> FetchLaunchesAsync(LaunchSelection selection, CancellationToken cancellationToken) =>
        QueryPages(
            RecordKind.Launch, api.QueryLaunchesAsync, QueryFilters.Launches(selection), d => DocumentReader.Launch(_fields.Count(RecordKind.Launch, d)), "POST /v4/launches/query",
            cancellationToken);

    /// <summary>
    /// Each launch's hash is taken over its JSON exactly as served, with its payloads, launchpad, rocket and landing pads
    /// in place: a change to any of them changes the hash of the launches that name it. The reference documents come
    /// without what moves with every launch (their lists of launches and their counters), which a changed launch
    /// brings in anyway (a run that fetches re-reads the reference collections whole).
    /// </summary>
    public IAsyncEnumerable<IReadOnlyList<GlancedLaunch>> GlanceAtLaunchesAsync(LaunchSelection selection, CancellationToken cancellationToken) =>
        QueryPages(
            null, api.QueryLaunchesAsync, QueryFilters.Launches(selection),
            DocumentReader.Observed,
            "POST /v4/launches/query (payloads and references populated)", cancellationToken, populate: GlanceShape.Populate);

    public IAsyncEnumerable<IReadOnlyList<PayloadDocument>> FetchPayloadsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        var filter = ids is null ? [] : QueryFilters.ById(ids);
        return QueryPages(
            RecordKind.Payload, api.QueryPayloadsAsync, filter, d => DocumentReader.Payload(_fields.Count(RecordKind.Payload, d)), "POST /v4/payloads/query", cancellationToken);
    }

    public async Task<IReadOnlyList<LaunchpadDocument>> FetchLaunchpadsAsync(CancellationToken cancellationToken) =>
        Announce(RecordKind.Launchpad, (await _calls.CallAsync(api.GetLaunchpadsAsync, "GET /v4/launchpads", cancellationToken))
            .Select(d => DocumentReader.Launchpad(_fields.Count(RecordKind.Launchpad, d))).ToList());

    public async Task<IReadOnlyList<LandpadDocument>> FetchLandpadsAsync(CancellationToken cancellationToken)
    {
        var landpads = new List<LandpadDocument>();
        await foreach (var page in QueryPages(
            RecordKind.Landpad, api.QueryLandpadsAsync, [], d => DocumentReader.Landpad(_fields.Count(RecordKind.Landpad, d)), "POST /v4/landpads/query",
            cancellationToken).WithCancellation(cancellationToken))
        {
            landpads.AddRange(page);
        }

        return landpads;
    }

    public async Task<IReadOnlyList<RocketDocument>> FetchRocketsAsync(CancellationToken cancellationToken) =>
        Announce(RecordKind.Rocket, (await _calls.CallAsync(api.GetRocketsAsync, "GET /v4/rockets", cancellationToken))
            .Select(d => DocumentReader.Rocket(_fields.Count(RecordKind.Rocket, d))).ToList());

    private List<T> Announce<T>(RecordKind kind, List<T> documents)
    {
        Interlocked.Add(ref _announced[(int)kind], documents.Count);
        return documents;
    }

    /// <summary>Sends the first page's request now and returns the pages as they come.</summary>
    /// <param name="announced">The kind whose progress counts the documents; null for none.</param>
    /// <param name="populate">Reference fields the API replaces by their documents; null for none.</param>
    private IAsyncEnumerable<IReadOnlyList<T>> QueryPages<T>(
        RecordKind? announced, Func<QueryRequest, CancellationToken, Task<ApiResponse<Stream>>> query, JsonObject filter, Func<JsonElement, T> read,
        string what, CancellationToken cancellationToken, JsonArray? populate = null)
    {
        QueryRequest Page(int number) =>
            new(filter, new QueryRequestOptions(number, _options.PageSize, new JsonObject { ["_id"] = 1 }, populate?.DeepClone().AsArray()));
        var first = RequestPageAsync(query, Page(1), what, cancellationToken);
        return ReadPagesAsync(announced, first, query, Page, read, what, cancellationToken);
    }

    /// <summary>
    /// Pages until <c>hasNextPage</c> is false, asking for the next page before handing out the current one, then
    /// checks the count against <c>totalDocs</c>. Each page must be the one asked for (a server that ignored the query
    /// options answers its default page instead), and its ids must keep increasing: pages are sorted by id, so a
    /// document served twice because the data shifted during paging shows at once, before it is staged twice.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<T>> ReadPagesAsync<T>(
        RecordKind? announced, Task<QueryPage> next, Func<QueryRequest, CancellationToken, Task<ApiResponse<Stream>>> query,
        Func<int, QueryRequest> request, Func<JsonElement, T> read, string what, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        string? lastId = null;
        var number = 0;
        int totalDocs;
        bool more;
        do
        {
            var documents = new List<T>();
            using (var page = await next)
            {
                number++;
                if (page.Page != number || page.Limit != _options.PageSize)
                {
                    throw new SpaceXSourceException(
                        $"{what} at {_options.BaseUrl}: asked for page {number} of {_options.PageSize} documents, the server answered page " +
                        $"{page.Page} of {page.Limit}: it ignored the query options (a proxy or server that drops the POST body?)");
                }

                (totalDocs, more) = (page.TotalDocs, page.HasNextPage && number < page.TotalPages);
                if (number == 1 && announced is { } kind)
                {
                    Interlocked.Add(ref _announced[(int)kind], totalDocs);
                }

                if (more)
                {
                    next = RequestPageAsync(query, request(number + 1), what, cancellationToken);
                }

                foreach (var document in page.Docs.EnumerateArray())
                {
                    lastId = EnsureAfter(lastId, document, what, number);
                    documents.Add(read(document));
                }
            }

            count += documents.Count;
            yield return documents;
        }
        while (more);

        if (count != totalDocs)
        {
            throw new SpaceXSourceException(
                $"{what}: the API said it holds {totalDocs} documents but its pages gave {count}; its data changed during paging, try again.");
        }
    }

    /// <summary>The document's id, which must come after <paramref name="lastId"/>; a document without an id is the validator's to quarantine.</summary>
    private string? EnsureAfter(string? lastId, JsonElement document, string what, int page)
    {
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("id", out var idValue) || idValue.ValueKind != JsonValueKind.String)
        {
            return lastId;
        }

        var id = idValue.GetString()!;
        return lastId is null || string.CompareOrdinal(id, lastId) > 0
            ? id
            : throw new SpaceXSourceException(
                $"{what} at {_options.BaseUrl}: page {page} served {id} after {lastId} although pages are sorted by id " +
                "(a document repeated or out of order): its data changed during paging, try again.");
    }

    /// <summary>Pages are sorted by id, a stable order, so that they neither overlap nor skip.</summary>
    private async Task<QueryPage> RequestPageAsync(
        Func<QueryRequest, CancellationToken, Task<ApiResponse<Stream>>> query, QueryRequest request, string what, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var body = await _calls.CallAsync(ct => query(request, ct), $"{what} page {request.Options.Page}", cancellationToken);
        try
        {
            var page = await QueryPage.ReadAsync(body, cancellationToken);
            logger.LogDebug(
                "{What}: page {Page}, {Documents} documents, {Bytes} bytes, {Milliseconds:0} ms", what, request.Options.Page,
                page.Docs.GetArrayLength(), body.CanSeek ? body.Length : null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return page;
        }
        catch (JsonException e)
        {
            throw new SpaceXSourceException(
                $"{what} page {request.Options.Page} at {_options.BaseUrl}: the API answered with a body that is not the expected JSON ({ApiCalls.OneLine(e.Message)})", e);
        }
    }
}
