using System.Globalization;

namespace SpaceX.ApiReplay.Faults;

/// <summary>
/// Inject <paramref name="Kind"/> into <paramref name="Count"/> requests (null: every one) once
/// <paramref name="After"/> requests have been served normally.
/// </summary>
public sealed record FaultRule(FaultKind Kind, int? Count = 1, int After = 0)
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(3);

    private static readonly Dictionary<string, FaultKind> Names = new()
    {
        ["429"] = FaultKind.TooManyRequests,
        ["500"] = FaultKind.ServerError,
        ["403"] = FaultKind.Forbidden,
        ["truncate"] = FaultKind.Truncated,
        ["slow"] = FaultKind.Slow,
    };

    /// <summary>Parses <c>KIND[xCOUNT|x*][@AFTER]</c>, e.g. <c>429x3</c>, <c>403x*</c>, <c>truncate@2</c>.</summary>
    public static FaultRule Parse(string spec)
    {
        var (body, after) = spec.Split('@') switch
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
        return Names.TryGetValue(name, out var kind) ? new FaultRule(kind, count, after) : throw Invalid(spec);
    }

    private static ReplayException Invalid(string spec) => new(
        $"Invalid fault '{spec}': use KIND[xCOUNT|x*][@AFTER] with KIND one of {string.Join(", ", Names.Keys)}.");
}
