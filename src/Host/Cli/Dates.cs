using System.CommandLine.Parsing;
using System.Globalization;

namespace SpaceX.Host.Cli;

/// <summary>Dates on the command line: <c>2020-01-31</c> (midnight UTC) or a full ISO 8601 date and time.</summary>
public static class Dates
{
    public static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        var date = TryParse(text);
        if (date is null)
        {
            result.AddError($"'{text}' is not a date: use YYYY-MM-DD or ISO 8601 (2020-01-31T12:00:00Z)");
        }

        return date;
    }

    public static DateTimeOffset? TryParse(string text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day) ||
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out day)
            ? day.ToUniversalTime()
            : null;
}
