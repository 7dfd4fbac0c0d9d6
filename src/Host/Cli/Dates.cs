using System.CommandLine.Parsing;
using SpaceX.Domain;

namespace SpaceX.Host.Cli;

/// <summary>Dates on the command line: <c>2020-01-31</c> (midnight UTC) or a full ISO 8601 date and time.</summary>
public static class Dates
{
    public static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        var date = Notation.ParseMoment(text);
        if (date is null)
        {
            result.AddError($"'{text}' is not a date: use YYYY-MM-DD or ISO 8601 (2020-01-31T12:00:00Z)");
        }

        return date;
    }
}
