namespace SpaceX.Domain.Reference;

public sealed class Rocket
{
    private Rocket(string id, string name, string? type, bool active)
    {
        Id = id;
        Name = name;
        Type = type;
        Active = active;
    }

    public string Id { get; }
    public string Name { get; }
    public string? Type { get; }
    public bool Active { get; }

    public static Rocket Create(string id, string name, string? type, bool active)
    {
        SpaceXId.Require(id, "Rocket id");
        return string.IsNullOrWhiteSpace(name)
            ? throw new DomainException($"Rocket {id} has no name.")
            : new Rocket(id, name, type, active);
    }
}
