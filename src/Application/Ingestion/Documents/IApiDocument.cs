namespace SpaceX.Application.Ingestion.Documents;

/// <summary>What every document the API serves carries, whatever its kind.</summary>
public interface IApiDocument
{
    string? Id { get; }

    RawJson Raw { get; }

    /// <summary>Fields whose JSON type is not their own, each with what was expected and what came: they refuse the record.</summary>
    IReadOnlyList<string> TypeErrors { get; }
}
