namespace SpaceX.Application.Ingestion.Documents;

/// <summary>
/// A launch as the API served it, read leniently: a field of the wrong type is null here and the validator says
/// why. The raw JSON and its hash travel with it, for <c>raw_launches</c> and change detection.
/// </summary>
public sealed record LaunchDocument(
    string? Id,
    int? FlightNumber,
    string? Name,
    string? DateUtc,
    string? DatePrecision,
    bool? Upcoming,
    bool? Success,
    string? StaticFireDateUtc,
    string? LaunchpadId,
    string? RocketId,
    IReadOnlyList<string>? PayloadIds,
    RawJson Raw);
