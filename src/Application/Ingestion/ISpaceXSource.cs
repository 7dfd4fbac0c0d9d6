using SpaceX.Application.Ingestion.Documents;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>
/// Where the records come from: launches, payloads, launchpads and rockets, from the SpaceX API (or its replay).
/// Failures surface as <see cref="SpaceXSourceException"/>.
/// </summary>
public interface ISpaceXSource
{
    /// <summary>HTTP requests made so far by this process, retries included.</summary>
    int RequestsMade { get; }

    /// <summary>Per kind of record (launch, payload, launchpad, rocket): the top-level fields of what was fetched so far.</summary>
    IReadOnlyDictionary<RecordKind, FieldCensus> FieldsSeen { get; }

    /// <summary>Documents of this kind that the requests so far announced (the queries' <c>totalDocs</c>), for progress.</summary>
    int Announced(RecordKind kind);

    /// <summary>
    /// The selection page by page, as the pages arrive (the first request starts at once, the next while a page is
    /// being used); fails after the last page when the pages did not add up to what the API said it holds.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<LaunchDocument>> FetchLaunchesAsync(LaunchSelection selection, CancellationToken cancellationToken);

    /// <summary>
    /// The selection again, with the payloads populated, as fingerprints: one request when it fits a page, all an
    /// incremental run needs to learn that nothing changed.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<GlancedLaunch>> GlanceAtLaunchesAsync(LaunchSelection selection, CancellationToken cancellationToken);

    /// <summary>The payloads with these ids (all payloads when <paramref name="ids"/> is null), page by page like launches.</summary>
    IAsyncEnumerable<IReadOnlyList<PayloadDocument>> FetchPayloadsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<LaunchpadDocument>> FetchLaunchpadsAsync(CancellationToken cancellationToken);

    /// <summary>Every landing pad (a handful), all pages.</summary>
    Task<IReadOnlyList<LandpadDocument>> FetchLandpadsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<RocketDocument>> FetchRocketsAsync(CancellationToken cancellationToken);
}
