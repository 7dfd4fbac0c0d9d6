namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// Reads the whole body inside the retry loop. Without it the body is read after the resilience handler has
/// returned, and a connection dropped halfway through the body could not be retried.
/// </summary>
public sealed class BodyBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }
}
