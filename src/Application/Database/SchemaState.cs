namespace SpaceX.Application.Database;

public sealed record SchemaState(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending);
