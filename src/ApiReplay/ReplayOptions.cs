using SpaceX.ApiReplay.Faults;

namespace SpaceX.ApiReplay;

public sealed record ReplayOptions
{
    public required string DataDirectory { get; init; }

    /// <summary>Served instead of the directory's files when set (a snapshot whose documents change between runs).</summary>
    public ISnapshot? Snapshot { get; init; }

    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    public DateTimeOffset? AsOf { get; init; }
    public TimeSpan Latency { get; init; }
    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    /// <summary>Serve this many synthetic launches (and their payloads) instead of the snapshot's; null for the snapshot.</summary>
    public int? SyntheticLaunches { get; init; }
}
