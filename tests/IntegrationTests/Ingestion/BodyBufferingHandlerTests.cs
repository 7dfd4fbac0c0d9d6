using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SpaceX.Infrastructure.SpaceXApi;

namespace SpaceX.IntegrationTests.Ingestion;

/// <summary>
/// A connection that ends halfway through a body, read by the handler the client's retry wraps. Whether the client sees
/// the headers before the connection goes depends on timing, so the replay's truncation fault cannot pin this path down.
/// </summary>
public sealed class BodyBufferingHandlerTests
{
    private const int Announced = 5000;

    public static TheoryData<string, Exception> CutsShort => new()
    {
        { "reset", new IOException("Unable to read data from the transport connection", new SocketException((int)SocketError.ConnectionReset)) },
        { "closed", new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely") },
    };

    [Theory]
    [MemberData(nameof(CutsShort))]
    public async Task ABodyCutShort_FailsTheAttempt_AsAFailureTheRetryHandles(string how, Exception cut)
    {
        var handler = new BodyBufferingHandler(Options.Create(new SpaceXApiOptions()))
        {
            InnerHandler = new Answering(new CutShortStream(new byte[Announced], after: Announced / 2, cut)),
        };
        using var invoker = new HttpMessageInvoker(handler);

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://api.test/v4/launches/query"), CancellationToken.None));

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.Same(cut, error.InnerException);
        Assert.True(HttpClientResiliencePredicates.IsTransient(Outcome.FromException<HttpResponseMessage>(error)), how);
    }

    private sealed class Answering(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) { Headers = { ContentLength = Announced } } });
    }

    /// <summary>Gives the first <paramref name="after"/> bytes, then fails as the connection did.</summary>
    private sealed class CutShortStream(byte[] bytes, int after, Exception cut) : MemoryStream(bytes, 0, after)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            await base.ReadAsync(buffer, cancellationToken) is > 0 and var read ? read : throw cut;
    }
}
