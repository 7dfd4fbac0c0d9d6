using SpaceX.ApiReplay.Faults;

namespace SpaceX.ApiReplay;

/// <summary>One request the replay answered, for tests and the request log.</summary>
public sealed record ReplayRequest(int Number, string Method, string Path, int Status, FaultKind? Fault);
