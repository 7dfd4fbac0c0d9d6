namespace SpaceX.Domain.Launches;

public static class StaticFireDelay
{
    /// <summary>
    /// Hours between static fire and launch, 0 for a static fire dated at the launch time (Amos-6 was destroyed
    /// during its static fire). Null when there was no static fire or when the API dates it after the launch.
    /// </summary>
    public static double? Hours(DateTimeOffset? staticFireUtc, DateTimeOffset launchUtc) =>
        staticFireUtc is { } fire && fire <= launchUtc ? (launchUtc - fire).TotalHours : null;
}
