namespace SpaceX.Domain.Reference;

public sealed class Payload
{
    private Payload(string id, string name, string? type, decimal? massKg, string? orbit, string? launchId)
    {
        Id = id;
        Name = name;
        Type = type;
        MassKg = massKg;
        Orbit = orbit;
        LaunchId = launchId;
    }

    public string Id { get; }
    public string Name { get; }
    public string? Type { get; }

    /// <summary>Null when the API does not know it (29 of the real 225 payloads).</summary>
    public decimal? MassKg { get; }

    public string? Orbit { get; }

    /// <summary>The launch the payload names. The API's own data has payloads pointing at launches that do not exist.</summary>
    public string? LaunchId { get; }

    public static Payload Create(string id, string name, string? type, decimal? massKg, string? orbit, string? launchId)
    {
        SpaceXId.Require(id, "Payload id");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException($"Payload {id} has no name.");
        }

        if (massKg < 0)
        {
            throw new DomainException($"Payload {id} has a negative mass ({massKg} kg).");
        }

        return new Payload(id, name, type, massKg, orbit, launchId);
    }
}
