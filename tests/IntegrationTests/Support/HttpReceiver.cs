using System.Net;
using System.Text;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// A receiver on loopback (a webhook, an OTLP collector) that keeps every request posted to it, and answers 200, 500 or
/// never, as told.
/// </summary>
public sealed class HttpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Path, byte[] Body)> _requests = [];

    public HttpReceiver(HttpStatusCode? answer = HttpStatusCode.OK)
    {
        Answer = answer;
        var port = ServeProcess.FreePort();
        Root = $"http://127.0.0.1:{port}";
        Url = $"{Root}/hooks/secret-token-{Guid.NewGuid():N}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    /// <summary>The status to answer with; null: read the body and never answer.</summary>
    public HttpStatusCode? Answer { get; }

    /// <summary>Scheme, host and port, without a path.</summary>
    public string Root { get; }

    /// <summary>Holds a secret in its path, as real webhook URLs do.</summary>
    public string Url { get; }

    /// <summary>The bodies posted, as text.</summary>
    public IReadOnlyList<string> Bodies => [.. Requests.Select(r => Encoding.UTF8.GetString(r.Body))];

    /// <summary>The bodies posted to one path.</summary>
    public IReadOnlyList<byte[]> BodiesTo(string path) => [.. Requests.Where(r => r.Path == path).Select(r => r.Body)];

    private IReadOnlyList<(string Path, byte[] Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using (var body = new MemoryStream())
            {
                await context.Request.InputStream.CopyToAsync(body);
                lock (_requests)
                {
                    _requests.Add((context.Request.Url!.AbsolutePath, body.ToArray()));
                }
            }

            if (Answer is { } status)
            {
                context.Response.StatusCode = (int)status;
                context.Response.Close();
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
    }
}
