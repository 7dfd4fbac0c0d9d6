using SpaceX.Application.Monitoring;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>Sits inside the resilience handler, so that it sees (and counts) every attempt, with its status code.</summary>
public sealed class CountingHandler(ApiRequestCounter counter, PipelineMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.Increment();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            metrics.ApiResponded((int)response.StatusCode);
            return response;
        }
        catch (Exception)
        {
            metrics.ApiResponded(null);
            throw;
        }
    }
}
