using System.Net;
using System.Net.Sockets;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// A TCP server on loopback that accepts connections and reads what they send, but never answers: a database host
/// that hangs in the middle of a handshake.
/// </summary>
public sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];
    private int _bytesReceived;

    public SilentServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>A connection string to this server; the client gives up after <paramref name="timeoutSeconds"/>.</summary>
    public string ConnectionString(int timeoutSeconds = 120) =>
        $"Host=127.0.0.1;Port={Port};Username=u;Password=p;Timeout={timeoutSeconds}";

    /// <summary>Bytes a client has sent (the first handshake message, once a client is in its handshake).</summary>
    public int BytesReceived => Volatile.Read(ref _bytesReceived);

    /// <summary>Connections accepted so far.</summary>
    public int Connections
    {
        get
        {
            lock (_clients)
            {
                return _clients.Count;
            }
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_clients)
                {
                    _clients.Add(client);
                }

                _ = ReadAsync(client.GetStream());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // stopped
        }
    }

    private async Task ReadAsync(NetworkStream stream)
    {
        var buffer = new byte[1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
            {
                Interlocked.Add(ref _bytesReceived, read);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // the client went away, or the server stopped
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }

        _stop.Dispose();
    }
}
