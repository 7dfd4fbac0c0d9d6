namespace SpaceX.Host.Serve;

/// <summary><c>serve</c>'s settings its services read.</summary>
/// <param name="MaxAge">Stale when no run has succeeded for this long (<c>--max-age</c>; default twice the schedule's period).</param>
public sealed record ServeOptions(TimeSpan MaxAge);
