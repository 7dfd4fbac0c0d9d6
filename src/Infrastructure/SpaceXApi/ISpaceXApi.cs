using System.Text.Json;
using Refit;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>The SpaceX REST API endpoints the pipeline calls. The query endpoints answer a stream: <see cref="QueryPage"/> parses a page once, with no copy per document.</summary>
public interface ISpaceXApi
{
    [Post("/v4/launches/query")]
    Task<ApiResponse<Stream>> QueryLaunchesAsync([Body] QueryRequest request, CancellationToken cancellationToken);

    [Post("/v4/payloads/query")]
    Task<ApiResponse<Stream>> QueryPayloadsAsync([Body] QueryRequest request, CancellationToken cancellationToken);

    [Get("/v4/launchpads")]
    Task<ApiResponse<List<JsonElement>>> GetLaunchpadsAsync(CancellationToken cancellationToken);

    [Get("/v4/rockets")]
    Task<ApiResponse<List<JsonElement>>> GetRocketsAsync(CancellationToken cancellationToken);
}
