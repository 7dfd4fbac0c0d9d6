using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>
/// <c>serve --urls</c>, checked before anything starts: each URL is <c>http://HOST:PORT</c>, HOST an IP address,
/// <c>localhost</c> or <c>*</c> (every interface). A host name is refused, because the web server would listen on
/// every interface for it, and nothing defaults: the service listens only where it was told.
/// </summary>
public static partial class ListenUrls
{
    public static IReadOnlyList<string> Parse(string urls)
    {
        var parsed = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOne).ToList();
        return parsed.Count > 0 ? parsed : throw new UsageException("--urls is empty: give http://HOST:PORT (';' between several).");
    }

    private static string ParseOne(string url)
    {
        var match = Url().Match(url);
        if (!match.Success)
        {
            throw Refused(url, "it is not http://HOST:PORT");
        }

        var host = match.Groups["host"].Value;
        if (host is not ("localhost" or "*") && !IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            throw Refused(url, $"'{host}' is not an IP address, localhost or * (every interface)");
        }

        var port = match.Groups["port"].Value;
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            throw Refused(url, $"'{port}' is not a port (1 to 65535)");
        }

        return $"http://{host}:{number}";
    }

    private static UsageException Refused(string url, string why) => new($"--urls '{url}': {why}.");

    [GeneratedRegex(@"^http://(?<host>\[[^\]/]*\]|[^:/\[\]]*):(?<port>[^/]*)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
