using System.Text.Json;
using Refit;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>The SpaceX REST API endpoints the pipeline calls.</summary>
public interface ISpaceXApi
{
    [Post("/v4/launches/query")]
    Task<ApiResponse<QueryPage>> QueryLaunchesAsync([Body] QueryRequest request, CancellationToken cancellationToken);

    [Post("/v4/payloads/query")]
    Task<ApiResponse<QueryPage>> QueryPayloadsAsync([Body] QueryRequest request, CancellationToken cancellationToken);

    [Get("/v4/launchpads")]
    Task<ApiResponse<List<JsonElement>>> GetLaunchpadsAsync(CancellationToken cancellationToken);

    [Get("/v4/rockets")]
    Task<ApiResponse<List<JsonElement>>> GetRocketsAsync(CancellationToken cancellationToken);
}
