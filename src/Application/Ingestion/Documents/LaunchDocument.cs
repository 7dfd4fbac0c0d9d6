namespace SpaceX.Application.Ingestion.Documents;

/// <summary>
/// A launch as the API served it. A field is null where the API sent <c>null</c> or left it out; a field of the
/// wrong JSON type is null too, and named in <paramref name="TypeErrors"/>, which refuse the record. The raw JSON
/// and its hash travel with it, for <c>raw_launches</c> and change detection.
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
    IReadOnlyList<CoreDocument>? Cores,
    RawJson Raw,
    IReadOnlyList<string> TypeErrors) : IApiDocument;
