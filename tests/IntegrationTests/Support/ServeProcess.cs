using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SpaceX.IntegrationTests.Support;

/// <summary><c>spacex serve</c> as a separate process on a free loopback port, with an HTTP client for its endpoints.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly HttpClient _http;

    private ServeProcess(CliProcess process, Uri baseAddress)
    {
        Process = process;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public CliProcess Process { get; }

    public Uri BaseAddress => _http.BaseAddress!;

    public static ServeProcess Start(Pipeline pipeline, params string[] options) => StartOn(pipeline.Database.ConnectionString, pipeline, options);

    /// <summary>On the pipeline's database and API, connecting with <paramref name="connectionString"/>.</summary>
    public static ServeProcess StartOn(string connectionString, Pipeline pipeline, params string[] options)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        string[] args =
        [
            "serve", .. options, "--urls", baseAddress.ToString().TrimEnd('/'),
            "--api", pipeline.Replay.BaseAddress.ToString(), "--db", connectionString,
        ];
        return new ServeProcess(CliProcess.Start(args), baseAddress);
    }

    /// <summary>GET, retried while the server is not listening yet.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await _http.GetAsync(path);
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(30) && !Process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    public async Task<string> GetTextAsync(string path)
    {
        using var response = await GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<PrometheusText> ScrapeAsync() => await PrometheusText.ParseAsync(await GetTextAsync("/metrics"));

    public void Dispose()
    {
        _http.Dispose();
        Process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
