using System.Globalization;

namespace SpaceX.Application.Ingestion.Documents;

/// <summary>The API's dates: ISO 8601 with an offset, stored as <c>YYYY-MM-DDTHH:mm:ss.sssZ</c>.</summary>
public static class ApiDates
{
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text,
            ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out value);

    public static DateTimeOffset? ParseOptional(string? text) => TryParse(text, out var value) ? value : null;

    /// <summary>The stored form. Range filters compare text, so anything else (say <c>+00:00</c>) compares wrong.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
