namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>Sits inside the resilience handler, so that it sees (and counts) every attempt.</summary>
public sealed class CountingHandler(ApiRequestCounter counter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.Increment();
        return base.SendAsync(request, cancellationToken);
    }
}
