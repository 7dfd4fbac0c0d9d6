using SpaceX.Application.Ingestion.Documents;
using SpaceX.UnitTests.Support;

namespace SpaceX.UnitTests.Ingestion;

/// <summary>API documents as the source adapter hands them over.</summary>
internal static class Documents
{
    public static LaunchDocument Launch(
        string? id = null, string date = "2022-01-01T00:00:00.000Z", bool upcoming = false, string? launchpad = null, string[]? payloads = null) =>
        new(id ?? Launches.NewId(), 1, "Launch", date, "hour", upcoming, upcoming ? null : true, null,
            launchpad ?? Launches.LaunchpadId, Launches.RocketId, payloads ?? [], [], Raw(), []);

    public static RawJson Raw() => new("{}"u8.ToArray(), new string('0', 64));
}
