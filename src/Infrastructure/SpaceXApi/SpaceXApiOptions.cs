using System.Globalization;
using Microsoft.Extensions.Configuration;

using SpaceX.Application;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>The <c>SpaceXApi</c> configuration section.</summary>
public sealed class SpaceXApiOptions
{
    public const string Section = "SpaceXApi";

    public string BaseUrl { get; set; } = "https://api.spacexdata.com";

    /// <summary>Documents per <c>POST /query</c> page: large, so a first load of the real data is one page.</summary>
    public int PageSize { get; set; } = 1000;

    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially, with jitter. A Retry-After header wins.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt of a request waits for its answer.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one request may take, retries included: the bound on a run against an API that does not answer.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest answer read (100 MB): a page of the real API is a few MB; a larger one is refused, not read into memory.</summary>
    public long MaxResponseBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>The section as configured, checked: a value that does not parse or is out of range is a <see cref="ConfigurationException"/>.</summary>
    public static SpaceXApiOptions Load(IConfiguration configuration)
    {
        SpaceXApiOptions options;
        try
        {
            options = configuration.GetSection(Section).Get<SpaceXApiOptions>() ?? new SpaceXApiOptions();
        }
        catch (InvalidOperationException)
        {
            // Binding names neither the setting nor the value in words; find the first that does not parse.
            var section = configuration.GetSection(Section);
            var bad = section.GetChildren().FirstOrDefault(s => s.Key is nameof(PageSize) or nameof(MaxRetries) or nameof(MaxResponseBytes) ? !long.TryParse(s.Value, out _)
                : s.Key is nameof(RetryDelay) or nameof(AttemptTimeout) or nameof(TotalTimeout) && !TimeSpan.TryParse(s.Value, CultureInfo.InvariantCulture, out _));
            throw new ConfigurationException(bad is null
                ? $"the {Section} settings cannot be read"
                : $"{Section}:{bad.Key} '{bad.Value}' is not {(bad.Key is nameof(PageSize) or nameof(MaxRetries) or nameof(MaxResponseBytes) ? "a whole number" : "a duration (hh:mm:ss)")}");
        }

        string?[] problems =
        [
            Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? null : $"{Section}:BaseUrl '{options.BaseUrl}' is not an http(s) URL",
            options.PageSize is >= 1 and <= 10_000 ? null : $"{Section}:PageSize {options.PageSize} is not between 1 and 10000",
            options.MaxRetries is >= 0 and <= 10 ? null : $"{Section}:MaxRetries {options.MaxRetries} is not between 0 and 10",
            options.MaxResponseBytes is >= 1024 and <= int.MaxValue ? null : $"{Section}:MaxResponseBytes {options.MaxResponseBytes} is not between 1024 and {int.MaxValue}",
            options.RetryDelay > TimeSpan.Zero ? null : $"{Section}:RetryDelay {options.RetryDelay} is not positive",
            options.AttemptTimeout > TimeSpan.Zero ? null : $"{Section}:AttemptTimeout {options.AttemptTimeout} is not positive",
            options.TotalTimeout >= options.AttemptTimeout ? null : $"{Section}:TotalTimeout {options.TotalTimeout} is shorter than AttemptTimeout {options.AttemptTimeout}",
        ];
        return problems.OfType<string>().ToList() is { Count: > 0 } found ? throw new ConfigurationException(string.Join("; ", found)) : options;
    }
}
