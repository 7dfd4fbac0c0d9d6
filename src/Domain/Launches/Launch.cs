namespace SpaceX.Domain.Launches;

/// <summary>
/// The current state of one launch, as validated. The facts derived from launches (success rate, static-fire delay,
/// total payload mass) are defined once, in SQL, where they are computed: see docs/architecture.md.
/// </summary>
public sealed class Launch
{
    private Launch(
        string id, int flightNumber, string name, DateTimeOffset dateUtc, string datePrecision, bool upcoming,
        bool? success, DateTimeOffset? staticFireDateUtc, string launchpadId, string rocketId,
        IReadOnlyList<string> payloadIds, IReadOnlyList<Core> cores)
    {
        Id = id;
        FlightNumber = flightNumber;
        Name = name;
        DateUtc = dateUtc;
        DatePrecision = datePrecision;
        Upcoming = upcoming;
        Success = success;
        StaticFireDateUtc = staticFireDateUtc;
        LaunchpadId = launchpadId;
        RocketId = rocketId;
        PayloadIds = payloadIds;
        Cores = cores;
    }

    public string Id { get; }

    /// <summary>Not unique in the real data (188 is shared by four launches): never a key.</summary>
    public int FlightNumber { get; }

    public string Name { get; }
    public DateTimeOffset DateUtc { get; }
    public string DatePrecision { get; }
    public bool Upcoming { get; }

    /// <summary>Null while upcoming, and for the odd flown launch whose outcome the API never recorded.</summary>
    public bool? Success { get; }

    public DateTimeOffset? StaticFireDateUtc { get; }
    public string LaunchpadId { get; }
    public string RocketId { get; }
    public IReadOnlyList<string> PayloadIds { get; }

    /// <summary>Its first stages, in the API's order.</summary>
    public IReadOnlyList<Core> Cores { get; }

    public static Launch Create(
        string id, int flightNumber, string name, DateTimeOffset dateUtc, string datePrecision, bool upcoming,
        bool? success, DateTimeOffset? staticFireDateUtc, string launchpadId, string rocketId,
        IReadOnlyList<string> payloadIds, IReadOnlyList<Core> cores)
    {
        SpaceXId.Require(id, "Launch id");
        SpaceXId.Require(launchpadId, "Launchpad id");
        SpaceXId.Require(rocketId, "Rocket id");
        foreach (var payloadId in payloadIds)
        {
            SpaceXId.Require(payloadId, "Payload id");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException($"Launch {id} has no name.");
        }

        if (!Launches.DatePrecision.IsValid(datePrecision))
        {
            throw new DomainException($"Launch {id} has an unknown date precision '{datePrecision}'.");
        }

        if (upcoming && success.HasValue)
        {
            throw new DomainException($"Launch {id} is upcoming but already has an outcome.");
        }

        return new Launch(
            id, flightNumber, name, dateUtc.ToUniversalTime(), datePrecision, upcoming, success,
            staticFireDateUtc?.ToUniversalTime(), launchpadId, rocketId, payloadIds, cores);
    }
}
