namespace SpaceX.Infrastructure.Database;

/// <summary>The database cannot be used as configured (a malformed connection string, no PostgreSQL to start).</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
