namespace SpaceX.Application.Ingestion;

/// <summary>
/// Which launches to fetch: those dated in [From, To] (open where null) plus the listed ids. The default
/// selects everything.
/// </summary>
public sealed record LaunchSelection(DateTimeOffset? From, DateTimeOffset? To, IReadOnlyCollection<string> AlsoIds)
{
    public static readonly LaunchSelection All = new(null, null, []);

    public bool IsAll => From is null && To is null;
}
