using SpaceX.ApiReplay;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary>
/// What <c>--api</c> names: an http(s) base URL, or a snapshot directory, served by an in-process replay on a free
/// loopback port so that offline runs take the same HTTP path as online ones.
/// </summary>
public sealed class ApiSource : IAsyncDisposable
{
    private readonly ReplayServer? _replay;

    private ApiSource(string? baseUrl, ReplayServer? replay)
    {
        BaseUrl = baseUrl;
        _replay = replay;
    }

    /// <summary>Null when <c>--api</c> was not given: the configured <c>SpaceXApi:BaseUrl</c> applies.</summary>
    public string? BaseUrl { get; }

    public static async Task<ApiSource> OpenAsync(string? api, CancellationToken cancellationToken)
    {
        if (api is null)
        {
            return new ApiSource(null, null);
        }

        if (Directory.Exists(api))
        {
            var replay = await ReplayServer.StartAsync(new ReplayOptions { DataDirectory = api }, cancellationToken);
            return new ApiSource(replay.BaseAddress.ToString(), replay);
        }

        return Uri.TryCreate(api, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? new ApiSource(api, null)
            : throw new UsageException($"--api '{api}' is neither an http(s) URL nor a snapshot directory.");
    }

    public IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["SpaceXApi:BaseUrl"] = BaseUrl };

    public async ValueTask DisposeAsync()
    {
        if (_replay is not null)
        {
            await _replay.DisposeAsync();
        }
    }
}
