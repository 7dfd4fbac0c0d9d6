namespace SpaceX.Application.Ingestion.Documents;

/// <summary>
/// The largest values the database stores: the table definitions are built from these, and the validators refuse a
/// record beyond them, so that one odd value is quarantined instead of failing every run that meets it. Each limit
/// leaves wide room over the real data (in brackets: its largest value).
/// </summary>
public static class StorageLimits
{
    /// <summary>Names and full names (58 characters).</summary>
    public const int NameLength = 200;

    /// <summary>Short descriptive texts: type, orbit, locality, region, status (27 characters).</summary>
    public const int TextLength = 100;

    /// <summary>A payload's mass in kg: up to 9,999,999.99 (15,600).</summary>
    public const int MassPrecision = 9;

    public const int MassScale = 2;

    /// <summary>Payloads one launch lists (16), so that a launch's total mass fits <see cref="TotalMassPrecision"/>.</summary>
    public const int PayloadsPerLaunch = 100;

    /// <summary>A launch's total payload mass: <see cref="PayloadsPerLaunch"/> payloads of the largest mass.</summary>
    public const int TotalMassPrecision = MassPrecision + 3;

    public static readonly decimal MaxMassKg = 9_999_999.99m;
}
