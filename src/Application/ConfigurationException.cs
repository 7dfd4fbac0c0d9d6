namespace SpaceX.Application;

/// <summary>
/// The pipeline cannot run as configured: a malformed connection string or setting, no PostgreSQL to start, a
/// privilege the database user lacks. The CLI exits 2 on it, as on any invalid input.
/// </summary>
public sealed class ConfigurationException(string message) : Exception(message);
