using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SpaceX.Host.Cli;

/// <summary>Durations on the command line: <c>90s</c>, <c>30m</c>, <c>2h</c>, <c>1d</c>, or <c>hh:mm:ss</c>.</summary>
public static partial class Durations
{
    public static TimeSpan? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        var match = Units().Match(text);
        if (match.Success)
        {
            var amount = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
            return match.Groups["unit"].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
        {
            return span;
        }

        result.AddError($"'{text}' is not a duration: use 90s, 30m, 2h, 1d or hh:mm:ss");
        return null;
    }

    [GeneratedRegex(@"^(?<amount>\d+(\.\d+)?)(?<unit>[smhd])$")]
    private static partial Regex Units();
}
