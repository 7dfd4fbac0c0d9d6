namespace SpaceX.Application.Database;

/// <param name="Applied">The migrations applied, oldest first.</param>
/// <param name="Pending">What applying would change: the migrations not applied, then each report view to make again ("view NAME").</param>
public sealed record SchemaState(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending);
