using NpgsqlTypes;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>A column written with binary COPY: its name, its SQL type (for staging tables) and its wire type.</summary>
/// <param name="Stored">False for a staged-only column (the raw JSON of a launch goes to raw_launches, not launches).</param>
public sealed record CopyColumn(string Name, string SqlType, NpgsqlDbType WireType, bool Stored = true);
