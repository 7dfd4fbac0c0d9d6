namespace SpaceX.Application.Analytics;

/// <summary>Launch years to report on, both ends included; null ends are open.</summary>
public sealed record YearRange(int? From = null, int? To = null)
{
    public static readonly YearRange All = new();
}
