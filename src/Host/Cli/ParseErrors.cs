using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace SpaceX.Host.Cli;

/// <summary>The command line's parse errors in words for people: no .NET type names, one line.</summary>
public static partial class ParseErrors
{
    public static string Describe(IEnumerable<ParseError> errors) =>
        string.Join("; ", errors.Select(e => Describe(e.Message)).Distinct());

    private static string Describe(string message)
    {
        var line = message.ReplaceLineEndings(" ").Replace("\t", "", StringComparison.Ordinal).Trim().TrimEnd('.');
        var cannotParse = CannotParse().Match(line);
        return cannotParse.Success
            ? $"'{cannotParse.Groups["value"].Value}' is not {Expected(cannotParse.Groups["type"].Value, cannotParse.Groups["choices"].Value)} " +
              $"for {cannotParse.Groups["name"].Value}"
            : line;
    }

    private static string Expected(string type, string choices) => type switch
    {
        _ when choices.Length > 0 => "one of " + string.Join(", ", choices.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToLowerInvariant())),
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("TimeSpan", StringComparison.Ordinal) => "a duration",
        _ => "a valid value",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command|argument) '(?<name>[^']*)' as expected type '(?<type>[^']*)'(\. Did you mean one of the following\? (?<choices>.*))?$")]
    private static partial Regex CannotParse();
}
