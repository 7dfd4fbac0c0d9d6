namespace SpaceX.Domain.Launches;

public static class StaticFireDelay
{
    /// <summary>
    /// Hours between static fire and launch. Null when there was no static fire or when the API dates it
    /// after the launch (it does, for a few launches): such a delay would be negative and meaningless.
    /// </summary>
    public static double? Hours(DateTimeOffset? staticFireUtc, DateTimeOffset launchUtc) =>
        staticFireUtc is { } fire && fire < launchUtc ? (launchUtc - fire).TotalHours : null;
}
