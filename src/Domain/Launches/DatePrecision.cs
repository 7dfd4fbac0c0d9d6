namespace SpaceX.Domain.Launches;

/// <summary>How precisely the API knows a launch date (its <c>date_precision</c> field).</summary>
public static class DatePrecision
{
    public static readonly IReadOnlyList<string> All = ["half", "quarter", "year", "month", "day", "hour"];

    public static bool IsValid(string? value) => value is not null && All.Contains(value);
}
