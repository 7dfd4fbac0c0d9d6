namespace SpaceX.Application.Ingestion.Documents;

/// <summary>One entry of a launch's <c>cores</c> as the API served it; its type errors are the launch's.</summary>
public sealed record CoreDocument(
    string? CoreId, int? Flight, bool? Reused, bool? Gridfins, bool? Legs,
    bool? LandingAttempt, bool? LandingSuccess, string? LandingType, string? LandpadId);
