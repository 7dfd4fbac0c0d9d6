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
}
