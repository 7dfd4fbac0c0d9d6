using SpaceX.Application.Ingestion.Documents;
using SpaceX.Application.Ingestion.Quality;

namespace SpaceX.Application.Ingestion;

/// <summary>Where launches come from: the SpaceX API (or its replay). Failures surface as <see cref="LaunchSourceException"/>.</summary>
public interface ILaunchSource
{
    /// <summary>HTTP requests made so far by this process, retries included.</summary>
    int RequestsMade { get; }

    /// <summary>Per kind of record (launch, payload, launchpad, rocket): the top-level fields of what was fetched so far.</summary>
    IReadOnlyDictionary<string, FieldCensus> FieldsSeen { get; }

    /// <summary>Every page of the selection; fails when the count differs from what the API said it holds.</summary>
    Task<IReadOnlyList<LaunchDocument>> FetchLaunchesAsync(LaunchSelection selection, CancellationToken cancellationToken);

    /// <summary>The payloads with these ids, in one request; all payloads when <paramref name="ids"/> is null.</summary>
    Task<IReadOnlyList<PayloadDocument>> FetchPayloadsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<LaunchpadDocument>> FetchLaunchpadsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<RocketDocument>> FetchRocketsAsync(CancellationToken cancellationToken);
}
