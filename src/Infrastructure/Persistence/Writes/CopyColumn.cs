using NpgsqlTypes;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>A column written with binary COPY: its name, its SQL type (for staging tables) and its wire type.</summary>
public sealed record CopyColumn(string Name, string SqlType, NpgsqlDbType WireType);
