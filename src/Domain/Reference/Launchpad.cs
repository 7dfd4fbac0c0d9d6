namespace SpaceX.Domain.Reference;

public sealed class Launchpad
{
    private Launchpad(string id, string name, string? fullName, string? locality, string? region, string? status)
    {
        Id = id;
        Name = name;
        FullName = fullName;
        Locality = locality;
        Region = region;
        Status = status;
    }

    public string Id { get; }
    public string Name { get; }
    public string? FullName { get; }
    public string? Locality { get; }
    public string? Region { get; }
    public string? Status { get; }

    public static Launchpad Create(string id, string name, string? fullName, string? locality, string? region, string? status)
    {
        SpaceXId.Require(id, "Launchpad id");
        return string.IsNullOrWhiteSpace(name)
            ? throw new DomainException($"Launchpad {id} has no name.")
            : new Launchpad(id, name, fullName, locality, region, status);
    }
}
