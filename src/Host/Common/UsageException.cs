namespace SpaceX.Host.Common;

/// <summary>A flag's value the CLI cannot use; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
