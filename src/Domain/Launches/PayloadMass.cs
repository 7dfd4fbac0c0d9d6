namespace SpaceX.Domain.Launches;

public static class PayloadMass
{
    /// <summary>Sum of the known masses; null when none is known, so "unknown" never reads as 0 kg.</summary>
    public static decimal? Total(IEnumerable<decimal?> massesKg)
    {
        decimal? total = null;
        foreach (var mass in massesKg)
        {
            if (mass.HasValue)
            {
                total = (total ?? 0m) + mass.Value;
            }
        }

        return total;
    }
}
