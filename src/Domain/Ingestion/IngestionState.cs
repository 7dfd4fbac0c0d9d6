namespace SpaceX.Domain.Ingestion;

/// <summary>
/// The high-water mark: the newest <c>date_utc</c> of a launch that has flown. Upcoming launches never move
/// it (the predecessor's did, and its "anything newer?" check then stopped ingestion for good).
/// </summary>
public sealed class IngestionState
{
    private IngestionState(DateTimeOffset? highWaterMark) => HighWaterMark = highWaterMark;

    public DateTimeOffset? HighWaterMark { get; private set; }

    public static IngestionState Empty() => new(null);

    public static IngestionState At(DateTimeOffset highWaterMark) => new(highWaterMark.ToUniversalTime());

    /// <summary>
    /// The mark after a run whose newest flown launch is <paramref name="newestFlown"/>: moved forward to it, never
    /// backwards (a launch corrected to an earlier date leaves the mark where it was).
    /// </summary>
    public static DateTimeOffset? After(DateTimeOffset? stored, DateTimeOffset? newestFlown, DateTimeOffset now)
    {
        var state = stored is { } mark ? At(mark) : Empty();
        if (newestFlown is { } candidate && (stored is null || candidate > stored))
        {
            state.Advance(candidate, now);
        }

        return state.HighWaterMark;
    }

    /// <summary>Moves the mark forward; never backwards and never past <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset to, DateTimeOffset now)
    {
        if (to > now)
        {
            throw new DomainException($"The high-water mark cannot move into the future ({to:O} is after {now:O}).");
        }

        if (to < HighWaterMark)
        {
            throw new DomainException($"The high-water mark cannot move backwards (from {HighWaterMark:O} to {to:O}).");
        }

        HighWaterMark = to.ToUniversalTime();
    }
}
