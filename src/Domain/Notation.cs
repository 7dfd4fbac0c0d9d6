using System.Globalization;
using System.Text;

namespace SpaceX.Domain;

/// <summary>
/// How the product writes a mode, a status or any of its enums' values, and a moment, wherever it writes them: the
/// database, JSON, metric labels, logs and tables. Values in snake_case (<c>full_refresh</c>, <c>succeeded</c>), moments
/// in ISO 8601 UTC (<c>2026-12-03T06:55:21Z</c>).
/// </summary>
public static class Notation
{
    /// <summary><c>FullRefresh</c> is <c>full_refresh</c>.</summary>
    public static string Of(Enum value)
    {
        var name = value.ToString();
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(name[i]));
        }

        return snake.ToString();
    }

    /// <summary>The value written <paramref name="name"/>; an unknown name is a <see cref="DomainException"/>.</summary>
    public static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Of(value) == name)
            {
                return value;
            }
        }

        throw new DomainException($"'{name}' is not one of {string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)))}.");
    }

    /// <summary>To the second, in UTC: <c>2026-12-03T06:55:21Z</c>.</summary>
    public static string Of(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>As recorded, for machines (JSON): <c>2026-12-03T06:55:21.618445Z</c>, the fraction only when there is one.</summary>
    public static string Exactly(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>A moment as a person gives one: <c>2020-01-31</c> (midnight UTC) or ISO 8601 (<c>2020-01-31T12:00:00Z</c>); null if neither.</summary>
    public static DateTimeOffset? ParseMoment(string text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day) ||
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out day)
            ? day.ToUniversalTime()
            : null;

    /// <summary>A duration as the command line takes one: <c>90s</c>, <c>30m</c>, <c>2h</c>, <c>1d</c> (the largest whole unit).</summary>
    public static string Of(TimeSpan duration) => duration switch
    {
        { Ticks: var t } when t % TimeSpan.TicksPerDay == 0 && t > 0 => $"{duration.TotalDays:0}d",
        { Ticks: var t } when t % TimeSpan.TicksPerHour == 0 && t > 0 => $"{duration.TotalHours:0}h",
        { Ticks: var t } when t % TimeSpan.TicksPerMinute == 0 && t > 0 => $"{duration.TotalMinutes:0}m",
        _ => $"{duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s",
    };

    /// <summary>A moment that may be unknown: <c>none</c> then.</summary>
    public static string Of(DateTimeOffset? moment) => moment is { } known ? Of(known) : "none";
}
