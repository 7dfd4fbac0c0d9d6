using System.Text.Json;
using Refit;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// The SpaceX REST API endpoints the pipeline calls. Query bodies are buffered, so they go with a Content-Length:
/// some servers and proxies drop a chunked body. The query endpoints answer a stream: <see cref="QueryPage"/> parses
/// a page once, with no copy per document.
/// </summary>
public interface ISpaceXApi
{
    [Post("/v4/launches/query")]
    Task<ApiResponse<Stream>> QueryLaunchesAsync([Body(buffered: true)] QueryRequest request, CancellationToken cancellationToken);

    [Post("/v4/payloads/query")]
    Task<ApiResponse<Stream>> QueryPayloadsAsync([Body(buffered: true)] QueryRequest request, CancellationToken cancellationToken);

    [Post("/v4/landpads/query")]
    Task<ApiResponse<Stream>> QueryLandpadsAsync([Body(buffered: true)] QueryRequest request, CancellationToken cancellationToken);

    [Get("/v4/launchpads")]
    Task<ApiResponse<List<JsonElement>>> GetLaunchpadsAsync(CancellationToken cancellationToken);

    [Get("/v4/rockets")]
    Task<ApiResponse<List<JsonElement>>> GetRocketsAsync(CancellationToken cancellationToken);
}
