namespace SpaceX.Infrastructure.LocalDatabase;

public sealed record LocalClusterStatus(string Directory, bool Initialised, bool Running, string ConnectionString);
