namespace SpaceX.Domain.Ingestion;

/// <summary>
/// What a run did to the launches it fetched (every one is inserted, updated, unchanged or quarantined), and how
/// many related records (payloads, launchpads, rockets) it quarantined.
/// </summary>
public sealed record RunCounts(
    int Fetched, int Inserted, int Updated, int Unchanged, int Quarantined, int RawVersionsAdded, int RelatedQuarantined = 0)
{
    public static readonly RunCounts None = new(0, 0, 0, 0, 0, 0);

    public int TotalQuarantined => Quarantined + RelatedQuarantined;

    public void EnsureConsistent()
    {
        if (Fetched < 0 || Inserted < 0 || Updated < 0 || Unchanged < 0 || Quarantined < 0 || RawVersionsAdded < 0 || RelatedQuarantined < 0)
        {
            throw new DomainException("Run counts cannot be negative.");
        }

        if (Inserted + Updated + Unchanged + Quarantined != Fetched)
        {
            throw new DomainException(
                $"Run counts do not add up: {Inserted} inserted + {Updated} updated + {Unchanged} unchanged + " +
                $"{Quarantined} quarantined != {Fetched} fetched.");
        }
    }
}
