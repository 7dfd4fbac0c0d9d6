namespace SpaceX.Domain.Launches;

public static class SuccessRate
{
    /// <summary>
    /// Successes as a percentage of launches that flew with a known outcome, rounded to 2 decimals;
    /// upcoming launches and unknown outcomes are left out. Null when no launch counts.
    /// </summary>
    public static decimal? Percent(IEnumerable<Launch> launches)
    {
        var counted = launches.Where(l => l.HasKnownOutcome).ToList();
        return Percent(counted.Count(l => l.Success == true), counted.Count(l => l.Success == false));
    }

    public static decimal? Percent(int successes, int failures) =>
        successes + failures == 0
            ? null
            : Math.Round(100m * successes / (successes + failures), 2, MidpointRounding.AwayFromZero);
}
