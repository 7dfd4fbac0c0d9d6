namespace SpaceX.ApiReplay;

/// <summary>The replay cannot start or serve as asked: an unreadable snapshot, a bad option.</summary>
public sealed class ReplayException(string message) : Exception(message);
