using System.Globalization;

namespace SpaceX.ApiReplay.Faults;

/// <summary>
/// Inject <paramref name="Kind"/> into <paramref name="Count"/> requests (null: every one) once
/// <paramref name="After"/> requests have been served normally; only requests whose path starts with
/// <paramref name="Path"/> count, when it is given.
/// </summary>
public sealed record FaultRule(FaultKind Kind, int? Count = 1, int After = 0, string? Path = null)
{
    private static readonly Dictionary<string, FaultKind> Names = new()
    {
        ["429"] = FaultKind.TooManyRequests,
        ["500"] = FaultKind.ServerError,
        ["403"] = FaultKind.Forbidden,
        ["truncate"] = FaultKind.Truncated,
        ["slow"] = FaultKind.Slow,
        ["ignore-body"] = FaultKind.IgnoreBody,
        ["bad-utf8"] = FaultKind.InvalidUtf8,
        ["duplicate-key"] = FaultKind.DuplicateKey,
    };

    /// <summary>Parses <c>KIND[xCOUNT|x*][@AFTER][:PATH]</c>, e.g. <c>429x3</c>, <c>403x*</c>, <c>500x*@2:/v4/launches</c>.</summary>
    public static FaultRule Parse(string spec)
    {
        var (rule, path) = spec.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? (spec[..colon], spec[(colon + 1)..]) : (spec, null);
        var (body, after) = rule.Split('@') switch
        {
            [var b] => (b, 0),
            [var b, var a] when int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => (b, n),
            _ => throw Invalid(spec),
        };
        var (name, count) = body.Split('x') switch
        {
            [var k] => (k, (int?)1),
            [var k, "*"] => (k, null),
            [var k, var c] when int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => (k, n),
            _ => throw Invalid(spec),
        };
        return Names.TryGetValue(name, out var kind) && path is null or ['/', ..] ? new FaultRule(kind, count, after, path) : throw Invalid(spec);
    }

    public bool Applies(string path) => Path is null || path.StartsWith(Path, StringComparison.Ordinal);

    private static ReplayException Invalid(string spec) => new(
        $"Invalid fault '{spec}': use KIND[xCOUNT|x*][@AFTER][:PATH] with KIND one of {string.Join(", ", Names.Keys)}.");
}
