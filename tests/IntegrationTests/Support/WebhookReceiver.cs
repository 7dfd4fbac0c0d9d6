using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SpaceX.IntegrationTests.Support;

/// <summary>A webhook on loopback that keeps every body posted to it, and answers 200, 500 or never, as told.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _bodies = [];
    private readonly CancellationTokenSource _stopping = new();

    public WebhookReceiver(HttpStatusCode? answer = HttpStatusCode.OK)
    {
        Answer = answer;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hooks/secret-token-{Guid.NewGuid():N}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    /// <summary>The status to answer with; null: read the body and never answer.</summary>
    public HttpStatusCode? Answer { get; }

    /// <summary>Holds a secret in its path, as real webhook URLs do.</summary>
    public string Url { get; }

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return [.. _bodies];
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

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (_bodies)
                {
                    _bodies.Add(body);
                }
            }

            if (Answer is { } status)
            {
                context.Response.StatusCode = (int)status;
                context.Response.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
    }
}
